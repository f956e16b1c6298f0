import type { OkSummary } from '../utils/summary';
import { ClaimList } from './ClaimList';
import { FigureList } from './FigureList';
import { QuoteList } from './QuoteList';
import { SourceList } from './SourceList';
import { StoryHeader } from './StoryHeader';

/** The whole summary of a story: header, claims, figures, quotes and sources. */
export function SummaryView({
  summary,
  claimLimit,
  onSelect,
}: {
  summary: OkSummary;
  claimLimit: number;
  onSelect: (sentence: number) => void;
}) {
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
      {sections.map((section) => (
        <section
          key={section.id}
          class="section"
          data-testid={`section-${section.id}`}
          aria-labelledby={`h-${section.id}`}
        >
          <h2 id={`h-${section.id}`}>
            {section.title} <span class="count">{section.count}</span>
          </h2>
          {body[section.id as keyof typeof body]}
        </section>
      ))}
    </article>
  );
}
