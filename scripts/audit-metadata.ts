/**
 * A dev tool for auditing the header Story Lens shows over a story (title, site name, people,
 * date, dateline, kind) on the real saved pages of the eval sets (.cache/eval-pages, see
 * tests/harness/eval-pages.ts): one line per page, to be checked by hand against each page's own
 * source. With --evidence, each line is followed by what the page declares (meta tags, JSON-LD,
 * <time>, elements named byline or date), as a reader checking it would look them up.
 * Its output is third-party text: read it, never commit it.
 *
 *   npx tsx scripts/audit-metadata.ts [--evidence] [<page-name-substring>]
 */

import { listEvalPages } from '../tests/harness/eval-pages';
import { openHtml } from '../tests/harness/parse-html';
import { extractStory } from '../utils/extract';
import { normalizeSpace } from '../utils/extract/noise';

/** The URL the evals give a page that names none of its own. */
const FALLBACK_URL = 'http://fakehost/test/page.html';
/** How much of each piece of evidence is printed (unit: characters). */
const EVIDENCE_CHARS = 160;
/** Meta keys that carry header fields. */
const META_KEYS =
  /^(?:og:site_name|og:title|og:type|og:url|application-name|author|article:author|article:published_time|article:section|date|pubdate|publishdate|datePublished|DC\.date\.issued|DC\.creator|dc\.date|parsely-.*|sailthru\..*|byl|twitter:site|twitter:creator)$/i;

/**
 * The address the page was saved from, as the extension would see it: its canonical link or
 * og:url, else the evals' placeholder (then the site's host is "fakehost").
 */
function pageUrl(doc: Document): string {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    try {
      if (candidate && /^https?:\/\//i.test(candidate)) return new URL(candidate).href;
    } catch {
      // An address that does not parse is no address.
    }
  }
  return FALLBACK_URL;
}

function short(text: string | null | undefined): string {
  const plain = normalizeSpace(text ?? '');
  return plain.length > EVIDENCE_CHARS ? `${plain.slice(0, EVIDENCE_CHARS)}…` : plain;
}

/** What the page declares about its header, one piece a line. */
function evidence(doc: Document): string[] {
  const lines: string[] = [];
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key =
      meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop');
    if (key && META_KEYS.test(key))
      lines.push(`meta ${key} = ${short(meta.getAttribute('content'))}`);
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = script.textContent ?? '';
    const fields = ['@type', 'author', 'datePublished', 'publisher', 'articleSection'].map(
      (field) => {
        const at = text.indexOf(`"${field}"`);
        return at < 0 ? '' : short(text.slice(at, at + 120));
      },
    );
    lines.push(`ld ${fields.filter(Boolean).join(' ; ')}`);
  }
  for (const time of Array.from(doc.querySelectorAll('time')).slice(0, 3))
    lines.push(`time ${time.getAttribute('datetime') ?? ''} "${short(time.textContent)}"`);
  const printed = doc.querySelectorAll(
    '[itemprop="author"], [rel="author"], address, [class*="byline" i], [id*="byline" i], [class*="author" i], [class*="date" i], [class*="time" i], [class*="posted" i], [class*="dateline" i]',
  );
  for (const element of Array.from(printed).slice(0, 8)) {
    const text = short(element.textContent);
    if (text)
      lines.push(
        `dom <${element.tagName.toLowerCase()} class="${short(element.getAttribute('class'))}"> ${text}`,
      );
  }
  lines.push(`<title> ${short(doc.title)}`);
  return lines;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const withEvidence = args.includes('--evidence');
  const only = args.find((arg) => !arg.startsWith('--'));
  for (const { name, html } of listEvalPages()) {
    if (only && !name.includes(only)) continue;
    const { document, close } = openHtml(html, FALLBACK_URL);
    const url = pageUrl(document);
    let line: string;
    try {
      const result = extractStory(document, url);
      if (result.status !== 'ok') {
        line = `${name}\tNO-STORY`;
      } else {
        const story = result.story;
        const fields = [
          `title=${story.title}`,
          `site=${story.siteName ?? '-'}`,
          `authors=${story.authors?.join('; ') ?? '-'}`,
          `byline=${story.byline ?? '-'}`,
          `date=${story.publishedTime ?? '-'}`,
          `dateline=${story.dateline ?? '-'}`,
          `kind=${story.kind ?? '-'}`,
          `first=${short(story.paragraphs[0]).slice(0, 70)}`,
        ];
        line = `${name}\t${fields.join('\t')}`;
      }
    } catch (error) {
      line = `${name}\tTHREW ${String(error).slice(0, 200)}`;
    }
    console.log(line);
    if (withEvidence) {
      console.log(`    url ${url}`);
      for (const piece of evidence(document)) console.log(`    ${piece}`);
    }
    await close();
  }
}

await main();
