import { plural } from '../utils/plural';
import type { SourceKind } from '../utils/summary';
import { SourceBadge } from './SourceBadge';

const LABELS: Record<SourceKind, (count: number) => string> = {
  named: (count) => `${count} named`,
  anonymous: (count) => `${count} anonymous`,
  organization: (count) => plural(count, 'organization'),
};

/** Sources by kind, one badge each; the three counts add up to the number of sources. */
export function SourceBalance({ byKind }: { byKind: Record<SourceKind, number> }) {
  return (
    <>
      {(Object.keys(LABELS) as SourceKind[]).map((kind) => (
        <SourceBadge
          key={kind}
          kind={kind}
          label={LABELS[kind](byKind[kind])}
          count={byKind[kind]}
        />
      ))}
    </>
  );
}
