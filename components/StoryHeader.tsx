import { Fragment } from 'preact';
import type { StoryKind, StoryMeta } from '../utils/summary';

/** How the header names each kind of piece; plain news needs no label. */
const KIND_LABELS: Record<StoryKind, string | null> = {
  news: null,
  opinion: 'Opinion',
  analysis: 'Analysis',
  review: 'Review',
  live: 'Live',
  'press-release': 'Press release',
  sponsored: 'Sponsored',
};

/** Formats an ISO date for a reader, in UTC so the same story shows the same date everywhere. */
function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

/**
 * Headline and provenance: kind of piece, site, byline, dateline, date, reading time; and, for
 * a page too large to read whole, what Story Lens left out (`readLimit`).
 */
export function StoryHeader({ meta, readLimit }: { meta: StoryMeta; readLimit?: string }) {
  const details = [
    meta.siteName,
    meta.byline,
    meta.dateline,
    meta.publishedTime ? formatDate(meta.publishedTime) : null,
    `${meta.readingMinutes} min read`,
  ].filter((item): item is string => Boolean(item));
  const kind = meta.kind ? KIND_LABELS[meta.kind] : null;
  return (
    <header class="story-header">
      {kind && (
        <p class="story-kind" data-testid="story-kind">
          {kind}
        </p>
      )}
      <h1 data-testid="story-title">{meta.title}</h1>
      <p class="story-details">
        {/* Each detail is isolated: a stray direction control in a site name stays inside it. */}
        {details.map((detail, index) => (
          <Fragment key={detail}>
            {index > 0 ? ' · ' : null}
            <bdi>{detail}</bdi>
          </Fragment>
        ))}
      </p>
      {readLimit && (
        <p class="story-details read-limit" role="note" data-testid="read-limit">
          {readLimit} The summary covers what was read.
        </p>
      )}
    </header>
  );
}
