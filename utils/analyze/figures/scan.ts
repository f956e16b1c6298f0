/**
 * Reading one figure match: its kind, and whether it is a name or a bare number rather than a
 * figure. The drop rules are an ordered table (`DROP_RULES`), each with its own example.
 */
import type { FigureKind } from '../../summary';
import { SCALE_WORDS } from '../lexicon/numbers';
import { alternation } from '../lexicon/words';
import { BARE_SCALE_SUFFIXES, CURRENCY_PREFIX, CURRENCY_WORD, QUALIFIER } from './patterns';

/** Lowest and highest integers read as a year when they stand alone (unit: calendar year). */
const YEAR_MIN = 1500;
const YEAR_MAX = 2099;

const HAS_CURRENCY_PREFIX = new RegExp(`^(?:${QUALIFIER})*${CURRENCY_PREFIX}`, 'i');
const HAS_CURRENCY_WORD = new RegExp(`\\s${CURRENCY_WORD}(?![\\p{L}])`, 'u');
const SCALES = alternation(SCALE_WORDS);
const SUFFIXES = alternation(BARE_SCALE_SUFFIXES);
const PLAIN_NUMBER = new RegExp(`^\\d+(?:\\.\\d+)?(?:,\\d{3})*(?:\\s?(?:${SCALES}|${SUFFIXES}))?$`);
const SCALED = new RegExp(`\\s(?:${SCALES})$|\\d(?:${SUFFIXES})$`);

/** The named groups of `FIGURE_PATTERN`. */
export type FigureGroups = Record<string, string | undefined>;

/** The kind of a matched figure: fraction or percent, range, money, measure, count, other. */
export function classify(groups: FigureGroups, value: string): FigureKind {
  if (groups.fraction || groups.share || groups.outOf) return 'percent';
  if (groups.yearsOld) return 'measure';
  if (groups.rank || groups.ratio || groups.times || groups.multiple) return 'other';
  const hasCurrency = HAS_CURRENCY_PREFIX.test(value) || HAS_CURRENCY_WORD.test(value);
  const isRange =
    Boolean(groups.range1 || groups.range2) || /^between\s/i.test(groups.qual?.trim() ?? '');
  if (isRange) return 'range';
  if (/%|percent|per cent|percentage point|basis point|Prozent|\dbps?$|\sbps?$/.test(value))
    return 'percent';
  if (hasCurrency) return 'money';
  if (groups.tail1 || groups.tail2) return /\s(?:points?)$/.test(value) ? 'count' : 'measure';
  if (groups.noun || groups.partNoun || groups.vagueNoun)
    return /\btimes$/.test(value) ? 'other' : 'count';
  return 'other';
}

/** Oldest age read from a bare number (unit: years). */
const MAX_AGE = 120;
/** "the governor, 68,", "Page, then 26,": a number set off by commas after a person. */
export const AGE_APPOSITION =
  /(\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}-]+\s)?[\p{Ll}-]+|\b\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+)*),\s(?:then\s|now\s)?$/u;
/** "the retirement age to 70", "at the age of 12". */
const AGE_NOUN = /\bage\s+(?:of\s+|to\s+|at\s+)?$/iu;

/** Whether a bare number is an age: after "age (of)", or set off by commas after a person. */
export function isBareAge(amount: string, before: string, after: string): boolean {
  const n = /^\d{1,3}$/.test(amount) ? Number(amount) : Number.NaN;
  if (!(n > 0 && n <= MAX_AGE)) return false;
  return AGE_NOUN.test(before) || (AGE_APPOSITION.test(before) && /^,/.test(after));
}

/** Whether a bare match (no unit, currency, percent or noun) is still a figure. */
function keepBare(amount: string, qual: string, before: string, after: string): boolean {
  if (!PLAIN_NUMBER.test(amount)) return false;
  if (isBareAge(amount, before, after)) return true;
  if (SCALED.test(amount)) return true;
  if (/[,.]/.test(amount)) return !/[A-Z][\p{L}]*\s$/u.test(before);
  if (qual.trim() && !/^between$/i.test(qual.trim())) return true;
  // "the 231 needed": a determiner and a following lowercase word make a quantity, not a label.
  return /\bthe\s$/i.test(before) && /^\s[a-z]/.test(after);
}

/** One matched span, as the drop rules see it. */
export interface Candidate {
  groups: FigureGroups;
  /** The verbatim value ("more than 30,000 vehicles"). */
  value: string;
  /** The number without its currency symbol ("1.2 billion", "Seven"). */
  core: string;
  qual: string;
  kind: FigureKind;
  before: string;
  after: string;
}

/** One heuristic that drops a match that is not a figure; `example.figure` is the span it drops. */
export interface DropRule {
  name: string;
  example: { sentence: string; figure: string };
  drops(c: Candidate): boolean;
}

const isWordNumber = (c: Candidate): boolean => /^[a-z]/i.test(c.core) && !c.groups.fraction;
/** Shapes that are figures by their form: shares, ratios, ranks, "twice", ages, multiples. */
const SHAPE_GROUPS = ['share', 'outOf', 'ratio', 'rank', 'times', 'yearsOld', 'multiple'];
/** Rules past the first read only numbers, not fractions, vague amounts ("hundreds of") or shapes. */
const isExact = (c: Candidate): boolean =>
  !c.groups.fraction && !c.groups.vague && !SHAPE_GROUPS.some((g) => c.groups[g]);

/** The drop rules that read the match and its left side, in order (`DROP_RULES` adds the last). */
const SHAPE_DROP_RULES: readonly DropRule[] = [
  {
    // "the first half of the year": a part of a period, not a share.
    name: 'sequence-half',
    example: { sentence: 'Sales slowed in the first half of the year.', figure: 'half' },
    drops: (c) =>
      Boolean(c.groups.share) && /\b(?:first|second|last|the|latter|former)\s$/iu.test(c.before),
  },
  {
    // Capitalized number words inside a sentence belong to names: "Group of Seven".
    name: 'number-word-in-name',
    example: { sentence: 'Leaders of the Group of Seven met in Rome.', figure: 'Seven' },
    drops: (c) =>
      isWordNumber(c) &&
      /^[A-Z]/.test(c.core) &&
      !/^\s*["“‘(]?$/.test(c.before) &&
      !/[.:]\s*$/.test(c.before),
  },
  {
    // Years: a bare four-digit integer, even with a noun after it ("2022 invasion", "2024 elections").
    name: 'year',
    example: { sentence: 'The 2022 floods closed the mill.', figure: '2022 floods' },
    drops: (c) => {
      const plain = /^\d+$/.test(c.core) ? Number(c.core) : Number.NaN;
      return (
        isExact(c) &&
        plain >= YEAR_MIN &&
        plain <= YEAR_MAX &&
        c.kind !== 'percent' &&
        c.kind !== 'money' &&
        c.kind !== 'measure'
      );
    },
  },
  {
    // A bare number with no unit, currency, percent, noun or rate is a label or a reference
    // ("page 12", "Section 230"), unless its shape or a qualifier says it is a quantity.
    name: 'bare-number',
    example: { sentence: 'See the notes on page 12 for details.', figure: '12' },
    drops: (c) =>
      isExact(c) &&
      !(c.kind !== 'other' || Boolean(c.groups.rate) || /\btimes$/.test(c.value)) &&
      !keepBare(c.core, c.qual, c.before, c.after),
  },
  {
    // A number word with no counted noun, unit or percent is not a figure even with a rate
    // after it ("about eight a day"); a bare number word is already dropped as a bare number.
    name: 'bare-number-word',
    example: { sentence: 'Nurses see about eight a day.', figure: 'about eight a day' },
    drops: (c) => isExact(c) && isWordNumber(c) && c.kind === 'other' && !/\btimes$/.test(c.value),
  },
  {
    // A number right after a capitalized word is a label: "Boeing 737 jets", "Route 66".
    name: 'label-after-name',
    example: { sentence: 'The airline ordered Boeing 737 jets in May.', figure: '737 jets' },
    drops: (c) =>
      isExact(c) &&
      !c.groups.part &&
      (c.kind === 'count' || c.kind === 'other') &&
      !c.qual &&
      /[A-Z][\p{L}]*\s$/u.test(c.before) &&
      !/^[$€£¥₹]/.test(c.value),
  },
];

/** "three sources familiar with", "two people briefed on": the story's own sources, counted. */
const SOURCE_COUNT_AFTER =
  /^\s+(?:familiar with|briefed on|with (?:direct )?knowledge of|close to the|who (?:spoke|asked|declined|requested)|speaking on condition)/u;

/** The last drop rule: it reads the words after a count. */
const SOURCE_RULE: DropRule = {
  // Counts of the story's own sources belong to Sources, not Figures (issue 12).
  name: 'source-count',
  example: {
    sentence: 'Three sources familiar with the talks said the deal was close.',
    figure: 'Three sources',
  },
  drops: (c) => {
    const noun = (c.groups.noun ?? c.groups.partNoun ?? '').trim();
    if (!noun || c.qual) return false;
    return (
      /\bsources$/u.test(noun) ||
      (/\b(?:people|officials|persons)$/u.test(noun) && SOURCE_COUNT_AFTER.test(c.after))
    );
  },
};

/** The drop rules, in order; a match any of them drops is not a figure. */
export const DROP_RULES: readonly DropRule[] = [...SHAPE_DROP_RULES, SOURCE_RULE];

/** The name of the first drop rule that drops a candidate, or null when it is a figure. */
export function dropRule(c: Candidate): string | null {
  for (const rule of DROP_RULES) if (rule.drops(c)) return rule.name;
  return null;
}
