import { plural } from '../utils/plural';
import type { Source, SourceKind } from '../utils/summary';
import { SourceBadge } from './SourceBadge';
import { SourceBalance } from './SourceBalance';

/** Who the story relies on, with named versus anonymous at a glance. */
export function SourceList({
  sources,
  byKind,
  empty,
}: {
  sources: Source[];
  byKind: Record<SourceKind, number>;
  empty: string;
}) {
  if (sources.length === 0) return <p class="empty">{empty}</p>;
  return (
    <div>
      <p class="source-balance" data-testid="source-balance">
        <SourceBalance byKind={byKind} />
      </p>
      <ul class="list sources" id="list-sources">
        {sources.map((source) => (
          <li key={source.name} class="source" data-testid="source">
            <SourceBadge kind={source.kind} label={source.kind} />
            <span class="text">
              <bdi>{source.name}</bdi>
              {source.role ? (
                <span class="meta">
                  , <bdi>{source.role}</bdi>
                </span>
              ) : null}
            </span>
            <span class="meta">
              {plural(source.mentions, 'mention')} · {plural(source.quotes, 'quote')}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
