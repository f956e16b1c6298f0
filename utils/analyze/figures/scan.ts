/**
 * Reading one figure match: its kind, and whether it is a name or a bare number rather than a
 * figure. The drop rules are an ordered table (`DROP_RULES`), each with its own example.
 */
import type { FigureKind } from '../../summary';
import { DETERMINERS, FIGURE_FUNCTION_WORDS, FULL_SHARE_ADJECTIVES } from '../lexicon/figure-words';
import { SCALE_WORDS } from '../lexicon/numbers';
import { alternation } from '../lexicon/words';
import { NAME_AND_BOUND_RULES } from './bound-rules';
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
  if (groups.fraction || groups.share || groups.share2 || groups.outOf) return 'percent';
  if (
    groups.yearsOld ||
    groups.lengthCompound ||
    groups.articleDuration ||
    groups.raceTime ||
    groups.dimensions
  )
    return 'measure';
  if (groups.zero) return 'other';
  if (groups.marginCompound) return 'count';
  if (groups.vagueAlone) return /decades/u.test(groups.vagueAlone) ? 'measure' : 'count';
  if (groups.rank || groups.ratio || groups.times || groups.multiple || groups.multiply)
    return 'other';
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

/** A money verb right before a bare scale word ("would pay billions", "lost trillions more"). */
const MONEY_VERB_BEFORE =
  /\b(?:pay|pays|paid|paying|spend|spends|spent|spending|lose|loses|lost|losing|earn|earns|earned|earning|invest|invests|invested|owe|owes|owed|borrow|borrowed|cost|costs|costing)\s+$/u;

/** A count that is money: a bare "billions" paid, spent or lost is an amount, not a number of things. */
export function moneyByVerb(kind: FigureKind, groups: FigureGroups, before: string): FigureKind {
  return kind === 'count' &&
    /illions$/u.test(groups.vagueAlone ?? '') &&
    MONEY_VERB_BEFORE.test(before)
    ? 'money'
    : kind;
}

/** Oldest age read from a bare number (unit: years). */
const MAX_AGE = 120;
/** "the governor, 68,", "Page, then 26,": a number set off by commas after a person. */
export const AGE_APPOSITION =
  /(\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}-]+\s)?[\p{Ll}-]+|\b\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+)*),\s(?:then\s|now\s)?$/u;
/** "the retirement age to 70", "at the age of 12", "the age should be raised to 67". */
export const AGE_NOUN_BEFORE =
  /\bage\s+(?:(?:(?:should|would|will|could|must|to|be|is|was|been|being)\s+){0,3}(?:raised|lifted|increased|lowered|cut|reduced|set|fixed)\s+)?(?:of\s+|to\s+|at\s+)?$/iu;
const AGE_NOUN = AGE_NOUN_BEFORE;

/** Whether a bare number is an age: after "age (of)", or set off by commas after a person. */
export function isBareAge(amount: string, before: string, after: string): boolean {
  const n = /^\d{1,3}$/.test(amount) ? Number(amount) : Number.NaN;
  if (!(n > 0 && n <= MAX_AGE)) return false;
  return AGE_NOUN.test(before) || (AGE_APPOSITION.test(before) && /^,/.test(after));
}

/** A verb that reports a level or a total, right before a bare number ("reached 440"). */
const MEASURING_VERB_BEFORE =
  /\b(?:(?:has|have|had)\s(?:now\s)?)?(?:reached|reaches|reaching|totalled|totaled|totals|totalling|totaling|numbered|topped|passed|exceeded|surpassed|(?:rose|risen|rises|rising|fell|fallen|falls|falling|climbed|climbs|climbing|increased|increases|grew|grown|jumped|dropped|went up|gone up|went down|was revised|been revised|was raised|been raised)\sto|(?:stands|stood|standing|is put|was put|was estimated|is estimated)\sat)\s$/u;
/** The end of the clause, or a preposition opening an adjunct ("… 440.", "… 12 on Friday"). */
const CLAUSE_END_AFTER = /^(?:\s*(?:[.!?;,)]|$)|\s(?:on|by|in|last|this|after|as|from|and)\s)/u;

/** Whether a bare match (no unit, currency, percent or noun) is still a figure. */
function keepBare(amount: string, qual: string, before: string, after: string): boolean {
  // "the 8 and 16-bit era": a number sharing the next number's unit is not a quantity alone.
  if (/^\s(?:and|or|to)\s\d/u.test(after)) return false;
  if (!PLAIN_NUMBER.test(amount)) return false;
  if (isBareAge(amount, before, after)) return true;
  if (SCALED.test(amount)) return true;
  if (/[,.]/.test(amount)) return !/[A-Z][\p{L}]*\s$/u.test(before);
  if (qual.trim() && !/^between$/i.test(qual.trim())) return true;
  // "the toll has reached 440.", "rose to 12 on Friday": the level a measuring verb reports.
  if (MEASURING_VERB_BEFORE.test(before) && CLAUSE_END_AFTER.test(after)) return true;
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
const SHAPE_GROUPS = [
  ...['share', 'share2', 'outOf', 'ratio', 'rank', 'times', 'yearsOld', 'multiple'],
  ...['lengthCompound', 'articleDuration', 'zero', 'marginCompound', 'vagueAlone'],
  ...['raceTime', 'multiply', 'dimensions'],
];
/** Rules past the first read only numbers, not fractions, vague amounts ("hundreds of") or shapes. */
const isExact = (c: Candidate): boolean =>
  !c.groups.fraction && !c.groups.vague && !SHAPE_GROUPS.some((g) => c.groups[g]);

/**
 * "Ohio will also lose two.", "Texas gains four,": a count whose noun the story just gave, said
 * right after a verb of winning or losing and closing the clause.
 */
const ELIDED_COUNT_BEFORE =
  /\b(?:lose|loses|lost|losing|gain|gains|gained|gaining|win|wins|won|add|adds|added|pick up|picks up|picked up)\s$/iu;
const isElidedCount = (c: Candidate): boolean =>
  ELIDED_COUNT_BEFORE.test(c.before) && /^\s*(?:[.,;:—–]|$)/u.test(c.after) && !c.qual;

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
      !keepBare(c.core, `${c.qual}${c.groups.postQual ?? ''}`, c.before, c.after) &&
      !isElidedCount(c),
  },
  {
    // A number word with no counted noun, unit or percent is not a figure even with a rate
    // after it ("about eight a day"); a bare number word is already dropped as a bare number.
    name: 'bare-number-word',
    example: { sentence: 'Nurses see about eight a day.', figure: 'about eight a day' },
    drops: (c) =>
      isExact(c) &&
      isWordNumber(c) &&
      c.kind === 'other' &&
      !/\btimes$/.test(c.value) &&
      !isElidedCount(c),
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
      !OPENING_DETERMINER.test(c.before) &&
      !OPENING_FUNCTION_WORD.test(c.before) &&
      !/^[$€£¥₹]/.test(c.value),
  },
  {
    // "the two companies", "our previous three recoveries": a small count after a determiner
    // names things the story already introduced; it refers back, it does not measure (issue 12).
    // A duration ("the two years since") is still a length.
    name: 'refers-back',
    example: {
      sentence: 'After the merger, the two bakeries shared one oven.',
      figure: 'two bakeries',
    },
    drops: (c) =>
      isExact(c) &&
      c.kind === 'count' &&
      !c.qual &&
      Boolean(c.groups.noun) &&
      SMALL_NUMBER_WORD.test(c.core) &&
      REFERRING_DETERMINER.test(c.before) &&
      !TIME_NOUN.test(c.groups.noun ?? ''),
  },
  {
    // "software version 2.4", "release 11": a version or release number is a name.
    name: 'version-number',
    example: { sentence: 'The firm shipped version 2.4 to testers.', figure: '2.4' },
    drops: (c) => isExact(c) && /\b(?:version|release|build|firmware|v\.?)\s?$/iu.test(c.before),
  },
  {
    // "adults 18 to 34 years old", "bonds with a maturity of 5-10 years", "the 20-30 year
    // bucket": the bounds of a category, not a measured range (ANNOTATION.md "aged 12 to 17").
    name: 'category-bounds',
    example: {
      sentence: 'Viewers 25 to 34 years old watch less cable.',
      figure: '25 to 34 years',
    },
    drops: (c) =>
      c.kind === 'range' &&
      ((/^\s+old\b/u.test(c.after) && CLASS_NOUN_BEFORE.test(c.before)) ||
        /\b(?:maturity|maturities|tenor|aged?|ages)\s+(?:of\s+)?$/iu.test(c.before) ||
        /^(?:\s[\p{Ll}-]+)?\s(?:bucket|bracket|band|cohort|tier)\b/u.test(c.after)),
  },
  {
    // "maturity of 3 years or less", "children 5 and under": a bound that closes a category.
    name: 'category-bound-tail',
    example: {
      sentence: 'Notes with maturity of 2 years or less were sold.',
      figure: '2 years',
    },
    drops: (c) =>
      isExact(c) &&
      /^\s+(?:or\s+(?:less|younger|older|under|below|fewer)|and\s+(?:older|younger|over|under|up|above))\b/u.test(
        c.after,
      ),
  },
  ...NAME_AND_BOUND_RULES,
  {
    // "100% accurate", "100 percent sure": wholeness as an idiom, not a measured share.
    name: 'full-share-idiom',
    example: { sentence: 'The lab said the test is not 100% reliable.', figure: '100%' },
    drops: (c) =>
      c.kind === 'percent' &&
      /^100\s?(?:%|percent|per cent)$/u.test(c.value) &&
      FULL_SHARE_AFTER.test(c.after),
  },
  {
    // "(See the town's top 10 beaches.)": a cross-link set in the story, page furniture.
    name: 'see-also-link',
    example: { sentence: "(See the city's 12 oldest bridges.)", figure: '12 oldest bridges' },
    drops: (c) => /^\(\s*(?:See|Read|Watch|Photos|Related)\b/u.test(c.before),
  },
  {
    // "threw a few curveballs", "got a few laughs": "a few" before things is an idiom of
    // smallness; before a time unit ("a few weeks") it is a length and stays.
    name: 'a-few-things',
    example: {
      sentence: 'The quiz threw a few surprises at the players.',
      figure: 'a few surprises',
    },
    drops: (c) =>
      /^(?:a|another)\s+few$/iu.test(c.core) &&
      Boolean(c.groups.noun) &&
      !TIME_NOUN.test(c.groups.noun ?? ''),
  },
  {
    // "remade “The 39 Steps”": a number inside a quoted title is part of the name.
    name: 'inside-title',
    example: { sentence: 'The troupe staged “The 12 Lives of Dora” in May.', figure: '12 Lives' },
    drops: (c) => insideQuotedTitle(c.before, c.value, c.after),
  },
  {
    // "she offered her two cents": the idiom for an opinion.
    name: 'two-cents-idiom',
    example: { sentence: 'Each guest added his two cents on the menu.', figure: 'two cents' },
    drops: (c) =>
      /^two cents$/iu.test(c.value) && /\b(?:my|his|her|their|our|your|its)\s$/iu.test(c.before),
  },
];

/** "The 130 engineers": a capitalized determiner opening the sentence is not a name. */
const OPENING_DETERMINER = new RegExp(
  `(?:^|[\\s(“"])(?:${DETERMINERS.map((d) => d.charAt(0).toUpperCase() + d.slice(1)).join('|')})\\s$`,
  'u',
);
/** "With 300m to go", "By 40 votes": a function word opening the sentence is not a name. */
const OPENING_FUNCTION_WORD = new RegExp(
  `^\\s*["“‘(]?(?:${FIGURE_FUNCTION_WORDS.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('|')})\\s$`,
  'u',
);
/** Counts small enough to name a group the story already introduced ("the two leaders"). */
const SMALL_NUMBER_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten)$/iu;
/** Determiners before a count that refers back. */
const REFERRING_DETERMINER =
  /\b(?:(?:the|these|those)\s(?:(?:previous|other|last|former)\s)?|(?:our|their|its|his|her)\s(?:previous|other|last|former)\s)$/iu;
/** Time and money nouns: a count of them is a length or an amount even after "the". */
const TIME_NOUN =
  /\b(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries|quarters|seasons|times)$/u;
/**
 * A plural noun right before an age range names the class it bounds ("adults 18 to 34 years old");
 * after a verb ("were 18 to 30 years old") the range is the measured ages of known people.
 */
const CLASS_NOUN_BEFORE =
  /(?<!\b(?:was|is|has|does|its|this|his|as|us|less|plus|thus))(?:\p{L}+s|\b(?:people|children|men|women))\s$/iu;
/** "100% accurate": an adjective of wholeness after a full share. */
const FULL_SHARE_AFTER = new RegExp(
  `^\\s+(?:\\p{Ll}+ly\\s+)?(?:${FULL_SHARE_ADJECTIVES.join('|')})\\b`,
  'u',
);

/** Longest quoted span read as a title (unit: words). */
const MAX_TITLE_WORDS = 8;
/** Whether a match sits inside a short quoted span whose words are capitalized, as in a title. */
function insideQuotedTitle(before: string, value: string, after: string): boolean {
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('"'));
  if (open < 0 || before.lastIndexOf('”') > open) return false;
  const close = after.search(/[”"]/u);
  if (close < 0) return false;
  const span = `${before.slice(open + 1)}${value}${after.slice(0, close)}`;
  const spanWords = span.split(/\s+/u).filter(Boolean);
  return (
    spanWords.length <= MAX_TITLE_WORDS &&
    spanWords.every((w) => w.length < 4 || /^[\p{Lu}\d]/u.test(w))
  );
}

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
