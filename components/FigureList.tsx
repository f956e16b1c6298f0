import type { Figure } from '../utils/summary';
import { ItemButton } from './ItemButton';

/** What a `check.sentences` index points at, said to the reader: the headline, the standfirst, or a sentence. */
function sentenceLabel(sentence: number): string {
  if (sentence === -1) return 'Headline';
  if (sentence === -2) return 'Standfirst';
  return 'Story sentence';
}

/** "↑ from 2.10%", "↓ 40": the other end or the size of a change, shown beside its new level. */
function changeNote(figure: Figure): string | null {
  const change = figure.change;
  if (!change) return null;
  const arrow = change.direction === 'up' ? '↑' : change.direction === 'down' ? '↓' : '→';
  const parts = [
    change.by ? `${arrow} ${change.by}` : arrow,
    change.from ? `from ${change.from}` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/** The "check this figure" note: why, and a button for each sentence that disagrees. */
function FigureCheck({
  figure,
  onSelect,
}: {
  figure: Figure;
  onSelect: (sentence: number) => void;
}) {
  const check = figure.check;
  if (!check) return null;
  return (
    <div class="figure-check" role="note" data-testid="figure-check">
      <span class="check-label">Check this figure</span>
      <span class="check-reason">
        <bdi>{check.reason}</bdi>
      </span>
      <span class="check-sentences">
        {check.sentences.map((sentence) => (
          <button
            type="button"
            key={sentence}
            class="check-sentence"
            data-testid="figure-check-sentence"
            title="Show in page"
            onClick={() => onSelect(sentence)}
          >
            {sentenceLabel(sentence)}
          </button>
        ))}
      </span>
    </div>
  );
}

/** Numbers that measure something, with what they measure; a change shows its other end, a conversion its second unit. */
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
      {figures.map((figure, index) => {
        const note = changeNote(figure);
        return (
          <li key={`${figure.sentence}-${figure.value}-${index}`}>
            <ItemButton sentence={figure.sentence} onSelect={onSelect} testId="figure">
              <strong class="value">
                <bdi>{figure.value}</bdi>
                {figure.alsoWritten?.length ? (
                  <span class="also-written"> ({figure.alsoWritten.join(', ')})</span>
                ) : null}
                {note ? <span class="change-note">{note}</span> : null}
              </strong>
              <span class="text">
                <bdi>{figure.measures}</bdi>
              </span>
            </ItemButton>
            <FigureCheck figure={figure} onSelect={onSelect} />
          </li>
        );
      })}
    </ul>
  );
}
