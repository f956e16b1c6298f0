/**
 * Extraction accuracy on saved pages: bare Readability against Story Lens (summarizeDocument).
 * Each <dir>/<page>/ has source.html and one reference:
 *   expected.html  the Mozilla Readability test-pages format, scored by bag-of-words P/R/F1;
 *   reference.txt  the article's text as plain text, scored the same way;
 *   lead.txt       only the story's opening words: scored for whether the extraction starts
 *                  there (no teaser, breadcrumb or byline glued before the story).
 * Every page is also scored for its lead. Pages run with scripts, styles, frames and network
 * loads switched off. `npm run eval:fetch` downloads public pages in these formats.
 *
 *   npm run eval:extract -- <dir> [<dir> ...] [--json]   (several folders are scored as one set)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { openHtml } from '../tests/harness/parse-html';
import { summarizeDocument } from '../utils/summarize';
import {
  blockCoverage,
  meanScore,
  scoreText,
  type TokenScore,
  tokenize,
  zeroScore,
} from './eval/token-score';
import { type BlockTags, textBlocks } from './text-blocks';

/** The URL Readability's own test harness gives every test page. */
const PAGE_URL = 'http://fakehost/test/page.html';
/** How many pages the "worst" lists name. */
const WORST_COUNT = 5;
/** A block counts as lost or let through when less than this share of its tokens is matched (unit: ratio 0..1). */
const BLOCK_MATCH = 0.5;
/** How many lost / let-through blocks to quote per worst page, and how many characters of each. */
const BLOCK_SAMPLES = 3;
const SAMPLE_CHARS = 110;

/** Elements whose boundaries separate words even without whitespace in the markup. */
const BLOCKS: BlockTags = {
  blockTags: new Set(
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY TD TFOOT TH THEAD TR UL'.split(
      ' ',
    ),
  ),
  skipTags: new Set(['SCRIPT', 'STYLE', 'TEMPLATE']),
};

interface Extraction {
  text: string;
  blocks: string[];
  score: TokenScore;
  /** Why nothing was scored: an exception or a no-story result. */
  failure: string | null;
}

interface PageResult {
  page: string;
  readability: Extraction;
  storyLens: Extraction;
  referenceBlocks: string[];
  /** False when the page has only the story's opening words (lead.txt): no P/R/F1. */
  scored: boolean;
  lead: { readability: boolean; storyLens: boolean };
}

/** Opening tokens compared to decide whether an extraction starts where the story starts. */
const LEAD_TOKENS = 8;

/** True when the first tokens of `text` are the first tokens of `lead`. */
function startsWithLead(text: string, lead: string): boolean {
  const want = tokenize(lead).slice(0, LEAD_TOKENS);
  const got = tokenize(text).slice(0, want.length);
  return want.length > 0 && want.every((token, index) => token === got[index]);
}

function parse(html: string): { document: Document; close: () => Promise<void> } {
  return openHtml(html, PAGE_URL);
}

/** An extractor that threw: nothing right, whatever the reference. */
function failed(reference: string, failure: string): Extraction {
  return { text: '', blocks: [], score: zeroScore(reference), failure };
}

/**
 * An extractor that answered "nothing here" (Readability's null, Story Lens's "no story"): scored
 * as the empty text it is, so where the reference is empty too (annotators found no content on
 * the page) it is right, by scoreText's rule for both empty, and elsewhere it scores 0.
 */
function refused(reference: string, failure: string): Extraction {
  return { text: '', blocks: [], score: scoreText('', reference), failure };
}

async function runReadability(html: string, reference: string): Promise<Extraction> {
  const { document, close } = parse(html);
  try {
    const article = new Readability(document.cloneNode(true) as Document).parse();
    if (!article?.content) return refused(reference, 'Readability returned null');
    // Block-aware text of the article HTML, as the reference text is read, so that words on
    // either side of a tag boundary are not glued together in one and split in the other.
    const content = parse(article.content);
    const blocks = textBlocks(content.document.body, BLOCKS);
    await content.close();
    const text = blocks.join('\n');
    return { text, blocks, score: scoreText(text, reference), failure: null };
  } catch (error) {
    return failed(reference, `Readability threw: ${String(error).slice(0, 200)}`);
  } finally {
    await close();
  }
}

async function runStoryLens(html: string, reference: string): Promise<Extraction> {
  const { document, close } = parse(html);
  try {
    const summary = summarizeDocument(document, PAGE_URL);
    if (summary.status !== 'ok') return refused(reference, `no-story: ${summary.reason}`);
    // The dateline is split off the first paragraph into the header: still extracted text.
    const blocks = summary.meta.dateline
      ? [summary.meta.dateline, ...summary.paragraphs]
      : summary.paragraphs;
    const text = blocks.join('\n');
    return { text, blocks, score: scoreText(text, reference), failure: null };
  } catch (error) {
    return failed(reference, `Story Lens threw: ${String(error).slice(0, 200)}`);
  } finally {
    await close();
  }
}

function readReference(dir: string, page: string): { blocks: string[]; scored: boolean } | null {
  const base = join(dir, page);
  if (existsSync(join(base, 'expected.html'))) {
    return { blocks: [], scored: true };
  }
  for (const [file, scored] of [
    ['reference.txt', true],
    ['lead.txt', false],
  ] as const) {
    if (existsSync(join(base, file))) {
      const text = readFileSync(join(base, file), 'utf8');
      return {
        blocks: text
          .split(/\n+/)
          .map((line) => line.replace(/\s+/g, ' ').trim())
          .filter(Boolean),
        scored,
      };
    }
  }
  return null;
}

async function evaluatePage(dir: string, page: string): Promise<PageResult> {
  const source = readFileSync(join(dir, page, 'source.html'), 'utf8');
  const found = readReference(dir, page) ?? { blocks: [], scored: false };
  let referenceBlocks = found.blocks;
  if (existsSync(join(dir, page, 'expected.html'))) {
    const expected = parse(readFileSync(join(dir, page, 'expected.html'), 'utf8'));
    referenceBlocks = textBlocks(expected.document.body, BLOCKS);
    await expected.close();
  }
  const reference = referenceBlocks.join('\n');
  const readability = await runReadability(source, reference);
  const storyLens = await runStoryLens(source, reference);
  return {
    page,
    readability,
    storyLens,
    referenceBlocks,
    scored: found.scored,
    lead: {
      readability: startsWithLead(readability.text, reference),
      storyLens: startsWithLead(storyLens.text, reference),
    },
  };
}

/** Blocks of `blocks` mostly missing from `against`, shortened for a report. */
function unmatched(blocks: string[], against: string): string[] {
  const coverage = blockCoverage(blocks, against);
  return blocks
    .filter((_, index) => (coverage[index] ?? 1) < BLOCK_MATCH)
    .map((text) => (text.length > SAMPLE_CHARS ? `${text.slice(0, SAMPLE_CHARS)}…` : text));
}

function diagnose(result: PageResult) {
  const reference = result.referenceBlocks.join('\n');
  const lost = unmatched(result.referenceBlocks, result.storyLens.text);
  const letThrough = unmatched(result.storyLens.blocks, reference);
  return {
    page: result.page,
    storyLensF1: result.storyLens.score.f1,
    recallLoss: result.readability.score.recall - result.storyLens.score.recall,
    failure: result.storyLens.failure,
    lostBlocks: lost.length,
    letThroughBlocks: letThrough.length,
    lostSamples: lost.slice(0, BLOCK_SAMPLES),
    letThroughSamples: letThrough.slice(0, BLOCK_SAMPLES),
  };
}

const pct = (value: number) => (value * 100).toFixed(1).padStart(5);
const signed = (value: number) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)}`.padStart(6);
const prf = (s: { precision: number; recall: number; f1: number }) =>
  `${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const dirs = args.filter((arg) => !arg.startsWith('--'));
  if (dirs.length === 0 || !dirs.every((dir) => existsSync(dir))) {
    console.error(
      'usage: npm run eval:extract -- <dir with <page>/source.html + a reference> [<dir> ...] [--json]',
    );
    process.exit(2);
  }
  const dir = dirs.join(' ');
  const all: PageResult[] = [];
  for (const root of dirs) {
    const pages = readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .filter(
        (name) => existsSync(join(root, name, 'source.html')) && readReference(root, name) !== null,
      )
      .sort();
    for (const page of pages) {
      const result = await evaluatePage(root, page);
      // Pages of several folders together are named by folder too.
      if (dirs.length > 1) result.page = `${basename(root)}/${page}`;
      all.push(result);
    }
  }
  const results = all.filter((result) => result.scored);
  const leads = {
    pages: all.length,
    readability: all.filter((result) => result.lead.readability).length,
    storyLens: all.filter((result) => result.lead.storyLens).length,
    storyLensOnly: all.filter((r) => r.lead.storyLens && !r.lead.readability).map((r) => r.page),
    readabilityOnly: all.filter((r) => r.lead.readability && !r.lead.storyLens).map((r) => r.page),
  };
  const rdMean = meanScore(results.map((r) => r.readability.score));
  const slMean = meanScore(results.map((r) => r.storyLens.score));
  const failures = results.flatMap((r) =>
    [
      r.readability.failure && {
        page: r.page,
        extractor: 'readability',
        reason: r.readability.failure,
      },
      r.storyLens.failure && { page: r.page, extractor: 'storyLens', reason: r.storyLens.failure },
    ].filter((f): f is { page: string; extractor: string; reason: string } => Boolean(f)),
  );
  const worstByF1 = [...results]
    .sort((a, b) => a.storyLens.score.f1 - b.storyLens.score.f1 || a.page.localeCompare(b.page))
    .slice(0, WORST_COUNT)
    .map(diagnose);
  const recallLoss = (r: PageResult) => r.readability.score.recall - r.storyLens.score.recall;
  const worstByRecallLoss = [...results]
    .sort((a, b) => recallLoss(b) - recallLoss(a) || a.page.localeCompare(b.page))
    .slice(0, WORST_COUNT)
    .map(diagnose);

  if (json) {
    const report = {
      dir,
      pages: results.length,
      mean: { readability: rdMean, storyLens: slMean },
      results: results.map((r) => ({
        page: r.page,
        readability: r.readability.score,
        storyLens: r.storyLens.score,
        deltaF1: r.storyLens.score.f1 - r.readability.score.f1,
        failures: { readability: r.readability.failure, storyLens: r.storyLens.failure },
      })),
      failures,
      leads,
      worstByF1,
      worstByRecallLoss,
    };
    console.log(JSON.stringify(report, null, 2));
    return;
  }

  const width = Math.max(4, ...results.map((r) => r.page.length));
  console.log(`${'page'.padEnd(width)}   RD P     R    F1 |  SL P     R    F1 |  ΔF1`);
  for (const r of results) {
    const mark = r.storyLens.failure ? '  !' : '';
    console.log(
      `${r.page.padEnd(width)} ${prf(r.readability.score)} | ${prf(r.storyLens.score)} | ${signed(r.storyLens.score.f1 - r.readability.score.f1)}${mark}`,
    );
  }
  console.log('-'.repeat(width + 50));
  console.log(
    `${'mean'.padEnd(width)} ${prf(rdMean)} | ${prf(slMean)} | ${signed(slMean.f1 - rdMean.f1)}`,
  );
  console.log(`\npages scored for P/R/F1: ${results.length}   failures: ${failures.length}`);
  // Pages whose reference is empty (the annotators found no content) decide between an extractor
  // that answers "nothing here" and one that returns text: the mean without them, for comparison.
  const withContent = results.filter((r) => r.storyLens.score.reference > 0);
  if (withContent.length < results.length) {
    const rd = meanScore(withContent.map((r) => r.readability.score));
    const sl = meanScore(withContent.map((r) => r.storyLens.score));
    console.log(
      `without the ${results.length - withContent.length} page(s) whose reference is empty: RD F1 ${pct(rd.f1).trim()}, SL F1 ${pct(sl.f1).trim()}, ΔF1 ${signed(sl.f1 - rd.f1).trim()}`,
    );
  }
  console.log(
    `starts where the story starts (first ${LEAD_TOKENS} words), ${leads.pages} pages: Readability ${leads.readability}, Story Lens ${leads.storyLens}`,
  );
  if (leads.storyLensOnly.length > 0)
    console.log(`  only Story Lens: ${leads.storyLensOnly.join(', ')}`);
  if (leads.readabilityOnly.length > 0)
    console.log(`  only Readability: ${leads.readabilityOnly.join(', ')}`);
  for (const f of failures) console.log(`  ${f.page} [${f.extractor}]: ${f.reason}`);
  const printWorst = (title: string, list: ReturnType<typeof diagnose>[]) => {
    console.log(`\n${title}`);
    for (const d of list) {
      console.log(
        `  ${d.page}: SL F1 ${pct(d.storyLensF1).trim()}, recall loss vs RD ${signed(d.recallLoss).trim()}; lost ${d.lostBlocks} reference blocks, let through ${d.letThroughBlocks} blocks${d.failure ? ` (${d.failure})` : ''}`,
      );
      for (const text of d.lostSamples) console.log(`    - lost: ${text}`);
      for (const text of d.letThroughSamples) console.log(`    + kept: ${text}`);
    }
  };
  printWorst(`${WORST_COUNT} worst pages for Story Lens by F1`, worstByF1);
  printWorst(`${WORST_COUNT} worst pages by recall loss vs Readability`, worstByRecallLoss);
}

await main();
