/*
 * Labels said in the first person: a figure inside a quote gets a label built from the quoted
 * words ("stalls I was running", "amount I spent on the boat"), and out of the quote
 * "I" names nobody. The quote's speaker, as the quotes stage attributed it, is named instead,
 * in the short form the other referent rows use (the surname): "amount Pinto spent on the boat".
 *
 * Decision: only "I", "my" and "me" are replaced; "we", "our" and "us" stand for a group (a
 * team, a company, a family) that the speaker's name does not name. A speaker the quotes stage
 * gave only as a description ("a spokesperson") is left out: "amount a spokesperson spent"
 * says less than the quote.
 */
import type { Figure, Quote, Sentence } from '../../summary';
import { verbBase } from './grammar';
import { MAX_LABEL_WORDS } from './label-words';

/** An invented story, the figure's value in it, and the `measures` it gets with the rule applied. */
export interface SpeakerExample {
  paragraphs: string[];
  figure: string;
  measures: string;
}

/** What a speaker row reads: the label and the short name of the quote's speaker. */
export interface SpeakerContext {
  measures: string;
  /** The speaker's surname ("Pinto" for "Rosa Pinto"). */
  speaker: string;
  /** The figure's sentence before the figure. */
  before: string;
}

/** One rewrite: `apply` returns the label with the speaker named, or null to leave it. */
export interface SpeakerRule {
  name: string;
  example: SpeakerExample;
  apply(ctx: SpeakerContext): string | null;
}

/** "I" with what follows it, when the verb after it must agree with a third person. */
const FIRST_PERSON_VERB: Record<string, string> = {
  am: 'is',
  have: 'has',
  '’m': ' is',
  "'m": ' is',
  '’ve': ' has',
  "'ve": ' has',
};

/** "I" as the subject of the figure's clause: "I" and at most six words before the figure. */
const FIRST_PERSON_SUBJECT = /(?<![\p{L}’'])I(?:\s+[\p{Ll}’'-]+){1,6}\s+$/u;
/** A label that says a time spent at something ("time working"). */
const ACTIVITY_TIME = /^(?:time|duration)\s+\p{Ll}+ing\b/u;

/** Adverbs that may stand between "I" and its verb ("I still own"). */
const ADVERB = /^(?:still|now|also|already|once|just|never|ever|often|really|only)$/u;

/** Third person of a base verb form: "own" → "owns", "watch" → "watches", "carry" → "carries". */
function thirdPerson(base: string): string {
  if (base === 'do' || base === 'go') return `${base}es`;
  if (/(?:s|sh|ch|x|z|o)$/u.test(base)) return `${base}es`;
  if (/[^aeiou]y$/u.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/**
 * The words after a replaced "I" with the verb made to agree with a third person ("still own
 * four" → "still owns four"); a past or modal form stays as it is.
 */
function agree(after: string): string {
  const words = after.split(/(\s+)/u);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (/^\s*$/u.test(w) || ADVERB.test(w)) continue;
    if (/^\p{Ll}+$/u.test(w) && verbBase(w) === w && w !== 'must') words[i] = thirdPerson(w);
    break;
  }
  return words.join('');
}

/** The speaker's possessive: "Pinto’s", "Harris’". */
const possessive = (name: string): string => (/s$/u.test(name) ? `${name}’` : `${name}’s`);

export const SPEAKER_RULES: readonly SpeakerRule[] = [
  {
    // "“I spent $40,000 on the boat,” said Pinto" → "amount I spent on boat".
    name: 'first-person-is-speaker',
    example: {
      paragraphs: [
        '“I spent $40,000 on the boat last year,” said Rosa Pinto, the club’s treasurer.',
      ],
      figure: '$40,000',
      measures: 'amount Rosa Pinto spent on boat last year',
    },
    apply({ measures, speaker }) {
      if (!/(?<![\p{L}’'])(?:I|my|me)(?![\p{L}])/u.test(measures)) return null;
      const replaced = measures.replace(
        /(?<![\p{L}’'])I(?:\s+(am|have)\b|(’m|'m|’ve|'ve))?(?![\p{L}’'])/gu,
        (_m, verb, clitic) => {
          const agreeing = FIRST_PERSON_VERB[(verb ?? clitic ?? '') as string];
          if (agreeing) return `${speaker}${agreeing.startsWith(' ') ? agreeing : ` ${agreeing}`}`;
          return `${speaker}\u0000`;
        },
      );
      // "I still own" → "Pinto still owns": the verb after the name agrees with it.
      const out = replaced
        .split('\u0000')
        .map((part, k) => (k === 0 ? part : agree(part)))
        .join('')
        .replace(/(?<![\p{L}’'])my(?![\p{L}’'])/gu, possessive(speaker))
        .replace(/(?<![\p{L}’'])me(?![\p{L}’'])/gu, speaker);
      return out.split(/\s+/u).length <= MAX_LABEL_WORDS ? out : null;
    },
  },
  {
    // "“I was working 14 hours a day,” Pinto says" → "time working": the label leaves the quoted
    // "I" out, so whose the time is is said with the speaker's possessive.
    name: 'first-person-subject-owner',
    example: {
      paragraphs: ['“When the ferry opened, I was working 14 hours a day,” said Rosa Pinto.'],
      figure: '14 hours a day',
      measures: 'Rosa Pinto’s time working',
    },
    apply({ measures, speaker, before }) {
      if (
        !FIRST_PERSON_SUBJECT.test(before) ||
        /(?<![\p{L}’'])(?:I|my|me)(?![\p{L}])/u.test(measures)
      )
        return null;
      // "I think 40 people came": only a time the speaker spends at something is the speaker's.
      if (!ACTIVITY_TIME.test(measures)) return null;
      if (measures.includes(speaker) || /\p{Lu}/u.test(measures)) return null;
      const out = `${possessive(speaker)} ${measures}`;
      return out.split(/\s+/u).length <= MAX_LABEL_WORDS ? out : null;
    },
  },
];

/** A speaker the label can name: a capitalized name, in its short form (the surname). */
function shortName(speaker: string | null): string | null {
  if (!speaker) return null;
  const words = speaker.split(/\s+/u);
  if (words.length > 4 || !words.every((w) => /^\p{Lu}[\p{L}.’'-]*$/u.test(w))) return null;
  return words.at(-1) ?? null;
}

/** Sentences a quote may run on past the one it opens in, to hold a figure (unit: sentences). */
const QUOTE_REACH = 4;

/**
 * The quote holding a figure's words: one opening in the figure's sentence or a few before,
 * whose text has the figure's value.
 */
function quoteOf(figure: Figure, quotes: Quote[]): Quote | null {
  for (const q of quotes) {
    if (q.sentence > figure.sentence || q.sentence < figure.sentence - QUOTE_REACH) continue;
    if (q.text.includes(figure.value)) return q;
  }
  return null;
}

/** A transcript line: a paragraph opening on a name and a colon ("Lima: I ran it for …"). */
const TRANSCRIPT_LINE = /^(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}):\s+\S/u;

/**
 * The speaker of the transcript line holding a figure: an interview written as questions and
 * answers gives each answer as "Lima: I have known Tom for 20 years." without quotation marks,
 * so its "I" is the person the paragraph opens on. Only a person the story names counts
 * ("Update: I …" names no one).
 */
function transcriptSpeaker(
  figure: Figure,
  sentences: Sentence[],
  people: readonly string[],
): string | null {
  let first = sentences[figure.sentence];
  while (first && sentences[first.index - 1]?.paragraph === first.paragraph)
    first = sentences[first.index - 1];
  const name = first ? TRANSCRIPT_LINE.exec(first.text)?.[1] : undefined;
  const surname = name?.split(/\s+/u).at(-1);
  if (!name || !surname) return null;
  return people.some((p) => p === name || p.endsWith(` ${surname}`)) ? name : null;
}

/**
 * Names the speaker of each first-person label, or of a label whose clause the quoted "I" opens,
 * said inside a quote or on an interview's transcript line (SPEAKER_RULES, first row that
 * answers; `people`: the story's people, who alone may open a transcript line).
 */
export function nameSpeakers(
  located: { figure: Figure; rule: string; start: number }[],
  quotes: Quote[],
  sentences: Sentence[],
  people: readonly string[] = [],
): void {
  for (const t of located) {
    const before = sentences[t.figure.sentence]?.text.slice(0, t.start) ?? '';
    if (
      !/(?<![\p{L}’'])(?:I|my|me)(?![\p{L}])/u.test(t.figure.measures) &&
      !FIRST_PERSON_SUBJECT.test(before)
    )
      continue;
    const speaker = shortName(
      quoteOf(t.figure, quotes)?.speaker ?? transcriptSpeaker(t.figure, sentences, people),
    );
    if (!speaker) continue;
    for (const rule of SPEAKER_RULES) {
      const out = rule.apply({ measures: t.figure.measures, speaker, before });
      if (!out) continue;
      t.figure.measures = out;
      t.rule = `${t.rule}+${rule.name}`;
      break;
    }
  }
}
