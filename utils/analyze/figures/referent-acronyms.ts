/*
 * Labels that spell out an acronym the story spelled out before: a label built from the figure's
 * sentence keeps the sentence's short form ("weekly boost in FSP"), which a reader who skimmed
 * the story may not know; the story wrote the words before, either with the short form in
 * parentheses ("the Ferry Support Programme (FSP)") or as plain words whose initials spell it
 * ("ferry support payments … the FSP"). The label takes those words ("weekly boost in ferry
 * support payments").
 *
 * Decision: acronyms every reader knows (KNOWN) stay, and plain words only count when they are
 * lower-case: capitalized words whose initials happen to spell the short form may be another
 * name ("Time Warner" for "TV").
 */
import type { Sentence } from '../../summary';
import { FUNCTION_WORDS } from './grammar';
import { escapeRegExp } from './organisation-cues';

/** An invented story, the figure's value in it, and the `measures` it gets with the rule applied. */
export interface AcronymExample {
  paragraphs: string[];
  figure: string;
  measures: string;
}

/** What an acronym rule reads: the short form in the label and the story's text before the figure. */
export interface AcronymContext {
  acronym: string;
  /** The story's sentences before the figure's, and the figure's own up to the figure. */
  before: string;
}

/** One reading of an acronym: `apply` returns the words it stands for, or null. */
export interface AcronymRule {
  name: string;
  example: AcronymExample;
  apply(ctx: AcronymContext): string | null;
}

/** Short forms a reader knows better than their words (a country, a unit of news copy). */
const KNOWN = new Set(
  `US USA UK EU UN NATO TV CEO CFO GDP AI IT PC IPO NFL NBA FBI CIA NASA BBC CNN AP DNA HIV AIDS
  COVID NHS MP MPS OK PM AM VAT ID`.split(/\s+/u),
);

/** Most words the spelled-out form may add to a label (unit: words). */
const MAX_LABEL_WORDS = 12;

/** The words before "(ACR)" whose initials spell it ("Ferry Support Programme (FSP)"). */
function definedBefore(acronym: string, before: string): string | null {
  const re = new RegExp(`((?:[\\p{L}-]+\\s+){1,8})\\(${escapeRegExp(acronym)}\\)`, 'gu');
  let found: string | null = null;
  for (const m of before.matchAll(re)) {
    const words = (m[1] ?? '').trim().split(/\s+/u);
    const spelled = spelledBy(acronym, words, true);
    if (spelled) found = spelled;
  }
  return found;
}

/**
 * The last words of `words` whose initials spell `acronym`, one word a letter; `skipSmall` lets
 * "of" and "and" sit between them ("Bank of Halden" for "BH").
 */
function spelledBy(acronym: string, words: string[], skipSmall: boolean): string | null {
  const letters = acronym.toLowerCase();
  let i = letters.length - 1;
  let from = words.length;
  for (let w = words.length - 1; w >= 0 && i >= 0; w--) {
    const word = words[w] ?? '';
    if (skipSmall && i < letters.length - 1 && /^(?:of|and|for|the|&)$/iu.test(word)) continue;
    if (word[0]?.toLowerCase() !== letters[i]) return null;
    i--;
    from = w;
  }
  return i < 0 ? words.slice(from).join(' ') : null;
}

export const ACRONYM_RULES: readonly AcronymRule[] = [
  {
    name: 'acronym-defined',
    example: {
      paragraphs: [
        'The Ferry Support Programme (FSP) pays island households. The FSP paid £300 a month in May.',
      ],
      figure: '£300 a month',
      measures: 'amount the Ferry Support Programme paid in May',
    },
    apply: ({ acronym, before }) => definedBefore(acronym, before),
  },
  {
    name: 'acronym-spelled-before',
    example: {
      paragraphs: [
        'Islanders say ferry support payments ran out on Friday. The weekly £40 boost in FSP ended.',
      ],
      figure: '£40',
      measures: 'weekly boost in ferry support payments',
    },
    apply({ acronym, before }) {
      const words = before.match(/[\p{L}-]+/gu) ?? [];
      // The nearest run of lower-case words, none a function word, whose initials spell it.
      for (let end = words.length; end >= acronym.length; end--) {
        const run = words.slice(end - acronym.length, end);
        if (!run.every((w) => /^\p{Ll}[\p{Ll}-]+$/u.test(w) && !FUNCTION_WORDS.has(w))) continue;
        const spelled = spelledBy(acronym, run, false);
        if (spelled) return spelled;
      }
      return null;
    },
  },
];

/** A short form in a label: two to five capitals, standing alone ("FSP", "FSP’s"). */
const ACRONYM = /(?<![\p{L}\p{N}-])(\p{Lu}{2,5})(?![\p{L}\p{N}-])/gu;

/**
 * The label with each acronym the story spelled out before written in full, and the names of
 * the rows that did it ("" when none did).
 */
export function spellOutAcronyms(
  measures: string,
  sentences: readonly Sentence[],
  sentence: Sentence,
  start: number,
): { measures: string; rule: string } {
  if (!/\p{Lu}{2}/u.test(measures)) return { measures, rule: '' };
  let before: string | null = null;
  let out = measures;
  const names: string[] = [];
  for (const m of measures.matchAll(ACRONYM)) {
    const acronym = m[1] ?? '';
    if (KNOWN.has(acronym)) continue;
    before ??= [
      ...sentences.slice(0, sentence.index).map((s) => s.text),
      sentence.text.slice(0, start),
    ].join(' ');
    for (const rule of ACRONYM_RULES) {
      const words = rule.apply({ acronym, before });
      if (!words) continue;
      const next = out.replace(new RegExp(`(?<![\\p{L}-])${acronym}(?![\\p{L}-])`, 'u'), words);
      if (next.split(/\s+/u).length <= MAX_LABEL_WORDS) {
        out = next;
        names.push(rule.name);
      }
      break;
    }
  }
  return { measures: out, rule: names.join('+') };
}
