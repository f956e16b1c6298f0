/**
 * Pages built to stress the shell (issue 15): a huge DOM, a very deep DOM, a 20 MB text node
 * before or after the story, a story inside a shadow root, and bidi control characters in the
 * site name, the byline and a speaker's line. Every page carries the same invented story, so a
 * test can check that the summary and the highlight still find it.
 */

/** Headline of the invented story every hostile page carries. */
export const HOSTILE_TITLE = 'Harbor council votes to rebuild the old ferry pier';

/** The invented story, paragraph by paragraph (no third-party text). */
export const HOSTILE_PARAGRAPHS = [
  'PORT ELLIS, March 4 – The harbor council voted 7-2 on Tuesday to rebuild the old ferry pier, approving a $14 million plan that had been delayed for three years by disputes over who would pay for it.',
  'The pier, built in 1961, has been closed to foot traffic since a storm in 2022 tore away a third of its deck and left the ferry landing usable only at high tide.',
  '“We have waited long enough, and the ferry riders have paid for our delays every single winter,” said council chair Marta Okafor, who pushed for the vote.',
  'Under the plan, the state will cover 60% of the cost, the county 25% and the harbor authority the rest, according to a budget summary released before the meeting.',
  'Two council members voted against the plan, arguing that the harbor authority could not afford its share without raising mooring fees by as much as 18%.',
  '“Nobody on this council wants higher fees, but a pier that falls into the water costs far more,” said Daniel Reyes, the authority’s finance director.',
  'Construction is expected to begin in September and to take about 14 months, during which the ferry will land at a temporary dock at the north end of the harbor.',
  'Local business owners, who said the closure had cut their summer trade by nearly half, welcomed the decision but asked the council to keep the temporary dock open on weekends.',
  'The council will review bids from contractors in May, and a final contract is due to be signed before the end of June, the chair said.',
];

/** A sentence of the story a test clicks to highlight. */
export const HOSTILE_QUOTE = 'We have waited long enough';

/** U+202E RIGHT-TO-LEFT OVERRIDE, never closed by a U+202C: it reverses what follows it. */
export const RLO = '\u202E';

/** The hostile pages by name. */
export type HostileName =
  | 'many-nodes'
  | 'deep-dom'
  | 'huge-text-before'
  | 'huge-text-after'
  | 'shadow-story'
  | 'bidi-controls';

/** Every hostile page, in the order a suite runs them (HOSTILE_ONLY=a,b runs only those). */
export const HOSTILE_NAMES: HostileName[] = (process.env.HOSTILE_ONLY?.split(',') as
  | HostileName[]
  | undefined) ?? [
  'many-nodes',
  'deep-dom',
  'huge-text-before',
  'huge-text-after',
  'shadow-story',
  'bidi-controls',
];

/** Nodes in the many-nodes page's comment section (elements plus text nodes). */
export const MANY_NODES = 200_000;
/** Nesting depth of the deep-dom page (unit: elements). */
export const DEEP_LEVELS = 10_000;
/** Length of the huge text node (unit: characters; 20 MB of ASCII). */
export const HUGE_TEXT_CHARS = 20_000_000;

function storyHtml(title = HOSTILE_TITLE, paragraphs = HOSTILE_PARAGRAPHS): string {
  return `<article><h1>${title}</h1><p class="byline">By Lena Marsh</p>${paragraphs
    .map((text) => `<p>${text}</p>`)
    .join('')}</article>`;
}

function page(head: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${HOSTILE_TITLE}</title>${head}</head><body>${body}</body></html>`;
}

function navigation(links: number): string {
  const items: string[] = [];
  for (let i = 0; i < links; i++) items.push(`<li><a href="/section/${i}">Section ${i}</a></li>`);
  return `<nav><ul>${items.join('')}</ul></nav>`;
}

/** A comment section of `nodes` nodes: each comment is a div, a span, a p and two text nodes. */
function comments(nodes: number): string {
  const parts: string[] = [];
  for (let i = 0; i * 5 < nodes; i++) {
    parts.push(`<div class="comment"><span>reader${i}</span><p>Comment number ${i}.</p></div>`);
  }
  return `<section class="comments">${parts.join('')}</section>`;
}

function hugeText(): string {
  const word = 'lorem ipsum dolor sit amet ';
  return `<div class="dump">${word.repeat(Math.ceil(HUGE_TEXT_CHARS / word.length))}</div>`;
}

/** The HTML of one hostile page. */
export function hostilePage(name: HostileName): string {
  switch (name) {
    case 'many-nodes':
      return page('', `${navigation(200)}<main>${storyHtml()}</main>${comments(MANY_NODES)}`);
    case 'deep-dom':
      return page(
        '',
        `${'<div>'.repeat(DEEP_LEVELS)}${storyHtml()}${'</div>'.repeat(DEEP_LEVELS)}`,
      );
    case 'huge-text-before':
      return page('', `${hugeText()}<main>${storyHtml()}</main>`);
    case 'huge-text-after':
      return page('', `<main>${storyHtml()}</main>${hugeText()}`);
    case 'shadow-story':
      // Declarative shadow DOM: the story is in the host's open shadow root, parsed without script.
      return page(
        '',
        `${navigation(20)}<story-body><template shadowrootmode="open">${storyHtml()}</template></story-body>`,
      );
    case 'bidi-controls':
      return page(
        `<meta property="og:site_name" content="Harbor${RLO} Gazette"><meta name="author" content="Lena${RLO} Marsh">`,
        `<main>${storyHtml(HOSTILE_TITLE, [
          ...HOSTILE_PARAGRAPHS.slice(0, 2),
          `“We have waited long enough, and the ferry riders have paid for our delays every single winter,” said council chair Marta${RLO} Okafor, who pushed for the vote.`,
          ...HOSTILE_PARAGRAPHS.slice(3),
        ])}</main>`,
      );
  }
}
