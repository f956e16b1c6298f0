import { plural } from '../utils/plural';
import { CLAIM_LIMIT_CHOICES } from '../utils/storage-choices';
import type { OkSummary, SourceKind } from '../utils/summary';
import { ClaimList } from './ClaimList';
import { SECTION_EXPLANATIONS, SOURCE_KIND_EXPLANATIONS } from './explanations';
import { FigureList } from './FigureList';
import { QuoteList } from './QuoteList';
import { Section } from './Section';
import { SourceBalance } from './SourceBalance';
import { SourceList } from './SourceList';
import { StoryHeader } from './StoryHeader';
import { summaryCounts } from './summary-counts';

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
  const counts = summaryCounts(summary, claimLimit);
  const quotesLine =
    plural(counts.quotes, 'quote') +
    (counts.partialQuotes > 0 ? ` (${counts.partialQuotes} partial)` : '');
  return (
    <article class="summary" data-testid="summary">
      <StoryHeader meta={summary.meta} />
      <p class="glance" data-testid="glance">
        <span data-testid="glance-quotes">{quotesLine}</span>
        <span aria-hidden="true">·</span>
        <span data-testid="glance-figures">{plural(counts.figures, 'figure')}</span>
        <span aria-hidden="true">·</span>
        <span data-testid="glance-sources">{`${plural(counts.sources, 'source')}:`}</span>
        <SourceBalance byKind={counts.byKind} />
      </p>
      <Section
        id="claims"
        title="Key claims"
        count={
          counts.claimsShown < counts.claims
            ? `${counts.claimsShown} of ${counts.claims}`
            : String(counts.claims)
        }
        about={<p>{SECTION_EXPLANATIONS.claims}</p>}
        controls={
          <label class="limit">
            show
            <select
              data-testid="claim-limit"
              value={String(claimLimit)}
              onChange={(event) => onClaimLimit(Number((event.target as HTMLSelectElement).value))}
            >
              {CLAIM_LIMIT_CHOICES.map((choice) => (
                <option key={choice} value={String(choice)}>
                  {choice}
                </option>
              ))}
            </select>
          </label>
        }
      >
        <ClaimList claims={summary.claims.slice(0, claimLimit)} onSelect={onSelect} />
      </Section>
      <Section
        id="figures"
        title="Figures"
        count={String(counts.figures)}
        about={<p>{SECTION_EXPLANATIONS.figures}</p>}
      >
        <FigureList figures={summary.figures} onSelect={onSelect} />
      </Section>
      <Section
        id="quotes"
        title="Quotes"
        count={String(counts.quotes)}
        about={<p>{SECTION_EXPLANATIONS.quotes}</p>}
      >
        <QuoteList quotes={summary.quotes} onSelect={onSelect} />
      </Section>
      <Section
        id="sources"
        title="Sources"
        count={String(counts.sources)}
        about={
          <>
            <p>{SECTION_EXPLANATIONS.sources}</p>
            <dl>
              {(Object.keys(SOURCE_KIND_EXPLANATIONS) as SourceKind[]).map((kind) => (
                <div key={kind}>
                  <dt>{kind}</dt>
                  <dd>{SOURCE_KIND_EXPLANATIONS[kind]}</dd>
                </div>
              ))}
            </dl>
          </>
        }
      >
        <SourceList sources={summary.sources} byKind={counts.byKind} />
      </Section>
    </article>
  );
}
