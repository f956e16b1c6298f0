/*
 * Labels that name whose a figure is from the figure's own sentence, where no pronoun stands
 * for the owner (the referent rows in `referents.ts` do that): a name's possessive right before
 * the figure, or the subject of the main clause after a fronted phrase holding the figure. Rows
 * of REFERENT_RULES, run after the pronoun rows.
 */
import { PREPOSITIONS } from '../lexicon';
import { MONTH_NAMES, WEEKDAYS } from '../lexicon/time';
import { FUNCTION_WORDS } from './grammar';
import { escapeRegExp } from './organisation-cues';
import type { ReferentRule } from './referents';

/** Most words a label may have once a name is put in (unit: words). */
export const MAX_LABEL_WORDS = 12;

/** A name's possessive: "Lima’s", "Corvane Foods’". */
export const possessive = (name: string): string => (/s$/u.test(name) ? `${name}’ ` : `${name}’s `);

/** The label with one word replaced, or null when it would grow past the word limit. */
export function replaceWord(
  measures: string,
  at: number,
  length: number,
  name: string,
): string | null {
  const out = `${measures.slice(0, at)}${name}${measures.slice(at + length)}`;
  return out.split(/\s+/u).length <= MAX_LABEL_WORDS ? out : null;
}

/** Calendar words whose possessive says when, not whose ("Monday’s 3% fall"). */
const CALENDAR = new Set([...MONTH_NAMES, ...WEEKDAYS]);
/** A capitalized name of up to four words and its possessive, right before the figure. */
const OWNER_BEFORE =
  /(?<![\p{L}\p{N}’'-])((?:\p{Lu}[\p{L}\p{N}&.-]*\s+){0,3}\p{Lu}[\p{L}\p{N}&.-]*)(?:[’']s|(?<=s)[’'])\s+$/u;
/** Category words that open a label without saying whose ("amount paid by …"). */
const BARE_CATEGORY = /^(?:amount|share|number|time|duration|count|total|value|level)\b/u;
/** Capitals whose "’s" is a contraction or no owner ("It’s 30 degrees", "There’s $50"). */
const NOT_AN_OWNER = /^(?:it|there|here|that|what|who|where|let|he|she|this|the|a|an)$/iu;

/** A phrase fronted before the main clause and its comma ("After six years in Lisbon, "). */
const FRONTED =
  /^(?:After|In|During|For|Within|Over|Across|Through|Throughout|With|Since)\s[^,;:"“”()]*?,\s+/u;
/** The main clause's subject when it is a name, and the word after it ("Rosa Pinto moved"). */
const SUBJECT_NAME = /^((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]+)\s+(\p{Ll}+)/u;
/** Function words that may follow a subject as its verb ("Lima is", "Corvane had"). */
const AUXILIARY = /^(?:is|was|are|were|has|had|have|will|would|could|can|may|might)$/u;

/**
 * An appositive the figure stands in, after the name it describes: "Tarn Bay, the region’s",
 * "Lima, then a", "Corvane, a ferry firm with"; the word before the name, the name, the aside.
 */
const APPOSITIVE_BEFORE =
  /(?:^|(\p{L}+)\s+)((?:\p{Lu}[\p{L}\p{N}.’'&-]*\s+){0,3}\p{Lu}[\p{L}\p{N}.’'&-]*),\s+((?:then\s+|now\s+)?(?:the|a|an)\s+[^,;:()"“”]*)$/u;
/** Labels a possessive owner reads well on ("Tarn Bay’s rank as largest port", "Corvane’s ferries"). */
const OWNED_LABEL = /^(?:rank|place|position|\p{Ll}+s)\b(?! of\b)/u;

/** Whether a label already says any word of a name. */
const says = (measures: string, name: string): boolean =>
  name
    .split(/\s+/u)
    .some((w) => new RegExp(`(?<!\\p{L})${escapeRegExp(w)}(?!\\p{L})`, 'iu').test(measures));

export const OWNER_RULES: readonly ReferentRule[] = [
  {
    // "Corvane’s $4 billion takeover", "Lima’s 13 years of service": a name's possessive right
    // before the figure names whose it is, which the label built after the figure leaves out.
    name: 'name-possessive-before-figure',
    example: {
      paragraphs: ['Ana Lima’s 13 years of service to Tarn Port ended in May.'],
      figure: '13 years',
      measures: 'duration of Ana Lima’s service to Tarn Port',
    },
    apply(ctx) {
      const owner = OWNER_BEFORE.exec(ctx.sentence.text.slice(0, ctx.start))?.[1];
      if (!owner || CALENDAR.has(owner.toLowerCase())) return null;
      const words = owner.split(/\s+/u);
      if (NOT_AN_OWNER.test(words[0] ?? '') || /^\P{Ll}/u.test(ctx.measures)) return null;
      if (
        words.some((w) =>
          new RegExp(`(?<!\\p{L})${escapeRegExp(w)}(?!\\p{L})`, 'iu').test(ctx.measures),
        )
      )
        return null;
      // "duration of service" → "duration of Lima’s service"; "takeover" → "Corvane’s takeover".
      const of = /^(\p{Ll}+ of )(?!\p{Lu})/u.exec(ctx.measures);
      // "amount risen by exports": a category the label's verb explains owns nothing.
      if (!of && BARE_CATEGORY.test(ctx.measures)) return null;
      const at = of?.[1]?.length ?? 0;
      return replaceWord(ctx.measures, at, 0, possessive(owner));
    },
  },
  {
    // "After six years in Lisbon, Rosa Pinto moved …", "In her five minutes on stage, Lima …": a
    // time in a phrase fronted before the main clause is the time of that clause's subject.
    name: 'fronted-phrase-subject',
    example: {
      paragraphs: ['After six years in Lisbon, Rosa Pinto moved back to the harbour town.'],
      figure: 'six years',
      measures: 'Rosa Pinto’s time in Lisbon',
    },
    apply(ctx) {
      const text = ctx.sentence.text;
      const fronted = FRONTED.exec(text);
      if (!fronted || ctx.start >= fronted[0].length) return null;
      if (!/^(?:time|duration)\b/u.test(ctx.measures)) return null;
      const subject = SUBJECT_NAME.exec(text.slice(fronted[0].length));
      const name = subject?.[1] ?? '';
      const next = subject?.[2] ?? '';
      if (!name || NOT_AN_OWNER.test(name.split(/\s+/u)[0] ?? '')) return null;
      if (CALENDAR.has(name.toLowerCase()) || says(ctx.measures, name)) return null;
      if (FUNCTION_WORDS.has(next) && !AUXILIARY.test(next)) return null;
      return replaceWord(ctx.measures, 0, 0, possessive(name));
    },
  },
  {
    // "Tarn Bay, the region’s third-largest port", "Lima, then a 22-year-old clerk": a figure in
    // an appositive describes the name the appositive follows.
    name: 'appositive-owner',
    example: {
      paragraphs: ['Fares rose in Tarn Bay, the region’s third-largest port.'],
      figure: 'third',
      measures: 'Tarn Bay’s rank as largest port',
    },
    apply(ctx) {
      const m = APPOSITIVE_BEFORE.exec(ctx.sentence.text.slice(0, ctx.start));
      const name = m?.[2] ?? '';
      if (!m || !name || /\b(?:that|which|who|whose)\b/u.test(m[3] ?? '')) return null;
      // "In Lisbon, the …": a place after a preposition opens the sentence, it is described by nothing.
      if (m.index === 0 && m[1] && PREPOSITIONS.has(m[1].toLowerCase())) return null;
      const words = name.split(/\s+/u);
      const first = words[0] ?? '';
      if (NOT_AN_OWNER.test(first) || PREPOSITIONS.has(first.toLowerCase())) return null;
      if (CALENDAR.has(name.toLowerCase())) return null;
      // A lone capital opening the sentence may be an adverb ("However, the …").
      if (m.index === 0 && !m[1] && words.length < 2) return null;
      if (says(ctx.measures, name)) return null;
      // "age of graduate student" → "age of graduate student Page".
      if (/^age of \p{Ll}/u.test(ctx.measures))
        return replaceWord(ctx.measures, ctx.measures.length, 0, ` ${name}`);
      return OWNED_LABEL.test(ctx.measures)
        ? replaceWord(ctx.measures, 0, 0, possessive(name))
        : null;
    },
  },
];
