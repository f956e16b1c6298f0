/**
 * The second public figures set (`news-figures-2`): BBC news stories of the BBC News Summary
 * data (./bbc-summary.ts reads them from a clone in .cache/), annotated by ../shared/ANNOTATION.md
 * blind to the tool's output, so the figures numbers are not only measured on `news-figures`,
 * the set the figures stage was developed against. How it was built: docs/eval-figures-public.md.
 *
 * The pages are chosen by a fixed rule that never looks at the tool's output (see selectPages):
 * in each of four topics, the stories in the order of a salted hash of their id, keeping the
 * first PER_TOPIC that hold at least MIN_DIGIT_TOKENS tokens with a digit.
 *
 * As for `news-figures`, only fingerprints enter the repository (tests/gold/figures-public-2.json);
 * the plain annotations are kept in .cache/figures-public-2/annotations.md.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeStory } from '../../utils/analyze';
import { type BbcPair, loadBbcPairs } from './bbc-summary';
import {
  emptyScore,
  type GoldFigurePrint,
  type PageScore,
  plainAnnotations,
  reportPublic,
  scorePage,
  totalsOf,
} from './figures-public';
import { storyOf } from './sets';

/** The set's name for `npm run eval:figures -- --set news-figures-2`. */
export const SECOND_FIGURES_SET = 'news-figures-2';
/** The BBC topics the set draws from (entertainment is left out: few figures, mostly titles). */
export const TOPICS = ['business', 'politics', 'sport', 'tech'] as const;
/** Stories kept per topic. */
export const PER_TOPIC = 9;
/** A story "has figures" when at least this many of its tokens hold a digit. */
export const MIN_DIGIT_TOKENS = 3;

const ROOT = join(import.meta.dirname, '..', '..');
/** The gold fingerprints (committed). */
export const GOLD_PATH_2 = join(ROOT, 'tests', 'gold', 'figures-public-2.json');
/** Where the plain working annotations are kept, outside the repository. */
export const ANNOTATIONS_PATH_2 =
  process.env.FIGURES_ANNOTATIONS_2 ?? join(ROOT, '.cache', 'figures-public-2', 'annotations.md');

/** The order a story takes within its topic: a salted sha256 of its id (independent of file order). */
export const rankOf = (id: string): string =>
  createHash('sha256').update(`${SECOND_FIGURES_SET}\u0000${id}`).digest('hex');

/** The page name of a story in the gold file: "<topic>/<nnn>" (the id without "bbc-"). */
export const pageOf = (pair: BbcPair): string => pair.id.replace(/^bbc-([^-]+)-/u, '$1/');

/** The text a story is annotated on and scored from: headline, then its paragraphs. */
export const textOf = (pair: BbcPair): string =>
  [pair.title, ...pair.paragraphs.map((sentences) => sentences.join(' '))].join('\n\n');

/** Full sha256 of a story's text, so a changed corpus is detected. */
export const textSha256 = (pair: BbcPair): string =>
  createHash('sha256').update(textOf(pair)).digest('hex');

/** Tokens of a story's body that hold a digit. */
const digitTokens = (pair: BbcPair): number =>
  (
    pair.paragraphs
      .flat()
      .join(' ')
      .match(/\S*\d\S*/gu) ?? []
  ).length;

/** The set's stories: per topic, by rankOf, the first PER_TOPIC with MIN_DIGIT_TOKENS digit tokens. */
export function selectPages(pairs: BbcPair[]): BbcPair[] {
  return TOPICS.flatMap((topic) =>
    pairs
      .filter((p) => p.topic === topic && digitTokens(p) >= MIN_DIGIT_TOKENS)
      .sort((a, b) => (rankOf(a.id) < rankOf(b.id) ? -1 : 1))
      .slice(0, PER_TOPIC),
  );
}

/** Salt of the second set's fingerprints (fixed: the same annotations always give the same file). */
export const SALT_2 = 'story-lens/figures-public-2/v1';

/** One story of the second set in the gold file: its page name, the sha256 of its text, its figures. */
export interface GoldPage2 {
  set: string;
  page: string;
  textSha256: string;
  figures: GoldFigurePrint[];
}

export interface GoldFile2 {
  about: string;
  salt: string;
  annotated: string;
  /** The selection rule's parameters, so a changed rule is seen in the diff. */
  selection: { topics: string[]; perTopic: number; minDigitTokens: number };
  pages: GoldPage2[];
}

/**
 * Runs the shipped analysis on every gold story and scores it. The stories are plain text (no
 * HTML), so they are analysed as the claims' BBC set is (analyzeStory on the headline and the
 * paragraphs): extraction is not part of this set's score.
 */
export function scoreSecondSet(verbose = false): PageScore[] {
  const gold = JSON.parse(readFileSync(GOLD_PATH_2, 'utf8')) as GoldFile2;
  const plain = verbose ? plainAnnotations(gold, ANNOTATIONS_PATH_2) : null;
  const byPage = new Map(loadBbcPairs().map((p) => [`bbc/${pageOf(p)}`, p]));
  return gold.pages.map((page) => {
    const id = `${page.set}/${page.page}`;
    const pair = byPage.get(id);
    const skipped = (error: string): PageScore => ({
      ...emptyScore(id, error),
      gold: page.figures.length,
      goldKey: page.figures.filter((g) => g.key).length,
    });
    if (!pair) return skipped('not in the BBC News Summary clone');
    if (textSha256(pair) !== page.textSha256)
      return skipped('the story text differs from the annotated one');
    const summary = analyzeStory(
      storyOf(
        pair.id,
        pair.title,
        pair.paragraphs.map((sentences) => sentences.join(' ')),
      ),
    );
    return scorePage(
      gold.salt,
      { set: page.set, page: page.page, htmlSha256: page.textSha256, figures: page.figures },
      summary,
      verbose,
      plain?.get(id) ?? null,
    );
  });
}

/** Scores the second set and prints the report; true when the targets are met. */
export function runSecondFigures(verbose: boolean, json: boolean): boolean {
  const scores = scoreSecondSet(verbose);
  console.log(`figures on set "${SECOND_FIGURES_SET}": ${scores.length} stories`);
  const report = reportPublic(scores, verbose);
  console.log(report.lines.join('\n'));
  if (json) console.log(JSON.stringify({ set: SECOND_FIGURES_SET, ...totalsOf(scores) }));
  return report.ok;
}
