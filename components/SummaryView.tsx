import { useState } from 'preact/hooks';
import { plural } from '../utils/plural';
import { CLAIM_LIMIT_CHOICES } from '../utils/storage-choices';
import type { FigureKind, OkSummary, SourceKind } from '../utils/summary';
import { ClaimList } from './ClaimList';
import { SECTION_EXPLANATIONS, SOURCE_KIND_EXPLANATIONS } from './explanations';
import { FigureList } from './FigureList';
import { keyFiguresFirst } from './figure-order';
import { QuoteList } from './QuoteList';
import { Section } from './Section';
import { ShowAllButton, shownCount } from './ShowAllButton';
import { SourceBalance } from './SourceBalance';
import { SourceList } from './SourceList';
import { StoryHeader } from './StoryHeader';
import { summaryCounts } from './summary-counts';
import { matchesQuery, SEARCHABLE } from './summary-find';

/** Figure kinds in the order the filter offers them, with their names. */
const FIGURE_KINDS: [FigureKind, string][] = [
  ['money', 'Money'],
  ['percent', 'Percent'],
  ['count', 'Count'],
  ['measure', 'Measure'],
  ['range', 'Range'],
  ['other', 'Other'],
];

type ExpandableSection = 'figures' | 'quotes' | 'sources';

/** "22", or "5 of 22" when a filter or a search narrows the section. */
function countLabel(matching: number, total: number): string {
  return matching === total ? String(total) : `${matching} of ${total}`;
}

/**
 * The whole summary of a story: header, a one-line glance, claims, figures, quotes and sources.
 * Long sections show their first items with "Show all (N)"; figures filter by kind; quotes group
 * by speaker; with `findable` (the side panel) a find box narrows every section at once.
 */
export function SummaryView({
  summary,
  claimLimit,
  findable = false,
  onSelect,
  onClaimLimit,
}: {
  summary: OkSummary;
  claimLimit: number;
  findable?: boolean;
  onSelect: (sentence: number) => void;
  onClaimLimit: (limit: number) => void;
}) {
  const [expanded, setExpanded] = useState<Record<ExpandableSection, boolean>>({
    figures: false,
    quotes: false,
    sources: false,
  });
  const [figureKind, setFigureKind] = useState<FigureKind | 'all'>('all');
  const [groupQuotes, setGroupQuotes] = useState(false);
  const [query, setQuery] = useState('');
  const searching = query.trim() !== '';
  const toggle = (section: ExpandableSection) =>
    setExpanded({ ...expanded, [section]: !expanded[section] });

  const counts = summaryCounts(summary, claimLimit);
  const figuresByKind = new Map<FigureKind, number>();
  for (const figure of summary.figures)
    figuresByKind.set(figure.kind, (figuresByKind.get(figure.kind) ?? 0) + 1);
  const kind = figureKind !== 'all' && figuresByKind.has(figureKind) ? figureKind : 'all';

  const claims = summary.claims
    .slice(0, claimLimit)
    .filter((claim) => matchesQuery(SEARCHABLE.claim(claim), query));
  const figures = keyFiguresFirst(summary.figures, summary.claims.slice(0, claimLimit)).filter(
    (figure) =>
      (kind === 'all' || figure.kind === kind) && matchesQuery(SEARCHABLE.figure(figure), query),
  );
  const quotes = summary.quotes.filter((quote) => matchesQuery(SEARCHABLE.quote(quote), query));
  const sources = summary.sources.filter((source) =>
    matchesQuery(SEARCHABLE.source(source), query),
  );
  const shown = (section: ExpandableSection, total: number) =>
    searching ? total : shownCount(total, expanded[section]);
  /** "Show all (N)" under a long section; none while searching (every match is shown). */
  const showAll = (section: ExpandableSection, total: number) =>
    searching ? null : (
      <ShowAllButton
        total={total}
        expanded={expanded[section]}
        controls={`list-${section}`}
        testId={`show-all-${section}`}
        onToggle={() => toggle(section)}
      />
    );
  const matches = claims.length + figures.length + quotes.length + sources.length;
  const noMatch = 'No matches.';

  const quotesLine =
    plural(counts.quotes, 'quote') +
    (counts.partialQuotes > 0 ? ` (${counts.partialQuotes} partial)` : '');
  return (
    <article class="summary" data-testid="summary">
      <StoryHeader meta={summary.meta} readLimit={summary.readLimit} />
      <p class="glance" data-testid="glance">
        <span data-testid="glance-quotes">{quotesLine}</span>
        <span aria-hidden="true">·</span>
        <span data-testid="glance-figures">{plural(counts.figures, 'figure')}</span>
        <span aria-hidden="true">·</span>
        <span data-testid="glance-sources">{`${plural(counts.sources, 'source')}:`}</span>
        <SourceBalance byKind={counts.byKind} />
      </p>
      {findable ? (
        <search class="find">
          <label for="find-in-summary">Find in summary</label>
          <input
            id="find-in-summary"
            type="search"
            data-testid="find"
            value={query}
            placeholder="a name, a number, a word"
            onInput={(event) => setQuery((event.target as HTMLInputElement).value)}
          />
          <span class="find-result" role="status" data-testid="find-result">
            {searching ? plural(matches, 'match', 'matches') : ''}
          </span>
        </search>
      ) : null}
      <Section
        id="claims"
        title="Key claims"
        count={
          searching
            ? countLabel(claims.length, counts.claimsShown)
            : counts.claimsShown < counts.claims
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
        <ClaimList
          claims={claims}
          empty={searching ? noMatch : 'No key claims found.'}
          onSelect={onSelect}
        />
      </Section>
      <Section
        id="figures"
        title="Figures"
        count={countLabel(figures.length, counts.figures)}
        about={<p>{SECTION_EXPLANATIONS.figures}</p>}
      >
        {figuresByKind.size > 1 ? (
          <fieldset class="chips" data-testid="figure-kinds">
            <legend class="sr-only">Show figures of one kind</legend>
            {[['all', 'All'] as const, ...FIGURE_KINDS]
              .filter(([value]) => value === 'all' || figuresByKind.has(value))
              .map(([value, label]) => (
                <label key={value} class="chip">
                  <input
                    type="radio"
                    name="figure-kind"
                    value={value}
                    checked={kind === value}
                    data-testid={`figure-kind-${value}`}
                    onChange={() => setFigureKind(value)}
                  />
                  {`${label} (${value === 'all' ? counts.figures : figuresByKind.get(value)})`}
                </label>
              ))}
          </fieldset>
        ) : null}
        <FigureList
          figures={figures.slice(0, shown('figures', figures.length))}
          empty={counts.figures === 0 ? 'No figures in this story.' : noMatch}
          onSelect={onSelect}
        />
        {showAll('figures', figures.length)}
      </Section>
      <Section
        id="quotes"
        title="Quotes"
        count={countLabel(quotes.length, counts.quotes)}
        about={<p>{SECTION_EXPLANATIONS.quotes}</p>}
        controls={
          counts.quotes > 1 ? (
            <label class="group-toggle">
              <input
                type="checkbox"
                checked={groupQuotes}
                data-testid="group-quotes"
                onChange={(event) => setGroupQuotes((event.target as HTMLInputElement).checked)}
              />
              by speaker
            </label>
          ) : null
        }
      >
        <QuoteList
          quotes={groupQuotes ? quotes : quotes.slice(0, shown('quotes', quotes.length))}
          grouped={groupQuotes}
          limit={!searching}
          empty={counts.quotes === 0 ? 'No direct quotes in this story.' : noMatch}
          onSelect={onSelect}
        />
        {groupQuotes ? null : showAll('quotes', quotes.length)}
      </Section>
      <Section
        id="sources"
        title="Sources"
        count={countLabel(sources.length, counts.sources)}
        about={
          <>
            <p>{SECTION_EXPLANATIONS.sources}</p>
            <dl>
              {(Object.keys(SOURCE_KIND_EXPLANATIONS) as SourceKind[]).map((sourceKind) => (
                <div key={sourceKind}>
                  <dt>{sourceKind}</dt>
                  <dd>{SOURCE_KIND_EXPLANATIONS[sourceKind]}</dd>
                </div>
              ))}
            </dl>
          </>
        }
      >
        <SourceList
          sources={sources.slice(0, shown('sources', sources.length))}
          byKind={counts.byKind}
          empty={counts.sources === 0 ? 'No sources identified.' : noMatch}
        />
        {showAll('sources', sources.length)}
      </Section>
    </article>
  );
}
