/*
 * Labels completed with their holder (`holder.ts`): a label that leaves out who or what its
 * clause is about gets it, in the form the label's grammar allows. The first row that answers
 * wins; a label that already names the holder, or would grow past MAX_LABEL_WORDS, stays.
 *
 * Evidence (2026-12-02, news-figures dev set): about one gold description in four names the
 * clause's subject the tool label left out, a third of them through "it", "she" or "the company".
 */
import type { Sentence } from '../../summary';
import type { AnnotatedDocument } from '../annotate';
import { EntityTracker } from '../coreference';
import { FUNCTION_WORDS, verbBase } from './grammar';
import { type Holder, holderOf, verbLike } from './holder';
import { MAX_LABEL_WORDS } from './label-words';

/** An invented story, the figure's value in it, and the `measures` it gets with the rule applied. */
export interface HolderExample {
  paragraphs: string[];
  figure: string;
  measures: string;
}

/** What a holder rule reads about one figure's label. */
export interface HolderContext {
  measures: string;
  holder: Holder;
  /** The figure's value as written ("900 passengers"). */
  value: string;
}

/** One completion: `apply` returns the label with its holder, or null to let the next row try. */
export interface HolderRule {
  name: string;
  example: HolderExample;
  apply(ctx: HolderContext): string | null;
}

/** A name's possessive: "Lima’s", "Corvane Foods’". */
const possessive = (name: string): string => (/s$/u.test(name) ? `${name}’` : `${name}’s`);

/** Verbs of having or being: the figure is the holder's own ("has 400 staff", "is 30th"). */
const HAVING = /^(?:has|have|had|owns?|owned|employs?|employed|counts?|counted|is|was|are|were)$/u;

/** Category heads a possessive reads well on ("Lima’s rank", "the port’s height"). */
const OWNED_CATEGORIES =
  /^(?:rank|age|height|length|weight|score|place|distance|speed|size|area)$/u;

/** The verb chain that ends a clause's words before its main word ("has been", "was"). */
const AUX_CHAIN =
  /(?:^|\s)((?:(?:has|have|had|is|was|were|are|will|would|could|can|should|may|might)\s+)?(?:been\s+|be\s+)?(?:has|have|had|is|was|were|are|been|be)?)\s+$/u;

/** The first finite verb of `between` ("made it and raised another" → "made"), lower-cased. */
function finiteVerbs(between: string): string[] {
  return (between.match(/\p{L}+/gu) ?? []).filter((w) => {
    const lower = w.toLowerCase();
    if (FUNCTION_WORDS.has(lower) && !HAVING.test(lower)) return false;
    return /^\p{Ll}+$/u.test(w) && (/(?:ed|s)$/u.test(w) || verbBase(w) !== null);
  });
}

export const HOLDER_RULES: readonly HolderRule[] = [
  {
    // "Tarn Ferries raised $4 million from a bank" → "amount raised from a bank" → the subject
    // goes in before the label's own verb, which the sentence writes right after it.
    name: 'holder-before-verb',
    example: {
      paragraphs: ['Tarn Ferries sold two old boats in May and raised $4 million from banks.'],
      figure: '$4 million',
      measures: 'amount Tarn Ferries raised from banks',
    },
    apply({ measures, holder }) {
      for (const verb of finiteVerbs(holder.between)) {
        if (HAVING.test(verb) || !/ed$/u.test(verb)) continue;
        const m = new RegExp(`^((?:\\p{Ll}[\\p{Ll}-]*\\s+){1,3})${verb}\\b`, 'u').exec(measures);
        if (!m?.[1] || /\b(?:by|of|who|that|which)\s+$/u.test(m[1])) continue;
        if (/\bby\b/u.test(measures.slice(m[0].length))) return null;
        return `${m[1]}${holder.name} ${measures.slice(m[1].length)}`;
      }
      return null;
    },
  },
  {
    // "The company now has 3,000 customers in Ohio" → "customers in Ohio": what the holder has
    // is its own, said with a possessive.
    name: 'holder-possessive',
    example: {
      paragraphs: ['Corvane Foods grew fast. The company now has 3,000 customers in Ohio.'],
      figure: '3,000 customers',
      measures: 'Corvane Foods’ customers in Ohio',
    },
    apply({ measures, holder }) {
      const verbs = finiteVerbs(holder.between);
      if (verbs.length !== 1 || !HAVING.test(verbs[0] ?? '')) return null;
      const first = /^\p{Ll}[\p{Ll}-]*/u.exec(measures)?.[0] ?? '';
      if (!first || FUNCTION_WORDS.has(first) || /(?:ed|ing)$/u.test(first)) return null;
      if (/^(?:amount|share|number|time|duration|count|total)$/u.test(first)) return null;
      return `${possessive(holder.name)} ${measures}`;
    },
  },
  {
    // "Last year she climbed to No. 4" → "rank": a rank, place, age or size is the holder's own.
    name: 'holder-of-category',
    example: {
      paragraphs: ['Rosa Pinto runs for the club. Last year she climbed to No. 4.'],
      figure: 'No. 4',
      measures: 'Pinto’s rank',
    },
    apply({ measures, holder }) {
      const [first = '', second = ''] = measures.split(/\s+/u);
      if (
        !OWNED_CATEGORIES.test(first) &&
        !(/^\p{Ll}+ing$/u.test(first) && OWNED_CATEGORIES.test(second))
      )
        return null;
      if (/\bof\b/u.test(measures)) return null;
      return `${possessive(holder.name)} ${measures}`;
    },
  },
  {
    // "Ana Lima, who was four months pregnant" → "time pregnant": the holder and the verb chain
    // the sentence writes before the label's word ("time Ana Lima was pregnant").
    name: 'holder-time-clause',
    example: {
      paragraphs: ['Ana Lima, who was four months pregnant, still ran the harbour board.'],
      figure: 'four months',
      measures: 'time Ana Lima was pregnant',
    },
    apply({ measures, holder }) {
      const m = /^(time|duration)\s+(\p{Ll}[\p{Ll}-]*)(.*)$/u.exec(measures);
      if (!m?.[2]) return null;
      const word = m[2];
      const at = holder.between.lastIndexOf(word);
      const lead = at >= 0 ? holder.between.slice(0, at) : `${holder.between} `;
      const aux = AUX_CHAIN.exec(lead)?.[1];
      if (!aux) return null;
      return `time ${holder.name} ${aux} ${word}${m[3] ?? ''}`;
    },
  },
  {
    // "…; Halden Lines, the leading ferry firm, lost 900 passengers on the night routes" →
    // "passengers on the night routes": a count right after its holder's verb is what the holder
    // did it to.
    name: 'holder-verb-object',
    example: {
      paragraphs: [
        'Fares rose; Halden Lines, the leading ferry firm, lost 900 passengers on the night routes.',
      ],
      figure: '900 passengers',
      measures: 'passengers Halden Lines lost on the night routes',
    },
    apply({ measures, holder, value }) {
      const verbs = holder.between.split(/\s+/u);
      const verb = verbs.at(-1) ?? '';
      if (verbs.length > 2 || HAVING.test(verb) || !/^\p{Ll}+$/u.test(verb) || !verbLike(verb))
        return null;
      if (
        verbs.length === 2 &&
        !/^(?:has|have|had|also|then|now|already|just|still)$/u.test(verbs[0] ?? '')
      )
        return null;
      // The label opens on the counted noun the value ends with ("900 passengers" → "passengers").
      const noun = /(\p{L}[\p{L}-]*)$/u.exec(value)?.[1] ?? '';
      if (!noun || !measures.startsWith(noun) || /\bby\b/u.test(measures)) return null;
      return `${noun} ${holder.name} ${holder.between}${measures.slice(noun.length)}`;
    },
  },
];

/** Whether a label already names the holder (any of its words, possessive or not). */
function names(measures: string, holder: Holder): boolean {
  const said = measures.toLowerCase();
  return holder.name
    .split(/\s+/u)
    .some(
      (w) =>
        w.length > 1 &&
        !FUNCTION_WORDS.has(w.toLowerCase()) &&
        new RegExp(`(?<!\\p{L})${w.toLowerCase()}`, 'u').test(said),
    );
}

/**
 * A label-completer for one story: the figure's label with its holder added by the first row
 * of HOLDER_RULES that answers, and the row's name ("" when none did).
 */
export function holderCompleter(
  doc: AnnotatedDocument,
): (
  measures: string,
  sentence: Sentence,
  start: number,
  value?: string,
) => { measures: string; rule: string } {
  let tracker: EntityTracker | null = null;
  const track = (): EntityTracker => {
    tracker ??= new EntityTracker(doc);
    return tracker;
  };
  return (measures, sentence, start, value = '') => {
    const holder = holderOf(doc, sentence, start, track);
    if (!holder || names(measures, holder)) return { measures, rule: '' };
    for (const rule of HOLDER_RULES) {
      const out = rule.apply({ measures, holder, value });
      if (out && out.split(/\s+/u).length <= MAX_LABEL_WORDS)
        return { measures: out, rule: rule.name };
    }
    return { measures, rule: '' };
  };
}
