/** Items a long list shows before "Show all (N)"; a list at most PREVIEW + PREVIEW_SLACK long shows everything. */
export const PREVIEW = 6;
/** Hiding one or two items behind a button costs the reader more than showing them. */
const PREVIEW_SLACK = 2;

/** How many of `total` items a list shows, collapsed or expanded. */
export function shownCount(total: number, expanded: boolean, preview = PREVIEW): number {
  return expanded || total <= preview + PREVIEW_SLACK ? total : preview;
}

/** "Show all (N)" under a shortened list, "Show fewer" under an expanded one; nothing for a short list. */
export function ShowAllButton({
  total,
  expanded,
  controls,
  testId,
  preview = PREVIEW,
  onToggle,
}: {
  total: number;
  expanded: boolean;
  controls: string;
  testId: string;
  preview?: number;
  onToggle: () => void;
}) {
  if (shownCount(total, false, preview) === total) return null;
  return (
    <button
      type="button"
      class="show-all"
      aria-expanded={expanded}
      aria-controls={controls}
      data-testid={testId}
      onClick={onToggle}
    >
      {expanded ? 'Show fewer' : `Show all (${total})`}
    </button>
  );
}
