/*
 * The description an "it" or "its" of a figure's sentence stands for when the story gives the
 * thing no name (`referents.ts`, after `organisationFor` found none): news copy often writes an
 * institution or a thing only as "the studio", "the school" or "the dunlin flock", and a label
 * that keeps "it" ("sessions it had watched") leaves the reader asking what "it" is.
 *
 * The answer is the nearest "the <noun> <verb>" before the pronoun that opens a clause (the
 * sentence's start, after a comma, "and", "but" or "that"): the subject of the pronoun's own
 * clause or of the clause it hangs from. A clause opened by a subordinator ("since the club
 * began") is passed over, and so are plural nouns, people's roles and words that name a
 * quantity rather than a thing ("the rate", "the figure"). Without such a subject the label
 * keeps its pronoun.
 */
import { ATTRIBUTION_VERBS, SPEECH_VERBS } from '../lexicon';
import { isRoleNoun } from '../names';
import { FUNCTION_WORDS, isInflectedVerb } from './grammar';

/** An invented sentence, the figure's value in it, and the `measures` the label gets. */
export interface DescriptionExample {
  paragraphs: string[];
  figure: string;
  measures: string;
}

/** Evidence rows: each example's label names the description only through this reader. */
export const DESCRIPTION_EXAMPLES: readonly { name: string; example: DescriptionExample }[] = [
  {
    name: 'said-it',
    example: {
      paragraphs: ['Fans asked for a map, and the studio said it had read 300 letters.'],
      figure: '300 letters',
      measures: 'letters the studio had read',
    },
  },
  {
    name: 'its-own',
    example: {
      paragraphs: ['The audit found that the clinic ignored two warnings from its own nurses.'],
      figure: 'two warnings',
      measures: 'warnings from the clinic’s own nurses',
    },
  },
  {
    name: 'past-a-subordinate-clause',
    example: {
      paragraphs: [
        'The heron colony was the largest since the club began counting, though it lost 40 birds in May.',
      ],
      figure: '40 birds',
      measures: 'birds the heron colony lost in May',
    },
  },
];

/** Nouns that name a quantity, a time or a fact, not a thing that acts ("the rate rose as it …"). */
const NOT_A_THING =
  /^(?:figure|number|rate|total|share|level|price|amount|sum|cost|value|year|month|week|day|time|way|fact|case|result|end|rest|same|first|last|most|other|one)$/u;

/** What opens a clause before its subject: the sentence's start, a comma, "and", "but", "that". */
const CLAUSE_OPENING = /(?:^|[,;]\s*|\b(?:and|but|that|so)\s+)$/u;

/** Verbs of a subject's clause ("said", "ignored", "was", "has", "will"). */
function finiteVerb(word: string): boolean {
  return (
    /^(?:is|was|has|had|will|would|can|could|may|might|must|should|does|did)$/u.test(word) ||
    SPEECH_VERBS.has(word) ||
    ATTRIBUTION_VERBS.has(word) ||
    /\p{Ll}{2}ed$/u.test(word) ||
    isInflectedVerb(word)
  );
}

/** "studio said", "dunlin flock was": up to two modifiers, a noun and its verb, after "the". */
const AFTER_THE = [0, 1, 2].map(
  (n) =>
    new RegExp(
      String.raw`((?:[\p{Ll}-]+\s+){${n}})(\p{Ll}[\p{Ll}-]+)\s+(?:(?:also|then|now|still|later|soon|first)\s+)?(\p{Ll}+)(?![\p{L}’'-])`,
      'uy',
    ),
);

/** The singular description a clause opens on at `from` (just after its "the"), or null. */
function descriptionAt(text: string, from: number): string | null {
  for (const re of AFTER_THE) {
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) continue;
    const [, mods = '', noun = '', verb = ''] = m;
    const modifiers = mods.trim().split(/\s+/u).filter(Boolean);
    if (
      !finiteVerb(verb) ||
      FUNCTION_WORDS.has(noun) ||
      modifiers.some((w) => FUNCTION_WORDS.has(w) || finiteVerb(w)) ||
      (/s$/u.test(noun) && !/(?:ss|us|is)$/u.test(noun)) ||
      NOT_A_THING.test(noun) ||
      isRoleNoun(noun)
    )
      continue;
    return ['the', ...modifiers, noun].join(' ');
  }
  return null;
}

/**
 * The description ("the studio") an "it" or "its" of `text` stands for, for the figure at
 * `start`: the pronoun nearest before the figure (else the first after), then the nearest
 * clause subject written as a singular description before it; null when there is none.
 */
export function describedSubject(text: string, start: number): string | null {
  let at = -1;
  for (const m of text.matchAll(/(?<![\p{L}’'-])(?:it|its)(?![\p{L}’'-])/gu))
    if (m.index <= start || at < 0) at = m.index;
  if (at < 0) return null;
  const before = text.slice(0, at);
  let found: string | null = null;
  // A subordinate clause's subject ("since the club began") is no answer, but no obstacle either.
  for (const m of before.matchAll(/(?<![\p{L}’'-])[Tt]he\s+/gu)) {
    if (!CLAUSE_OPENING.test(before.slice(0, m.index))) continue;
    found = descriptionAt(before, m.index + m[0].length) ?? found;
  }
  return found;
}
