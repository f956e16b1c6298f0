/*
 * Clause-gist rows: a figure the words right around it leave unlabelled is labelled with what
 * its clause says about it ("The mill made paper over the following 30 years" → "time the mill
 * made paper"). They run last in `MEASURE_RULES`, only for a figure every other row left with
 * its bare category word.
 *
 * Evidence (2026-12-02): bare "duration" was the most frequent bare-category label on the
 * public news and extraction pages; most of those durations close a clause with "for", "over"
 * or "in the past", and the annotators described them by that clause.
 */
import { PERSON_NOUNS } from '../lexicon';
import { isRoleNoun } from '../names';
import { mainClause } from './clause-frame';
import type { MeasureRule } from './describe';
import { verbBase } from './grammar';
import { MAX_LABEL_WORDS } from './label-words';

/** Most words of a name or noun phrase that opens a sentence before its appositive (unit: words). */
const MAX_OPENING_WORDS = 4;

/** A time phrase that closes a clause before its duration ("over the following", "for"). */
const CLOSING_TIME =
  /\s(?:for|over|in|during|within|throughout)\s+(?:(?:the|its|his|her|their)\s+)?(?:(?:past|last|first|following|next|previous|coming)\s+)?$/iu;
/** Where a sentence splits into clauses and asides. */
const SEGMENT_BREAK = /[;:—–()“”"]|,\s/u;
/** Words that open a segment without a subject of its own. */
const NO_SUBJECT =
  /^(?:and|but|or|so|then|which|who|that|when|while|after|before|since|as|if|because|with|without|by|from|to|of|in|on|at|for|over)$/iu;

/** Whether a lower-case word reads as a verb or auxiliary ("was", "governed", "made"). */
const verbish = (w: string): boolean =>
  /^(?:is|are|was|were|has|have|had|will|would|can|could)$/u.test(w) ||
  (/^\p{Ll}+$/u.test(w) && (verbBase(w) !== null || /^\p{Ll}{3,}ed$/u.test(w)));

/** A clause with its opening article lower-cased ("The mill made" → "the mill made"). */
const lowerArticle = (clause: string): string =>
  clause.replace(/^(?:The|A|An)\s/u, (m) => m.toLowerCase());

/**
 * The clause a closing time phrase ends, read back over asides: the last segment that holds a
 * subject and a verb, or a verb whose subject opens the sentence ("Tarn, a port town, was run
 * for decades by …" → "Tarn was run"); "" when none does.
 */
export function clauseBeforeTime(before: string): string {
  const segments = before.split(SEGMENT_BREAK).map((s) => s.trim());
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i] ?? '';
    // "and that he has been running it": the clause after its opener.
    const opened = segment.replace(/^(?:(?:and|but|so|that)\s+)+/iu, '');
    const first = opened.split(/\s+/u)[0] ?? '';
    if (!opened || NO_SUBJECT.test(first)) continue;
    // "It will involve …": a dummy or unresolved "it" says nothing.
    if (/^(?:it|this|there)$/iu.test(first)) return '';
    if (verbish(first)) {
      const opening = segments[0] ?? '';
      const words = opening.split(/\s+/u);
      if (i === 0 || words.length > MAX_OPENING_WORDS || words.some(verbish)) return '';
      return mainClause(`${opening} ${opened}`);
    }
    const clause = mainClause(opened);
    // "He was CEO" → "he was CEO": a pronoun the referent rules can name.
    if (clause)
      return clause.replace(/^(?:He|She|They|We|I|You)\b/u, (p) =>
        p === 'I' ? p : p.toLowerCase(),
      );
  }
  return '';
}

export const GIST_RULES: readonly MeasureRule[] = [
  {
    // "He was mayor of Tarn, a port town, over the following ten years": the time of the clause
    // the time phrase closes, read back over its asides.
    name: 'time-of-clause-before',
    example: {
      sentence:
        'He was mayor of Tarn, a port town, and Lund, the city that built the bridge, over the following ten years.',
      figure: 'ten years',
      measures: 'time he was mayor of Tarn',
    },
    apply: (ctx) => {
      if (ctx.category !== 'duration') return null;
      const time = CLOSING_TIME.exec(ctx.before);
      if (!time) return null;
      const clause = clauseBeforeTime(ctx.before.slice(0, time.index));
      const label = clause ? `time ${lowerArticle(clause)}` : '';
      return label && label.split(/\s+/u).length <= MAX_LABEL_WORDS ? label : null;
    },
  },
];

/** "was founded by", "were hired by": a passive verb whose agent is the figure (regular past only). */
const PASSIVE_BY =
  /(?:^|[,;:—–(]\s*)([^,;:—–()]*?)\s+(?:was|were|is|are|had been|has been|have been)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}{3,}ed)\s+by\s+(?:only\s+|just\s+)?$/u;
/** Most words of the passive's subject a label keeps (unit: words). */
const MAX_SUBJECT_WORDS = 4;

/** The rows for counted figures, run in `COUNTED_RULES` before the counted-in-clause rows. */
export const COUNTED_GIST_RULES: readonly MeasureRule[] = [
  {
    // "The bridge was built by 300 workers" reads "workers the bridge was built": the count is
    // the agent of the passive, said in the active ("workers who built the bridge").
    name: 'counted-passive-agent',
    example: {
      sentence: 'The old ferry was restored by 40 students in 1998.',
      figure: '40 students',
      measures: 'students who restored the old ferry in 1998',
    },
    apply: (ctx) => {
      const noun = ctx.countedNoun;
      const m = PASSIVE_BY.exec(ctx.before);
      const subject = m?.[1]?.trim() ?? '';
      const words = subject.split(/\s+/u);
      if (!noun || !m?.[2] || !subject || words.length > MAX_SUBJECT_WORDS) return null;
      if (
        words.some((w) => /\d/u.test(w) || /^(?:it|they|he|she|we|i|you|that|which|who)$/iu.test(w))
      )
        return null;
      const head = noun.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
      const person = [head, head.replace(/s$/u, '')].some(
        (h) => PERSON_NOUNS.has(h) || isRoleNoun(h),
      );
      const who = person ? 'who' : 'that';
      return `${noun} ${who} ${m[2]} ${lowerArticle(subject)}`;
    },
  },
];
