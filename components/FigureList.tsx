import type { Figure } from '../utils/summary';
import { ItemButton } from './ItemButton';

/** Numbers that measure something, with what they measure. */
export function FigureList({
  figures,
  empty,
  onSelect,
}: {
  figures: Figure[];
  empty: string;
  onSelect: (sentence: number) => void;
}) {
  if (figures.length === 0) return <p class="empty">{empty}</p>;
  return (
    <ul class="list figures" id="list-figures">
      {figures.map((figure, index) => (
        <li key={`${figure.sentence}-${figure.value}-${index}`}>
          <ItemButton sentence={figure.sentence} onSelect={onSelect} testId="figure">
            <strong class="value">{figure.value}</strong>
            <span class="text">{figure.measures}</span>
          </ItemButton>
        </li>
      ))}
    </ul>
  );
}
