/*
 * Where a figure is for, when its sentence names the place right after the words its label ends
 * on ("almost ten years of patrols at sea in Skye and Mull" → "duration of patrols at sea in Skye
 * and Mull"). The label's rows cut their phrase before a preposition; a named place
 * after it is what readers add ("attendance at the home opener in Leeds"). Runs before the when
 * rows (`when-rules.ts`), so a time still follows the place.
 */
import type { Figure, Sentence } from '../../summary';
import { MONTH_NAMES, WEEKDAYS } from '../lexicon/time';
import { FUNCTION_WORDS } from './grammar';
import { MAX_LABEL_WORDS } from './label-words';

/** What a where rule reads about one figure. */
export interface WhereContext {
  measures: string;
  sentence: string;
  /** Where the figure starts in its sentence. */
  start: number;
}

/** One addition: `apply` returns the place phrase to append, or null. */
export interface WhereRule {
  name: string;
  example: { sentence: string; figure: string; measures: string };
  apply(ctx: WhereContext): string | null;
}

/** Most capitalised words of a place name ("Northern Arabian Sea") (unit: words). */
const MAX_PLACE_WORDS = 4;
const NAME_WORD = String.raw`\p{Lu}[\p{L}’'.-]*`;
/** "in Skye and Mull", "at the Port of Leith": a preposition of place and a name. */
const PLACE_AFTER = new RegExp(
  String.raw`^\s+(in|at)\s+(?:the\s+)?(${NAME_WORD}(?:\s+(?:(?:and|of)\s+)?${NAME_WORD}){0,${MAX_PLACE_WORDS - 1}})`,
  'u',
);
/** Names that are times, not places ("in March", "on Monday"). */
const TIME_NAME = new Set([...MONTH_NAMES, ...WEEKDAYS]);

/** Where the label's last word is written in the sentence: first after the figure, else last before it. */
function lastWordEnd(sentence: string, word: string, start: number): number {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const ends = [
    ...sentence.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu')),
  ].map((m) => m.index + m[0].length);
  return ends.find((e) => e > start) ?? ends.filter((e) => e <= start).at(-1) ?? -1;
}

export const WHERE_RULES: readonly WhereRule[] = [
  {
    name: 'place-after-label',
    example: {
      sentence: 'After almost ten years of patrols at sea in Skye and Mull, the crews rested.',
      figure: 'almost ten years',
      measures: 'duration of patrols at sea in Skye and Mull',
    },
    apply: ({ measures, sentence, start }) => {
      const word = measures.split(/\s+/u).at(-1) ?? '';
      if (!/^\p{L}/u.test(word)) return null;
      const end = lastWordEnd(sentence, word, start);
      if (end < 0) return null;
      const m = PLACE_AFTER.exec(sentence.slice(end));
      if (!m?.[1] || !m[2]) return null;
      // "U.S." keeps its periods; "Mull." ends the sentence.
      const name = /\..*\.$/u.test(m[2]) ? m[2] : m[2].replace(/[.’']+$/u, '');
      const first = (name.split(/\s+/u)[0] ?? '').toLowerCase();
      if (TIME_NAME.has(first) || measures.includes(name) || /[’']s\b/u.test(name)) return null;
      // "at Palo Alto headquarters": a name that modifies a noun after it is no place.
      const next = /^\s+(\p{Ll}+)/u.exec(sentence.slice(end + m[0].length))?.[1] ?? '';
      if (next && !FUNCTION_WORDS.has(next)) return null;
      return `${m[1]} ${name}`;
    },
  },
];

/** Appends the place the first row finds to each figure's label, within MAX_LABEL_WORDS. */
export function addWhere(
  located: { figure: Figure; rule: string; start: number }[],
  sentences: Sentence[],
): void {
  for (const t of located) {
    const sentence = sentences[t.figure.sentence]?.text;
    const { measures } = t.figure;
    // A bare category stays bare.
    if (!sentence || !/\s/u.test(measures)) continue;
    for (const row of WHERE_RULES) {
      const where = row.apply({ measures, sentence, start: t.start });
      if (!where) continue;
      const label = `${measures} ${where}`;
      if (label.split(/\s+/u).length <= MAX_LABEL_WORDS) {
        t.figure.measures = label;
        t.rule = `${t.rule}+${row.name}`;
      }
      break;
    }
  }
}
