import type { Figure } from '../utils/summary';
import { ItemButton } from './ItemButton';

/** Every number that measures something, with what it measures. */
export function FigureList({
  figures,
  onSelect,
}: {
  figures: Figure[];
  onSelect: (sentence: number) => void;
}) {
  if (figures.length === 0) return <p class="empty">No figures in this story.</p>;
  return (
    <ul class="list figures">
      {figures.map((figure, index) => (
        <li key={`${figure.sentence}-${index}`}>
          <ItemButton sentence={figure.sentence} onSelect={onSelect} testId="figure">
            <strong class="value">{figure.value}</strong>
            <span class="text">{figure.measures}</span>
          </ItemButton>
        </li>
      ))}
    </ul>
  );
}
