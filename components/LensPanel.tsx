import type { TabState } from '../utils/tab-state';
import { StatusView } from './StatusView';
import { SummaryView } from './SummaryView';

/** What a panel can do; every callback is wired by the entrypoint that renders it. */
export interface LensPanelActions {
  onSelect: (sentence: number) => void;
  onAnalyze: () => void;
  onCopy?: () => void;
  onOpenSidePanel?: () => void;
  onClaimLimit: (limit: number) => void;
}

/**
 * The Analyze button's words in each state, or nothing where it cannot help: while reading, and
 * on pages the browser does not let Story Lens read.
 */
const ANALYZE_LABELS: Record<TabState['status'], string | null> = {
  idle: 'Analyze',
  loading: null,
  restricted: null,
  error: 'Try again',
  'no-story': 'Re-analyze',
  ok: 'Re-analyze',
};

/** The shared body of the popup and the side panel: toolbar, then the summary or a status. */
export function LensPanel({
  state,
  claimLimit,
  notice,
  actions,
  findable = false,
}: {
  state: TabState;
  claimLimit: number;
  notice: string | null;
  actions: LensPanelActions;
  /** Show the find-in-summary box (the side panel, where long summaries stay open). */
  findable?: boolean;
}) {
  const ok = state.status === 'ok';
  return (
    <div class="panel">
      <nav class="toolbar" aria-label="Story Lens actions">
        <span class="brand">
          <img src="/icon/32.png" alt="" width="16" height="16" />
          Story Lens
        </span>
        {ANALYZE_LABELS[state.status] ? (
          <button type="button" data-testid="analyze" onClick={actions.onAnalyze}>
            {ANALYZE_LABELS[state.status]}
          </button>
        ) : null}
        {ok && actions.onCopy ? (
          <button type="button" data-testid="copy-markdown" onClick={actions.onCopy}>
            Copy as Markdown
          </button>
        ) : null}
        {actions.onOpenSidePanel ? (
          <button type="button" data-testid="open-side-panel" onClick={actions.onOpenSidePanel}>
            Open in side panel
          </button>
        ) : null}
      </nav>
      <main>
        {notice ? (
          <p class="notice" role="status" data-testid="notice">
            {notice}
          </p>
        ) : null}
        {state.status === 'ok' ? (
          <SummaryView
            key={state.url}
            summary={state}
            findable={findable}
            claimLimit={claimLimit}
            onSelect={actions.onSelect}
            onClaimLimit={actions.onClaimLimit}
          />
        ) : (
          <StatusView state={state} />
        )}
      </main>
    </div>
  );
}
