import type { SourceKind } from '../utils/summary';
import { SOURCE_KIND_EXPLANATIONS } from './explanations';

/**
 * A source kind as a coloured badge, with its meaning as a tooltip. A count of zero is shown
 * muted: "0 anonymous" is good news, not a warning.
 */
export function SourceBadge({
  kind,
  label,
  count,
}: {
  kind: SourceKind;
  label: string;
  count?: number;
}) {
  return (
    <span
      class={`badge ${kind}${count === 0 ? ' zero' : ''}`}
      title={SOURCE_KIND_EXPLANATIONS[kind]}
      data-testid={`badge-${kind}`}
    >
      {label}
    </span>
  );
}
