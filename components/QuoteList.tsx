import type { Quote } from '../utils/summary';
import { ItemButton } from './ItemButton';

/** Direct quotations with their speakers; partial quotes are marked. */
export function QuoteList({
  quotes,
  onSelect,
}: {
  quotes: Quote[];
  onSelect: (sentence: number) => void;
}) {
  if (quotes.length === 0) return <p class="empty">No direct quotes in this story.</p>;
  return (
    <ul class="list quotes">
      {quotes.map((quote, index) => (
        <li key={`${quote.sentence}-${index}`}>
          <ItemButton sentence={quote.sentence} onSelect={onSelect} testId="quote">
            <q class="text">{quote.text}</q>
            <span class="meta" data-testid="quote-speaker">
              <bdi>{quote.speaker ?? 'Unattributed'}</bdi>
              {quote.speakerRole ? (
                <>
                  , <bdi>{quote.speakerRole}</bdi>
                </>
              ) : null}
              {quote.partial ? ' (partial quote)' : ''}
            </span>
          </ItemButton>
        </li>
      ))}
    </ul>
  );
}
