/**
 * Speaker coverage rows for a surname that is also a common word (issue 11, missing speakers):
 * "Nia Will, a party strategist" is later "“…,” Will said" or "Will agreed that …"; the name
 * finder leaves a capitalized common word alone, so those quotes had no speaker. The surname
 * speaks when the story wrote it out after one first name that is no word of the story ("Nia"). Composed into `COVERAGE_RULES` (./coverage.ts); each row has its own
 * invented example.
 */
import { maskQuotations } from '../attribution';
import { CAPITALIZED_STOPWORDS, SENTENCE_STARTERS, SPEECH_VERBS } from '../lexicon';
import type { SpeakerAttribution, SpeakerContext } from './context';
import { namedSpeaker } from './phrase';
import type { SpeakerRule } from './rules';
import { usedInLowercase } from './story-words';

const fullNames = new WeakMap<object, Map<string, string | null>>();

/**
 * The full name the story writes out for a capitalized word ("Will" → "Nia Will"): the one first
 * name, capitalized, never a sentence starter nor used in lowercase, written right before it
 * somewhere in the story; null when none or several.
 */
function fullNameFor(ctx: SpeakerContext, word: string): string | null {
  let names = fullNames.get(ctx.doc);
  if (!names) {
    names = new Map();
    fullNames.set(ctx.doc, names);
  }
  const known = names.get(word);
  if (known !== undefined) return known;
  const pair = new RegExp(`(?<![\\p{L}’'.-])(\\p{Lu}\\p{Ll}+)\\s+${word}(?=[\\s,;(])`, 'gu');
  const firsts = new Set<string>();
  for (const s of ctx.doc.sentences) {
    for (const m of maskQuotations(s.text).matchAll(pair)) {
      const first = m[1] ?? '';
      if (!SENTENCE_STARTERS.has(first.toLowerCase()) && !usedInLowercase(ctx, first))
        firsts.add(first);
    }
  }
  const found = firsts.size === 1 ? `${[...firsts][0]} ${word}` : null;
  names.set(word, found);
  return found;
}

/** The speaker a capitalized common word names, or null. */
function surnameSpeaker(ctx: SpeakerContext, word: string | undefined): SpeakerAttribution | null {
  if (!word) return null;
  const full = fullNameFor(ctx, word);
  return full ? namedSpeaker(ctx, full, null) : null;
}

/** "…,” Will said." / "…,” Will also wrote": the word and a speech verb right after the quote. */
const SURNAME_AFTER = /^[\s,]*(\p{Lu}\p{Ll}+)\s+(?:also\s+|then\s+)?(\p{Ll}+)\b/u;
/** "From agreed that …“", "In Leeds, From landed a dig at “": the word opening the quote's clause. */
const SURNAME_LEAD = /(?:^|,\s+)(\p{Lu}\p{Ll}+)\s+\p{Ll}+(?:ed|s)\b[^,;:]*$/u;

/**
 * "…,” Will said": tried right after the closing-mark row (./rules.ts), so a capitalized group
 * word opening the quote's clause ("Many Americans saw the party as “…,” From said") is not
 * taken for the speaker first.
 */
export const SURNAME_AFTER_RULE: SpeakerRule = {
  name: 'a common-word surname with its speech verb after the quote',
  example: {
    paragraphs: [
      'Nia Will, a party strategist, spoke on Monday.',
      '“The harbour changed when the slump came,” Will said.',
    ],
    speaker: 'Nia Will',
  },
  apply: (ctx, site) => {
    if (site.span.pieces.length > 0 || !/[,?!—–-]$/u.test(site.span.text)) return null;
    const m = SURNAME_AFTER.exec(maskQuotations(site.after));
    const word = m?.[1] ?? '';
    // Only a word the name finder leaves alone ("From", "Will"); a plain surname is read elsewhere.
    const common = CAPITALIZED_STOPWORDS.has(word.toLowerCase()) || usedInLowercase(ctx, word);
    return m && common && SPEECH_VERBS.has(m[2] ?? '') ? surnameSpeaker(ctx, word) : null;
  },
};

/** Coverage rows for a surname that is also a common word, in the order `COVERAGE_RULES` tries them. */
export const SURNAME_COVERAGE_RULES: SpeakerRule[] = [
  {
    name: 'a common-word surname opening the clause of the quote',
    example: {
      paragraphs: [
        'Dara From, a pastor, spoke on Monday.',
        'Standing in for Berg at the town hall, From aimed a jab at “our old friend Ana.”',
      ],
      speaker: 'Dara From',
    },
    apply: (ctx, site) => surnameSpeaker(ctx, SURNAME_LEAD.exec(maskQuotations(site.lead))?.[1]),
  },
];
