import { CLAIM_LIMIT_CHOICES } from '../utils/storage-choices';
import type { OkSummary } from '../utils/summary';
import { ClaimList } from './ClaimList';
import { FigureList } from './FigureList';
import { QuoteList } from './QuoteList';
import { SourceList } from './SourceList';
import { StoryHeader } from './StoryHeader';

/** The whole summary of a story: header, a one-line glance, claims, figures, quotes and sources. */
export function SummaryView({
  summary,
  claimLimit,
  onSelect,
  onClaimLimit,
}: {
  summary: OkSummary;
  claimLimit: number;
  onSelect: (sentence: number) => void;
  onClaimLimit: (limit: number) => void;
}) {
  const fullQuotes = summary.quotes.filter((quote) => !quote.partial).length;
  const anonymous = summary.sources.filter((source) => source.kind === 'anonymous').length;
  const named = summary.sources.filter((source) => source.kind === 'named').length;
  const sections = [
    { id: 'claims', title: 'Key claims', count: Math.min(claimLimit, summary.claims.length) },
    { id: 'figures', title: 'Figures', count: summary.figures.length },
    { id: 'quotes', title: 'Quotes', count: summary.quotes.length },
    { id: 'sources', title: 'Sources', count: summary.sources.length },
  ];
  const body = {
    claims: <ClaimList claims={summary.claims.slice(0, claimLimit)} onSelect={onSelect} />,
    figures: <FigureList figures={summary.figures} onSelect={onSelect} />,
    quotes: <QuoteList quotes={summary.quotes} onSelect={onSelect} />,
    sources: <SourceList sources={summary.sources} />,
  };
  return (
    <article class="summary" data-testid="summary">
      <StoryHeader meta={summary.meta} />
      <p class="glance" data-testid="glance">
        {`${fullQuotes} quotes · ${summary.figures.length} figures · sources:`}
        <span class="badge named">{named} named</span>
        <span class="badge anonymous">{anonymous} anonymous</span>
      </p>
      {sections.map((section) => (
        <section
          key={section.id}
          class="section"
          data-testid={`section-${section.id}`}
          aria-labelledby={`h-${section.id}`}
        >
          <h2 id={`h-${section.id}`}>
            {section.title} <span class="count">{section.count}</span>
            {section.id === 'claims' ? (
              <label class="limit">
                show
                <select
                  data-testid="claim-limit"
                  value={String(claimLimit)}
                  onChange={(event) =>
                    onClaimLimit(Number((event.target as HTMLSelectElement).value))
                  }
                >
                  {CLAIM_LIMIT_CHOICES.map((choice) => (
                    <option key={choice} value={String(choice)}>
                      {choice}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
          </h2>
          {body[section.id as keyof typeof body]}
        </section>
      ))}
    </article>
  );
}
