import { plural } from '../utils/plural';
import type { SourceKind } from '../utils/summary';
import { SourceBadge } from './SourceBadge';

const LABELS: Record<SourceKind, (count: number) => string> = {
  named: (count) => `${count} named`,
  anonymous: (count) => `${count} anonymous`,
  organization: (count) => plural(count, 'organization'),
  document: (count) => plural(count, 'document'),
};

/** Kinds shown only when the story has one: "0 documents" on every story would be noise. */
const SHOWN_WHEN_PRESENT: ReadonlySet<SourceKind> = new Set(['document']);

/** Sources by kind, one badge each; the counts add up to the number of sources. */
export function SourceBalance({ byKind }: { byKind: Record<SourceKind, number> }) {
  const kinds = (Object.keys(LABELS) as SourceKind[]).filter(
    (kind) => byKind[kind] > 0 || !SHOWN_WHEN_PRESENT.has(kind),
  );
  return (
    <>
      {kinds.map((kind) => (
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
