/**
 * Header accuracy on saved pages whose title, author and publication date someone else checked:
 * bare Readability (its title, byline, publishedTime) against Story Lens (summarizeDocument's
 * title, byline, publishedTime: what its header shows). Each <dir>/<page>/ has source.html and expected-meta.json
 * ({ url, title?, author?, date_published? }; `npm run eval:fetch` builds the postlight/ set).
 *
 *   npm run eval:metadata -- <dir> [--list] [--half dev|check]
 *   (--list prints each page's misses; --half scores one half of the pages, split by a hash of
 *   the page's folder name: rules are developed looking at the "dev" half only, and the "check"
 *   half shows whether they carry over to pages nobody looked at)
 *
 * How a field is judged, per page with a checked value:
 * - title: right when equal once case, spacing and quote marks are set aside;
 * - author: right when the same name words (lower-cased, "by" and "and" set aside); a checked
 *   value that is a web address is no person and is not scored;
 * - date: right when the calendar day is the checked one or next to it (a page's own time zone
 *   moves the UTC day by one).
 * A missing value (none shown) is counted apart from a wrong one: a reader is misled by the
 * second only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { openHtml } from '../tests/harness/parse-html';
import { summarizeDocument } from '../utils/summarize';

interface Expected {
  url: string;
  title?: string | null;
  author?: string | null;
  date_published?: string | null;
}

/** What one extractor shows in the header. */
interface Header {
  title: string | null;
  authors: string | null;
  date: string | null;
}

type Verdict = 'right' | 'wrong' | 'missing';
const FIELDS = ['title', 'author', 'date'] as const;
type Field = (typeof FIELDS)[number];

/** A day's length (unit: milliseconds). */
const DAY_MS = 86_400_000;

function comparableTitle(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The words of a byline, as a sorted set: "By Ana Ruiz and Ben Cole" → "ana ben cole ruiz". */
function nameWords(text: string): string {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return [...new Set(words ?? [])]
    .filter((word) => word !== 'by' && word !== 'and')
    .sort()
    .join(' ');
}

/** The UTC day of a date text, as a day count; null when it does not parse. */
function dayOf(text: string): number | null {
  const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T12:00:00Z` : text);
  return Number.isNaN(time) ? null : Math.floor(time / DAY_MS);
}

function judge(field: Field, expected: string, shown: string | null): Verdict {
  if (!shown) return 'missing';
  if (field === 'title')
    return comparableTitle(shown) === comparableTitle(expected) ? 'right' : 'wrong';
  if (field === 'author') return nameWords(shown) === nameWords(expected) ? 'right' : 'wrong';
  const want = dayOf(expected);
  const got = dayOf(shown);
  return want !== null && got !== null && Math.abs(want - got) <= 1 ? 'right' : 'wrong';
}

/** The checked value of a field, or null when the page has none to score. */
function checked(expected: Expected, field: Field): string | null {
  const value = field === 'date' ? expected.date_published : expected[field];
  if (!value) return null;
  if (field === 'author' && /^https?:\/\//.test(value)) return null;
  return value;
}

async function readabilityHeader(html: string, url: string): Promise<Header> {
  const { document, close } = openHtml(html, url);
  try {
    const article = new Readability(document.cloneNode(true) as Document).parse();
    return {
      title: article?.title || null,
      authors: article?.byline || null,
      date: article?.publishedTime || null,
    };
  } finally {
    await close();
  }
}

async function storyLensHeader(html: string, url: string): Promise<Header> {
  const { document, close } = openHtml(html, url);
  try {
    const summary = summarizeDocument(document, url);
    if (summary.status !== 'ok') return { title: null, authors: null, date: null };
    // What the header shows: the byline (the authors, or the agency or credit when it names none).
    return {
      title: summary.meta.title || null,
      authors: summary.meta.byline || null,
      date: summary.meta.publishedTime,
    };
  } finally {
    await close();
  }
}

const args = process.argv.slice(2);
const dir = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--half');
if (!dir) {
  console.error('usage: npm run eval:metadata -- <dir> [--list]');
  process.exit(1);
}
const list = args.includes('--list');
const half = args.includes('--half') ? args[args.indexOf('--half') + 1] : undefined;
if (args.includes('--half') && half !== 'dev' && half !== 'check') {
  console.error('--half takes dev or check');
  process.exit(1);
}

/** The half a page belongs to: FNV-1a of its folder name, even → dev, odd → check. */
function halfOf(page: string): 'dev' | 'check' {
  let hash = 0x811c9dc5;
  for (let i = 0; i < page.length; i++) hash = Math.imul(hash ^ page.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % 2 === 0 ? 'dev' : 'check';
}
const tally = {
  readability: new Map<Field, Record<Verdict, number>>(),
  storyLens: new Map<Field, Record<Verdict, number>>(),
};
for (const map of Object.values(tally))
  for (const field of FIELDS) map.set(field, { right: 0, wrong: 0, missing: 0 });
let pages = 0;
for (const page of readdirSync(dir).sort()) {
  const metaFile = join(dir, page, 'expected-meta.json');
  if (!existsSync(metaFile) || (half && halfOf(page) !== half)) continue;
  const expected = JSON.parse(readFileSync(metaFile, 'utf8')) as Expected;
  const html = readFileSync(join(dir, page, 'source.html'), 'utf8');
  const shown = {
    readability: await readabilityHeader(html, expected.url),
    storyLens: await storyLensHeader(html, expected.url),
  };
  pages++;
  for (const field of FIELDS) {
    const want = checked(expected, field);
    if (want === null) continue;
    for (const who of ['readability', 'storyLens'] as const) {
      const header = shown[who];
      const value =
        field === 'title' ? header.title : field === 'author' ? header.authors : header.date;
      const verdict = judge(field, want, value);
      (tally[who].get(field) as Record<Verdict, number>)[verdict]++;
      if (list && who === 'storyLens' && verdict !== 'right')
        console.log(
          `${page} ${field} ${verdict}: want ${JSON.stringify(want)}, shown ${JSON.stringify(value)}`,
        );
    }
  }
}

console.log(`\n${pages} pages (${dir}${half ? `, ${half} half` : ''})\n`);
console.log(
  'field    scored | Readability right / wrong / missing | Story Lens right / wrong / missing',
);
for (const field of FIELDS) {
  const rd = tally.readability.get(field) as Record<Verdict, number>;
  const sl = tally.storyLens.get(field) as Record<Verdict, number>;
  const scored = rd.right + rd.wrong + rd.missing;
  const cell = (t: Record<Verdict, number>) =>
    `${String(t.right).padStart(5)} / ${String(t.wrong).padStart(5)} / ${String(t.missing).padStart(7)}`;
  console.log(
    `${field.padEnd(8)} ${String(scored).padStart(6)} | ${cell(rd).padEnd(36)}| ${cell(sl)}`,
  );
}
