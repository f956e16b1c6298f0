import type { Source } from '../utils/summary';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Who the story relies on, with named versus anonymous at a glance. */
export function SourceList({ sources }: { sources: Source[] }) {
  if (sources.length === 0) return <p class="empty">No sources identified.</p>;
  const anonymous = sources.filter((source) => source.kind === 'anonymous').length;
  const named = sources.length - anonymous;
  return (
    <div>
      <p class="source-balance" data-testid="source-balance">
        <span class="badge named">{named} named</span>
        <span class="badge anonymous">{anonymous} anonymous</span>
      </p>
      <ul class="list sources">
        {sources.map((source) => (
          <li key={source.name} class="source" data-testid="source">
            <span class={`badge ${source.kind}`}>{source.kind}</span>
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
