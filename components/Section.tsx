import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/**
 * One section of the summary: a heading with its count, an explanation the reader opens with
 * the "?" button (a disclosure: keyboard and screen readers announce it expanded or collapsed),
 * optional controls, then the items.
 */
export function Section({
  id,
  title,
  count,
  about,
  controls,
  children,
}: {
  id: string;
  title: string;
  count: string;
  about: ComponentChildren;
  controls?: ComponentChildren;
  children: ComponentChildren;
}) {
  const [open, setOpen] = useState(false);
  const aboutId = `about-${id}`;
  return (
    <section class="section" data-testid={`section-${id}`} aria-labelledby={`h-${id}`}>
      <div class="section-head">
        <h2 id={`h-${id}`}>
          {title}{' '}
          <span class="count" data-testid={`count-${id}`}>
            {count}
          </span>
        </h2>
        <button
          type="button"
          class="about-toggle"
          aria-expanded={open}
          aria-controls={aboutId}
          title={`What are ${title.toLowerCase()}?`}
          data-testid={`about-${id}`}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">?</span>
          <span class="sr-only">{`What are ${title.toLowerCase()}?`}</span>
        </button>
        {controls}
      </div>
      <div id={aboutId} class="about" hidden={!open} data-testid={`about-text-${id}`}>
        {about}
      </div>
      {children}
    </section>
  );
}
