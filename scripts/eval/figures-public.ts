/**
 * The public figures set (`npm run eval:figures -- --set news-figures`): real news pages that
 * `npm run eval:fetch` downloads, with figures annotated by ../shared/ANNOTATION.md, blind to
 * the tool's output (how it was built: docs/eval-figures-public.md).
 *
 * Third-party text never enters the repository: tests/gold/figures-public.json holds only
 * fingerprints (salted sha256 prefixes) of each gold figure's normalised value, its numeric core
 * and the content words of its `measures` phrase, plus a sha256 of each page's HTML. The plain
 * annotations live outside the repository, in .cache/figures-public/annotations.md, and the gold
 * file is rebuilt from them only by `npm run eval:annotate:figures`.
 *
 * Scoring: each page's HTML goes through the shipped pipeline (summarizeDocument: extraction,
 * then analysis) and the tool's figures are matched to gold one-to-one by hashed value (numeric
 * core as the lenient fallback). Reported: key-figure recall, precision against all gold figures,
 * the mean share of the gold `measures` content words found in the tool's `measures`, and the
 * share of tool labels that are a bare category word or a fragment.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openHtml } from '../../tests/harness/parse-html';
import { summarizeDocument } from '../../utils/summarize';
import type { Figure, OkSummary } from '../../utils/summary';

// ---------------------------------------------------------------------------------------------
// One normaliser, used by the annotation builder and by the scorer alike.

/** Qualifiers stripped when a value is reduced to its numeric core ("more than 110,000" → 110000). */
const QUALIFIERS =
  /\b(?:more than|less than|fewer than|greater than|at least|at most|up to|as much as|as many as|as high as|as low as|as much|nearly|almost|about|around|roughly|some|approximately|approx|over|under|just|only|perhaps|an estimated|estimated|or so|or more|or less|like|all|another|between|mere)\b/gu;

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  a: 1,
  an: 1,
  single: 1,
  once: 1,
  two: 2,
  twice: 2,
  three: 3,
  thrice: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
};
const SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};
/** Denominators written as words: "two-thirds", "one-fourth", "three-quarters", "a half". */
const FRACTIONS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  fourth: 4,
  fourths: 4,
  quarter: 4,
  quarters: 4,
  fifth: 5,
  fifths: 5,
  tenth: 10,
  tenths: 10,
};
/** Standing alone, only these are fractions ("half"); "third" or "fifth" alone is an ordinal. */
const LONE_FRACTIONS = new Set(['half', 'quarter']);
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
};
/** Vague magnitudes keep their word as the core: "hundreds", "several", "tens of millions". */
const VAGUE =
  /\b(?:tens of|hundreds of|thousands of)?\s*(?:several|few|dozens|hundreds|thousands|millions|billions|trillions|decades|multimillion|couple)\b/u;

/** Canonical text of a figure's value: case, Unicode forms, dashes, spaces and edge punctuation. */
export function normaliseValue(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‐-―−]/gu, '-')
    .replace(/[‘’]/gu, "'")
    .replace(/[“”]/gu, '"')
    .replace(/\bper cent\b/gu, 'percent')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s"'.,;:!?()[\]]+|[\s"'.,;:!?()[\]]+$/gu, '');
}

/** A value without its qualifiers ("almost 30 years old" → "30 years old"). */
export const bareValue = (value: string): string =>
  normaliseValue(value).replace(QUALIFIERS, ' ').replace(/\s+/gu, ' ').trim();

/** Word-prefixes of a bare value of at least two words ("30 years old" → "30 years", "30 years old"). */
export function barePrefixes(value: string): string[] {
  const words = bareValue(value).split(' ');
  const out: string[] = [];
  for (let n = 2; n <= words.length; n++) out.push(words.slice(0, n).join(' '));
  return out;
}

/** Number of a digit string ("1,642.913" → 1642.913). */
const digitsValue = (text: string): number => Number(text.replace(/,/gu, ''));

/** Number of a spelled-out number of up to two words ("sixty-six", "a dozen", "twenty one"). */
function wordsValue(words: string[]): { value: number; used: number } | null {
  const first = words[0];
  if (first === undefined || !(first in UNITS)) return null;
  let value = UNITS[first] as number;
  let used = 1;
  const second = words[1];
  if (value >= 20 && value % 10 === 0 && second !== undefined && (UNITS[second] ?? 10) < 10) {
    value += UNITS[second] as number;
    used = 2;
  } else if ((first === 'a' || first === 'an') && second === 'dozen') {
    value = 12;
    used = 2;
  } else if (first === 'a' || first === 'an' || first === 'single') {
    // "a" alone is a number only before a scale or fraction word ("a half", "a million").
    if (second === undefined || !(second in SCALES || second in FRACTIONS)) return null;
  }
  return { value, used };
}

/** A number rounded to a stable string (no float noise: 0.1 + 0.2). */
const canonical = (n: number): string => String(Number(n.toPrecision(10)));

/**
 * The numeric core of a value, for lenient matching: the first number with its scale applied,
 * "%" kept, qualifiers and units dropped ("More than $1.2bn" → "1200000000", "4.1%" → "4.1%",
 * "two-thirds" → "0.6666666667", "hundreds of thousands" → "hundreds of thousands").
 */
export function numericCore(value: string): string {
  const text = bareValue(value);
  const percent = /%|\bpercent\b|\bpercentage points?\b|\bpct\b/u.test(text) ? '%' : '';
  const words = text.split(/[^a-z0-9.,]+/u).filter(Boolean);
  const vague = VAGUE.exec(text);
  const counted = /\d/u.test(text) || words.some((w) => w in UNITS && w !== 'a' && w !== 'an');
  if (vague && !counted) return vague[0].trim();
  const sign = /^-\d/u.test(text) ? -1 : 1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    let base: number | null = null;
    let next = i + 1;
    const digits = /^(\d[\d,]*(?:\.\d+)?)([a-z]*)$/u.exec(word.replace(/^[.,]+|[.,]+$/gu, ''));
    if (digits) {
      base = sign * digitsValue(digits[1] as string);
      const suffix = digits[2] as string;
      if (suffix in SCALES) return canonical(base * (SCALES[suffix] as number)) + percent;
      if (suffix.length > 0 && !/^(?:st|nd|rd|th|x|s)$/u.test(suffix)) {
        // A unit glued to the number ("1tb", "25bp"): the number is the core.
        return canonical(base) + percent;
      }
    } else {
      const spelled = wordsValue(words.slice(i));
      if (spelled) {
        base = spelled.value;
        next = i + spelled.used;
      } else if (LONE_FRACTIONS.has(word)) {
        return canonical(1 / (FRACTIONS[word] as number)) + percent;
      } else if (word in ORDINALS) {
        return canonical(ORDINALS[word] as number);
      }
    }
    if (base === null) continue;
    const after = words[next];
    if (after !== undefined && after in FRACTIONS) {
      return canonical(base / (FRACTIONS[after] as number)) + percent;
    }
    if (after !== undefined && after in SCALES) {
      return canonical(base * (SCALES[after] as number)) + percent;
    }
    return canonical(base) + percent;
  }
  // No number at all ("a decade", "an hour"): the words without articles are the core.
  return text
    .replace(/\b(?:a|an|the|little)\b/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Words a `measures` phrase can drop without losing what it says. */
const STOP_WORDS = new Set(
  `a an the of in on at by to for from with into onto over under about after before since until
  during per as than then and or but nor so if that which who whom whose what when where while
  this these those it its it's is are was were be been being has have had do does did will would
  shall should can could may might must not no there their they them he she his her him we our
  us you your i my me each every all any some such own same other just also only very more most
  out up down off how why`.split(/\s+/u),
);

/** Simple suffix normalisation: possessives and plurals ("companies" → "company", "Munn's" → "munn"). */
export function stem(word: string): string {
  let w = word.replace(/'s?$/u, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ss|x|ch|sh|z)es$/u.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/u.test(w)) w = w.slice(0, -1);
  return w;
}

/** Content words of a `measures` phrase: lower-cased, stemmed, stop words and bare numbers dropped. */
export function contentWords(text: string): string[] {
  const words =
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[‘’]/gu, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
  const out: string[] = [];
  for (const word of words) {
    if (STOP_WORDS.has(word) || /^\d+$/u.test(word)) continue;
    const stemmed = stem(word);
    if (stemmed.length > 0 && !out.includes(stemmed)) out.push(stemmed);
  }
  return out;
}

/** Hex characters kept of each sha256 (12 hex = 48 bits: no accidental collision in a set this size). */
const HASH_CHARS = 12;

/** Salted, truncated sha256 of a normalised string; `kind` keeps values, cores and words apart. */
export function hashOf(
  salt: string,
  kind: 'value' | 'core' | 'bare' | 'word',
  text: string,
): string {
  return createHash('sha256')
    .update(`${salt}\u0000${kind}\u0000${text}`)
    .digest('hex')
    .slice(0, HASH_CHARS);
}

/** Full sha256 of a page's HTML, so a changed download is detected. */
export const htmlSha256 = (html: string): string => createHash('sha256').update(html).digest('hex');

// ---------------------------------------------------------------------------------------------
// The gold file and the working annotations.

export interface GoldFigurePrint {
  value: string;
  core: string;
  /** Hashes of the bare value and of its word-prefixes of two words or more. */
  bare: string[];
  key: boolean;
  measures: string[];
}

export interface GoldPagePrint {
  set: string;
  page: string;
  htmlSha256: string;
  figures: GoldFigurePrint[];
}

export interface GoldFile {
  about: string;
  salt: string;
  annotated: string;
  pages: GoldPagePrint[];
}

export interface PlainFigure {
  value: string;
  measures: string;
  key: boolean;
}

export interface PlainPage {
  set: string;
  page: string;
  figures: PlainFigure[];
}

/**
 * Reads the working annotations: "## <set>/<page>" opens a page, then one figure a line,
 * "* value — measures" (key) or "- value — measures"; "#" lines are comments.
 */
export function parseAnnotations(text: string): PlainPage[] {
  const pages: PlainPage[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || (line.startsWith('#') && !line.startsWith('## '))) return;
    const header = /^## ([^/\s]+)\/(\S+)$/u.exec(line);
    if (header) {
      pages.push({ set: header[1] as string, page: header[2] as string, figures: [] });
      return;
    }
    const figure = /^([*-]) (.+?) — (.+)$/u.exec(line);
    const current = pages.at(-1);
    if (!figure || !current)
      throw new Error(`annotations line ${index + 1}: cannot read "${line}"`);
    current.figures.push({
      key: figure[1] === '*',
      value: (figure[2] as string).trim(),
      measures: (figure[3] as string).trim(),
    });
  });
  return pages;
}

/**
 * A gold file's text as the build scripts commit it: each field on its own line, pages last, and
 * one figure per line, so the diff of a changed annotation stays readable.
 */
export function goldFileText(gold: { pages: { figures: GoldFigurePrint[] }[] }): string {
  const fields = (object: object, indent: string) =>
    Object.entries(object)
      .filter(([key]) => key !== 'pages' && key !== 'figures')
      .map(([key, value]) => `${indent}${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  const pages = gold.pages.map((page) => {
    const figures = page.figures.map((figure) => `        ${JSON.stringify(figure)}`).join(',\n');
    const list = figures === '' ? '[]' : `[\n${figures}\n      ]`;
    return `    {\n${[...fields(page, '      '), `      "figures": ${list}`].join(',\n')}\n    }`;
  });
  const top = [...fields(gold, '  '), `  "pages": [\n${pages.join(',\n')}\n  ]`];
  return `{\n${top.join(',\n')}\n}\n`;
}

/** Fingerprints of one annotated figure. */
export function fingerprintFigure(salt: string, figure: PlainFigure): GoldFigurePrint {
  return {
    value: hashOf(salt, 'value', normaliseValue(figure.value)),
    core: hashOf(salt, 'core', numericCore(figure.value)),
    bare: [...new Set([bareValue(figure.value), ...barePrefixes(figure.value)])].map((b) =>
      hashOf(salt, 'bare', b),
    ),
    key: figure.key,
    measures: contentWords(figure.measures).map((w) => hashOf(salt, 'word', w)),
  };
}

// ---------------------------------------------------------------------------------------------
// Matching and label checks.

/** The strings a tool figure can be matched by: its value, both ends of a change, other units. */
function candidateValues(figure: Figure): string[] {
  const values = [figure.value];
  if (figure.change) {
    for (const end of [figure.change.to, figure.change.from, figure.change.by]) {
      if (end) values.push(end);
    }
  }
  for (const other of figure.alsoWritten ?? []) values.push(other);
  return values;
}

export interface FigureMatch {
  /** Index of the gold figure matched by each tool figure (null: none). */
  toolToGold: (number[] | null)[];
  /** Index of the tool figure each gold figure was matched by (null: missed). */
  goldToTool: (number | null)[];
  /** Tool figures whose value repeats a gold figure already matched (neither right nor wrong). */
  repeats: number[];
}

/** Shared share of gold word hashes found among the tool's (unit: share 0–1). */
function wordShare(goldWords: string[], toolWords: Set<string>): number {
  if (goldWords.length === 0) return 0;
  return goldWords.filter((w) => toolWords.has(w)).length / goldWords.length;
}

/** Smallest whole number whose core alone is distinctive enough to match without shared words. */
const DISTINCTIVE_FROM = 100;

/**
 * Whether a numeric core is unlikely to recur by chance in one story: a percentage, a number
 * with decimals, or one of at least DISTINCTIVE_FROM. Small whole numbers ("2", "18") and vague
 * words ("few") recur often, so they match by core only when the labels share a word.
 */
export function distinctiveCore(core: string): boolean {
  if (core.endsWith('%')) return true;
  const n = Number(core);
  return Number.isFinite(n) && (!Number.isInteger(n) || Math.abs(n) >= DISTINCTIVE_FROM);
}

interface ToolValueHashes {
  value: string;
  core: string;
  distinctive: boolean;
  bare: string;
  /** Whether the bare value has two words or more. */
  bareLong: boolean;
  prefixes: Set<string>;
}

/**
 * The lenient match: the same bare value; or one bare value a word-prefix of the other, the
 * shorter of two words or more ("30 years" / "almost 30 years old", "20,000 marines" / "20,000
 * marines in afghanistan"); or the same numeric core, distinctive or with a shared label word.
 */
function lenientMatch(g: GoldFigurePrint, h: ToolValueHashes, share: number): boolean {
  const goldBare = g.bare[0];
  if (goldBare === h.bare) return true;
  if (h.bareLong && g.bare.includes(h.bare)) return true;
  if (goldBare !== undefined && h.prefixes.has(goldBare)) return true;
  return g.core === h.core && (h.distinctive || share > 0);
}

/**
 * One-to-one matching of tool figures to gold. Every pair of a tool value (its value, a change's
 * ends, other units) and a gold figure is a candidate when the normalised values are equal, or
 * when they match leniently (lenientMatch). Candidates are taken greedily: equal values before equal cores, then the larger
 * share of the gold `measures` words in the tool's label, then story order. A change or a figure
 * written in two units may match one gold figure per end or unit.
 */
export function matchFigures(salt: string, gold: GoldFigurePrint[], tool: Figure[]): FigureMatch {
  const goldToTool: (number | null)[] = gold.map(() => null);
  const toolToGold: (number[] | null)[] = tool.map(() => null);
  const toolWords = tool.map(
    (f) => new Set(contentWords(f.measures).map((w) => hashOf(salt, 'word', w))),
  );
  const hashes = tool.map((f) =>
    candidateValues(f).map((candidate): ToolValueHashes => {
      const core = numericCore(candidate);
      const bare = bareValue(candidate);
      return {
        value: hashOf(salt, 'value', normaliseValue(candidate)),
        core: hashOf(salt, 'core', core),
        distinctive: distinctiveCore(core),
        bare: hashOf(salt, 'bare', bare),
        bareLong: bare.includes(' '),
        prefixes: new Set(barePrefixes(candidate).map((b) => hashOf(salt, 'bare', b))),
      };
    }),
  );
  const pairs: { t: number; k: number; i: number; exact: boolean; share: number }[] = [];
  hashes.forEach((list, t) => {
    list.forEach((h, k) => {
      gold.forEach((g, i) => {
        const share = wordShare(g.measures, toolWords[t] as Set<string>);
        const exact = g.value === h.value;
        if (exact || lenientMatch(g, h, share)) {
          pairs.push({ t, k, i, exact, share });
        }
      });
    });
  });
  pairs.sort(
    (a, b) =>
      Number(b.exact) - Number(a.exact) || b.share - a.share || a.t - b.t || a.k - b.k || a.i - b.i,
  );
  const usedCandidates = new Set<string>();
  for (const { t, k, i } of pairs) {
    if (goldToTool[i] !== null || usedCandidates.has(`${t}:${k}`)) continue;
    goldToTool[i] = t;
    usedCandidates.add(`${t}:${k}`);
    toolToGold[t] = [...(toolToGold[t] ?? []), i];
  }
  // A figure written again (same value, or same core with a shared word) repeats a matched one.
  const repeats: number[] = [];
  hashes.forEach((list, t) => {
    if (toolToGold[t] !== null) return;
    const repeated = list.some((h) =>
      gold.some(
        (g, i) =>
          goldToTool[i] !== null &&
          (g.value === h.value ||
            lenientMatch(g, h, wordShare(g.measures, toolWords[t] as Set<string>))),
      ),
    );
    if (repeated) repeats.push(t);
  });
  return { toolToGold, goldToTool, repeats };
}

/** Category words that say what kind of number it is, not what it measures. */
const CATEGORY_WORDS = new Set(
  `amount number share duration count total percent percentage figure value quantity rate sum
  money price cost size length distance time age ratio measure score range level period other
  proportion fraction amounts figures values numbers counts totals shares`.split(/\s+/u),
);
/** Words a complete label never ends on. */
const FUNCTION_WORDS = new Set(
  `a an the of to in on at by for from with into onto toward towards than as and or but that
  which who whose whom its their his her our your my this these those is are was were be been
  has have had will would can could about over under per via after before since until while if`.split(
    /\s+/u,
  ),
);

export type LabelFault = 'category' | 'fragment' | null;

/**
 * Whether a tool label is a bare category word ("amount", "share", "amount: …" with nothing
 * behind the category) or a fragment: empty, ending on a function word ("toward", "cut by"),
 * or holding a word cut out of a longer one in the story ("uesday" from "Tuesday").
 */
export function labelFault(measures: string, storyWords: Set<string>): LabelFault {
  const label = measures.normalize('NFKC').toLowerCase().trim();
  const words = label.match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
  if (words.length === 0 || /^(?:false|true|null|undefined|nan)$/u.test(label)) return 'fragment';
  if (words.length === 1 && CATEGORY_WORDS.has(words[0] as string)) return 'category';
  const colon = /^([\p{L}]+)\s*:/u.exec(label);
  if (colon && CATEGORY_WORDS.has(colon[1] as string)) return 'category';
  if (FUNCTION_WORDS.has(words.at(-1) as string)) return 'fragment';
  for (const word of words) {
    // A category word the label is built with ("age of the governor") is a whole word of its own,
    // even when the story only has it inside a longer one ("average", "sometimes"); so is its
    // plural ("times" for a ratio, "ages"), which the list cannot spell out for every word.
    if (
      !/^\p{L}+$/u.test(word) ||
      storyWords.has(word) ||
      CATEGORY_WORDS.has(word) ||
      CATEGORY_WORDS.has(stem(word))
    )
      continue;
    for (const whole of storyWords) {
      if (whole.length > word.length && whole.includes(word) && !whole.startsWith(word)) {
        return 'fragment';
      }
    }
  }
  return null;
}

/** Lower-cased words of a story, for the cut-word check. */
export const wordsOf = (text: string): Set<string> =>
  new Set(
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [],
  );

// ---------------------------------------------------------------------------------------------
// Scoring a page and the set.

/** What a page and the whole set count alike. */
interface FigureCounts {
  gold: number;
  goldKey: number;
  keyFound: number;
  tool: number;
  toolRight: number;
  repeats: number;
}

export interface PageScore extends FigureCounts {
  id: string;
  error: string | null;
  /** Share of gold `measures` words found, one entry per matched gold figure. */
  measureShares: number[];
  categoryLabels: number;
  fragmentLabels: number;
  /** Readable details for --verbose, written only after the annotations were committed. */
  details: string[];
}

/** Scores one page's tool figures against its gold fingerprints. */
export function scorePage(
  salt: string,
  page: GoldPagePrint,
  summary: OkSummary,
  verbose = false,
  plain: PlainFigure[] | null = null,
): PageScore {
  /** A gold figure for --verbose: its plain text when the local annotations are there. */
  const goldText = (i: number): string => {
    const figure = plain?.[i];
    return figure ? `${figure.value} — ${figure.measures}` : `#${i + 1}`;
  };
  const tool = summary.figures;
  const match = matchFigures(salt, page.figures, tool);
  const storyWords = wordsOf([summary.meta.title ?? '', ...summary.paragraphs].join('\n'));
  const toolWords = tool.map(
    (f) => new Set(contentWords(f.measures).map((w) => hashOf(salt, 'word', w))),
  );
  const measureShares: number[] = [];
  /** Share of gold words each tool figure's label holds, for --verbose (tool index → share). */
  const shareOfTool = new Map<number, number>();
  page.figures.forEach((g, i) => {
    const t = match.goldToTool[i];
    if (t !== null && t !== undefined && g.measures.length > 0) {
      const share = wordShare(g.measures, toolWords[t] as Set<string>);
      measureShares.push(share);
      shareOfTool.set(t, share);
    }
  });
  let categoryLabels = 0;
  let fragmentLabels = 0;
  const details: string[] = [];
  tool.forEach((f, t) => {
    const fault = labelFault(f.measures, storyWords);
    if (fault === 'category') categoryLabels++;
    if (fault === 'fragment') fragmentLabels++;
    if (verbose) {
      const matched = match.toolToGold[t] ?? null;
      const verdict = matched !== null ? 'ok ' : match.repeats.includes(t) ? 'rep' : 'FP ';
      const against =
        matched !== null && plain ? `   (gold: ${matched.map(goldText).join('; ')})` : '';
      details.push(
        `    ${verdict} ${f.value} — ${f.measures}${fault ? ` [${fault}]` : ''}${shareOfTool.has(t) ? ` {${(shareOfTool.get(t) as number).toFixed(2)}/${page.figures[(match.toolToGold[t] as number[])[0] as number]?.measures.length ?? 0}}` : ''}${against}`,
      );
    }
  });
  if (verbose) {
    page.figures.forEach((g, i) => {
      if (match.goldToTool[i] === null && (g.key || plain)) {
        details.push(`    MISSED ${g.key ? 'key ' : ''}figure ${goldText(i)}`);
      }
    });
  }
  return {
    id: `${page.set}/${page.page}`,
    error: null,
    gold: page.figures.length,
    goldKey: page.figures.filter((g) => g.key).length,
    keyFound: page.figures.filter((g, i) => g.key && match.goldToTool[i] !== null).length,
    tool: tool.length,
    toolRight: match.toolToGold.filter((m) => m !== null).length,
    repeats: match.repeats.length,
    measureShares,
    categoryLabels,
    fragmentLabels,
    details,
  };
}

const ROOT = join(import.meta.dirname, '..', '..');
/** The gold fingerprints (committed). */
export const GOLD_PATH = join(ROOT, 'tests', 'gold', 'figures-public.json');
/** Where `npm run eval:fetch` puts the pages (git-ignored). */
export const PAGES_DIR = process.env.EVAL_PAGES_DIR ?? join(ROOT, '.cache', 'eval-pages');
/** The URL the extraction eval gives every saved page. */
const PAGE_URL = 'http://fakehost/test/page.html';

/** The score of a page that could not be scored. */
export const emptyScore = (id: string, error: string): PageScore => ({
  id,
  error,
  gold: 0,
  goldKey: 0,
  keyFound: 0,
  tool: 0,
  toolRight: 0,
  repeats: 0,
  measureShares: [],
  categoryLabels: 0,
  fragmentLabels: 0,
  details: [],
});

/** Where the plain working annotations are kept, outside the repository. */
export const ANNOTATIONS_PATH =
  process.env.FIGURES_ANNOTATIONS ?? join(ROOT, '.cache', 'figures-public', 'annotations.md');

/**
 * The plain annotations of each page, when the local working file is present and still gives
 * exactly the committed fingerprints (else null: --verbose then names gold figures by number).
 */
export function plainAnnotations(
  gold: {
    salt: string;
    pages: { set: string; page: string; figures: { value: string }[] }[];
  },
  path = ANNOTATIONS_PATH,
): Map<string, PlainFigure[]> | null {
  if (!existsSync(path)) return null;
  const plain = new Map<string, PlainFigure[]>();
  for (const page of parseAnnotations(readFileSync(path, 'utf8'))) {
    plain.set(`${page.set}/${page.page}`, page.figures);
  }
  const same = gold.pages.every((page) => {
    const figures = plain.get(`${page.set}/${page.page}`);
    return (
      figures?.length === page.figures.length &&
      figures.every((f, i) => fingerprintFigure(gold.salt, f).value === page.figures[i]?.value)
    );
  });
  return same ? plain : null;
}

/** Runs the shipped pipeline on every gold page and scores it. */
export async function scorePublicSet(verbose = false): Promise<PageScore[]> {
  const gold = JSON.parse(readFileSync(GOLD_PATH, 'utf8')) as GoldFile;
  const plain = verbose ? plainAnnotations(gold) : null;
  const scores: PageScore[] = [];
  for (const page of gold.pages) {
    const id = `${page.set}/${page.page}`;
    const file = join(PAGES_DIR, page.set, page.page, 'source.html');
    if (!existsSync(file)) {
      scores.push(emptyScore(id, `missing ${file} (run npm run eval:fetch)`));
      continue;
    }
    const html = readFileSync(file, 'utf8');
    if (htmlSha256(html) !== page.htmlSha256) {
      scores.push(emptyScore(id, 'the downloaded HTML differs from the annotated page'));
      continue;
    }
    const { document, close } = openHtml(html, PAGE_URL);
    try {
      const summary = summarizeDocument(document, PAGE_URL);
      if (summary.status !== 'ok') {
        scores.push({
          ...emptyScore(id, `no story: ${summary.reason}`),
          gold: page.figures.length,
          goldKey: page.figures.filter((g) => g.key).length,
        });
      } else {
        scores.push(scorePage(gold.salt, page, summary, verbose, plain?.get(id) ?? null));
      }
    } finally {
      await close();
    }
  }
  return scores;
}

export interface PublicTotals extends FigureCounts {
  pages: number;
  skipped: number;
  keyRecall: number;
  precision: number;
  measuresShare: number;
  badLabels: number;
  categoryLabels: number;
  fragmentLabels: number;
}

/** Totals over the pages that were scored (micro-averaged; measures averaged per figure). */
export function totalsOf(scores: PageScore[]): PublicTotals {
  const scored = scores.filter((s) => s.error === null);
  const add = (f: (s: PageScore) => number) => scored.reduce((a, s) => a + f(s), 0);
  const tool = add((s) => s.tool - s.repeats);
  const toolAll = add((s) => s.tool);
  const shares = scored.flatMap((s) => s.measureShares);
  const goldKey = add((s) => s.goldKey);
  const missedKey = scores.filter((s) => s.error !== null).reduce((a, s) => a + s.goldKey, 0);
  return {
    pages: scored.length,
    skipped: scores.length - scored.length,
    gold: add((s) => s.gold),
    goldKey,
    keyFound: add((s) => s.keyFound),
    tool: toolAll,
    toolRight: add((s) => s.toolRight),
    repeats: toolAll - tool,
    // Pages the pipeline could not read count as missed key figures, not as skipped.
    keyRecall: add((s) => s.keyFound) / Math.max(1, goldKey + missedKey),
    precision: tool === 0 ? 0 : add((s) => s.toolRight) / tool,
    measuresShare: shares.reduce((a, b) => a + b, 0) / Math.max(1, shares.length),
    badLabels: toolAll === 0 ? 0 : add((s) => s.categoryLabels + s.fragmentLabels) / toolAll,
    categoryLabels: add((s) => s.categoryLabels),
    fragmentLabels: add((s) => s.fragmentLabels),
  };
}

/** Issue 12's targets. */
export const TARGETS = { keyRecall: 0.97, precision: 0.97, measuresShare: 0.6, badLabels: 0.05 };

/** The printed report, and whether the targets are met. */
export function reportPublic(
  scores: PageScore[],
  verbose: boolean,
): { lines: string[]; ok: boolean } {
  const t = totalsOf(scores);
  const lines: string[] = [];
  for (const s of scores) {
    if (s.error !== null) {
      lines.push(`  ${s.id}: SKIPPED (${s.error})`);
      continue;
    }
    if (verbose) {
      lines.push(
        `  ${s.id}: key ${s.keyFound}/${s.goldKey}, right ${s.toolRight}/${s.tool - s.repeats} (+${s.repeats} repeats), bad labels ${s.categoryLabels + s.fragmentLabels}/${s.tool}`,
      );
      lines.push(...s.details);
    }
  }
  const f = (n: number) => n.toFixed(3);
  lines.push(
    `pages scored ${t.pages} (${t.skipped} skipped), gold figures ${t.gold} (key ${t.goldKey}), tool figures ${t.tool} (${t.toolRight} right, ${t.repeats} repeats)`,
    `key-figure recall ${f(t.keyRecall)} (target ≥ ${TARGETS.keyRecall})`,
    `precision         ${f(t.precision)} (target ≥ ${TARGETS.precision}; repeats of a matched value not counted)`,
    `measures words    ${f(t.measuresShare)} (mean share of gold content words in the tool's label; target ≥ ${TARGETS.measuresShare})`,
    `bad labels        ${f(t.badLabels)} (${t.categoryLabels} bare category, ${t.fragmentLabels} fragment; target ≤ ${TARGETS.badLabels})`,
  );
  const ok =
    t.skipped === 0 &&
    t.keyRecall >= TARGETS.keyRecall &&
    t.precision >= TARGETS.precision &&
    t.measuresShare >= TARGETS.measuresShare &&
    t.badLabels <= TARGETS.badLabels;
  return { lines, ok };
}

/** The set's name for `npm run eval:figures -- --set news-figures`. */
export const PUBLIC_FIGURES_SET = 'news-figures';

/** Scores the set and prints the report; true when the issue's targets are met. */
export async function runPublicFigures(verbose: boolean, json: boolean): Promise<boolean> {
  const scores = await scorePublicSet(verbose);
  console.log(`figures on set "${PUBLIC_FIGURES_SET}": ${scores.length} pages`);
  const report = reportPublic(scores, verbose);
  console.log(report.lines.join('\n'));
  if (json) console.log(JSON.stringify({ set: PUBLIC_FIGURES_SET, ...totalsOf(scores) }));
  return report.ok;
}
