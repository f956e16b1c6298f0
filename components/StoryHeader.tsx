import { Fragment } from 'preact';
import type { StoryMeta } from '../utils/summary';

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

/** Headline and provenance: site, byline, date, reading time. */
export function StoryHeader({ meta }: { meta: StoryMeta }) {
  const details = [
    meta.siteName,
    meta.byline,
    meta.publishedTime ? formatDate(meta.publishedTime) : null,
    `${meta.readingMinutes} min read`,
  ].filter((item): item is string => Boolean(item));
  return (
    <header class="story-header">
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
    </header>
  );
}
