import type { TabState } from '../utils/tab-state';

type NonOkState = Exclude<TabState, { status: 'ok' }>;

const TITLES: Record<NonOkState['status'], string> = {
  idle: 'Not analyzed yet',
  loading: 'Reading the story…',
  restricted: 'Story Lens can’t read this page',
  error: 'Something went wrong',
  'no-story': 'No story found',
};

function detail(state: NonOkState): string {
  switch (state.status) {
    case 'idle':
      return 'Click the Story Lens icon in the toolbar while this tab is open, or press Analyze.';
    case 'loading':
      return 'Separating the story from the page and finding its claims, figures, quotes and sources.';
    case 'restricted':
      return state.reason;
    case 'error':
      return state.message;
    case 'no-story':
      return state.reason;
  }
}

/** Every state that is not a summary: idle, loading, restricted page, error, no story. */
export function StatusView({ state }: { state: NonOkState }) {
  return (
    <div
      class={`status status-${state.status}`}
      data-testid={`status-${state.status}`}
      role="status"
    >
      <h1>{TITLES[state.status]}</h1>
      {state.status === 'loading' ? (
        <progress
          class="progress"
          data-testid="progress"
          aria-label="Reading and analyzing the story"
        />
      ) : null}
      <p>{detail(state)}</p>
    </div>
  );
}
