/**
 * Drop rules for spans that name a race or bound a category rather than measure (issue 12):
 * "won the 400m", "children under 5", "firms with more than 20 staff must report". Rows of
 * `DROP_RULES` (scan.ts), each with its invented example.
 */
import { CLASS_NOUNS, EVENT_NOUNS, RULE_WORDS } from '../lexicon/figure-shapes';
import { alternation } from '../lexicon/words';
import type { Candidate, DropRule } from './scan';

/** A distance as a race is named: "400m", "10,000m", "5,000 metres", "1500m". */
const EVENT_DISTANCE = /^(?:\d{2,5}|\d{1,2},\d{3})(?:m|\s?km|\s(?:metres|meters))$/u;
/** Words before a race's name: a determiner, a possessive, "won", "at", an event adjective. */
const EVENT_BEFORE =
  /(?:\b(?:the|a|an|his|her|their|its|won|win|wins|winning|at|indoor|outdoor|world|junior|men['’]s|women['’]s|[\p{L}]+['’]s|\p{L}+s['’])|\b\p{Lu}[\p{L}-]+|\d[\d,]*m\s(?:and|or))\s$/u;
/** What may follow a race's name: an event noun, the clause's end, or a preposition. */
const EVENT_AFTER = new RegExp(
  `^(?:\\s(?:${alternation(EVENT_NOUNS)})\\b|\\s*(?:[.,;:!?)]|$)|\\s(?:in|at|on|and|or|with|for|by|after|before|since|when|is|was|will|has|had|this|last)\\b)`,
  'u',
);

/** Whether a distance names a race ("won the 400m", "the 60m final") rather than measuring one. */
function isEventName(c: Candidate): boolean {
  if (c.qual || /^[$€£¥₹]/u.test(c.value)) return false;
  const noun = c.groups.noun?.trim() ?? '';
  const distance = noun ? c.value.slice(0, c.value.length - noun.length).trim() : c.value;
  if (!EVENT_DISTANCE.test(distance)) return false;
  const after = noun ? ` ${noun}${c.after}` : c.after;
  return EVENT_BEFORE.test(c.before) && EVENT_AFTER.test(after);
}

/** A class of people or things right before a bound ("children under 5"). */
const CLASS_NOUN_AT_END = new RegExp(`\\b(?:${alternation(CLASS_NOUNS)})\\s$`, 'iu');
/** "firms with", "companies employing", "trains late by": a holder before a threshold. */
const THRESHOLD_HOLDER_BEFORE =
  /(?:\b\p{L}+s\s(?:with|employing|having|cutting|earning|making|that\s(?:employ|have|earn|cut))|\b(?:late|delayed|overdue)\sby)\s$/u;
/** A word saying the sentence sets a rule ("must", "exempt", "eligible"). */
const RULE_WORD = new RegExp(`\\b(?:${alternation(RULE_WORDS)})\\b`, 'iu');

/** The rules, in order; they run after the category-bound rules of scan.ts. */
export const NAME_AND_BOUND_RULES: readonly DropRule[] = [
  {
    // "won the 400m", "the 60m final", "the men's 10,000m": a distance naming a race is the name
    // of a discipline; a distance run within a race ("with 300m to go") is still a figure.
    name: 'race-event-name',
    example: { sentence: 'Mbeki won the 800m at the county games.', figure: '800m' },
    drops: (c) => isEventName(c),
  },
  {
    // "children under 5", "people over 65": an age or size bound that names a class of people
    // or things, not a measured quantity (ANNOTATION.md "category bounds").
    name: 'class-bound',
    example: { sentence: 'Children under 5 ride the ferry free.', figure: 'under 5' },
    drops: (c) =>
      /^(?:under|over|below|above|aged under|aged over)\s$/iu.test(c.qual) &&
      CLASS_NOUN_AT_END.test(c.before) &&
      (c.kind === 'other' ||
        /^\s*(?:years?(?:\s+old)?|months?)?$/u.test(c.value.slice(c.qual.length + c.core.length))),
  },
  {
    // "firms with more than 20 staff must report": a threshold saying whom a rule applies to.
    name: 'rule-threshold',
    example: {
      sentence: 'Bakeries with more than 50 staff must publish their pay gap.',
      figure: 'more than 50 staff',
    },
    drops: (c) =>
      /^(?:more than|over|fewer than|less than|at least|under|above|below)\s$/iu.test(c.qual) &&
      THRESHOLD_HOLDER_BEFORE.test(c.before) &&
      RULE_WORD.test(`${c.before} ${c.after}`),
  },
];
