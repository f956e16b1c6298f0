import { useState } from 'preact/hooks';
import { plural } from '../utils/plural';
import type { Quote } from '../utils/summary';
import { PARTIAL_QUOTE_EXPLANATION } from './explanations';
import { ItemButton } from './ItemButton';
import { groupQuotesBySpeaker } from './quote-groups';
import { ShowAllButton, shownCount } from './ShowAllButton';

/** Quotes a speaker's group shows before its own "Show all (N)". */
const GROUP_PREVIEW = 2;

function QuoteItems({
  quotes,
  id,
  showSpeaker,
  onSelect,
}: {
  quotes: Quote[];
  id: string;
  showSpeaker: boolean;
  onSelect: (sentence: number) => void;
}) {
  return (
    <ul class="list quotes" id={id}>
      {quotes.map((quote, index) => (
        <li key={`${quote.sentence}-${index}`}>
          <ItemButton sentence={quote.sentence} onSelect={onSelect} testId="quote">
            <q class="text">{quote.text}</q>
            <span class="meta" data-testid="quote-speaker">
              {showSpeaker ? <bdi>{quote.speaker ?? 'Unattributed'}</bdi> : null}
              {showSpeaker && quote.speakerRole ? (
                <>
                  , <bdi>{quote.speakerRole}</bdi>
                </>
              ) : null}
              {quote.partial ? (
                <span class="partial" title={PARTIAL_QUOTE_EXPLANATION}>
                  {showSpeaker ? ' (partial quote)' : 'partial quote'}
                </span>
              ) : null}
            </span>
          </ItemButton>
        </li>
      ))}
    </ul>
  );
}

/**
 * Direct quotations with their speakers; partial quotes are marked. Grouped, each speaker is a
 * heading over their quotes, the most quoted first; `limit` is false while the reader searches.
 */
export function QuoteList({
  quotes,
  grouped,
  limit,
  empty,
  onSelect,
}: {
  quotes: Quote[];
  grouped: boolean;
  limit: boolean;
  empty: string;
  onSelect: (sentence: number) => void;
}) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  if (quotes.length === 0) return <p class="empty">{empty}</p>;
  if (!grouped)
    return <QuoteItems quotes={quotes} id="list-quotes" showSpeaker onSelect={onSelect} />;
  return (
    <div id="list-quotes" class="quote-groups">
      {groupQuotesBySpeaker(quotes).map((group, index) => {
        const key = group.speaker ?? '';
        const expanded = !limit || open.has(key);
        const shown = shownCount(group.quotes.length, expanded, GROUP_PREVIEW);
        const role = group.quotes.find((quote) => quote.speakerRole)?.speakerRole;
        return (
          <div key={key} class="quote-group" data-testid="quote-group">
            <h3>
              <span data-testid="quote-group-speaker">{group.speaker ?? 'Unattributed'}</span>
              {role ? <span class="meta">, {role}</span> : null}
              <span class="meta"> · {plural(group.quotes.length, 'quote')}</span>
            </h3>
            <QuoteItems
              quotes={group.quotes.slice(0, shown)}
              id={`quotes-of-${index}`}
              showSpeaker={false}
              onSelect={onSelect}
            />
            {limit ? (
              <ShowAllButton
                total={group.quotes.length}
                expanded={expanded}
                preview={GROUP_PREVIEW}
                controls={`quotes-of-${index}`}
                testId="show-all-group"
                onToggle={() => {
                  const next = new Set(open);
                  if (next.has(key)) next.delete(key);
                  else next.add(key);
                  setOpen(next);
                }}
              />
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
