/**
 * Names the story writes that are no one's though they look like a person's ("Soon Lima", "Tarn
 * Light & Power", "Corvane Toolbar"): rows read how the story writes each name, and the people
 * index (annotate.ts) drops them or keeps the name they stand for.
 */
import { isNameLikeStopword } from './name-like';
import type { NameMention } from './names';

/** What a not-a-person row reads about one name of two words or more. */
export interface NameUse {
  /** The name's first word and the words after it ("Soon", "Lima"). */
  first: string;
  rest: string;
  /** Whether every mention opens its text (a sentence's first words). */
  opensOnly: boolean;
  /** Whether a mention runs on into "&" and a capitalized word ("Tarn Light & Power"). */
  beforeAmpersand: boolean;
  /**
   * Whether the story writes `word` alone, capitalized, inside a text (no capitalized word right
   * before or after it, not opening the text), before the name's first mention (`earlier`) or
   * anywhere.
   */
  alone(word: string, earlier: boolean): boolean;
  /** Whether the story writes `word` in lower case somewhere ("soon"). */
  lowercase(word: string): boolean;
}

/** One row: what the name stands for ("Lima", or "" for no one), or null when it may be a person. */
export interface NotPersonRule {
  name: string;
  example: { paragraphs: string[]; name: string; standsFor: string };
  apply(use: NameUse): string | null;
}

/**
 * Names that are no one's, read from how the story writes them. Evidence (news-figures dev set):
 * an opening adverb run into a company's name ("Early <Company>") took a profile's pronouns from
 * its main person, a firm "<Surname> Electric Light & ..." took a person's, and a product
 * "<Company> Toolbar" turned the company into a first name that labels completed.
 */
export const NOT_PERSON_RULES: readonly NotPersonRule[] = [
  {
    name: 'firm-before-ampersand',
    example: {
      paragraphs: ['Ana Lima founded Tarn Light & Power in 1990.', 'Tarn Light grew fast.'],
      name: 'Tarn Light',
      standsFor: '',
    },
    apply: (use) => (use.beforeAmpersand ? '' : null),
  },
  {
    // Decision: a word the story wrote alone before is a name of its own, so the longer name is
    // a thing named after it; a person's first name is not written alone before the full name.
    name: 'named-after-earlier-word',
    example: {
      paragraphs: ['Shares in Corvane rose in May.', 'Its engineers built Corvane Toolbar.'],
      name: 'Corvane Toolbar',
      standsFor: '',
    },
    apply: (use) => (use.alone(use.first, true) ? '' : null),
  },
  {
    // Decision: only when the rest is also written alone ("Lima said"), so "New York" at a
    // sentence's start stays what it is; never a word that is also a given name ("Will Doyle
    // said…" opening a sentence stays Will Doyle, though the story writes "will" and "Doyle").
    name: 'opening-word-run-into-name',
    example: {
      paragraphs: ['Soon Lima had 40 stores.', 'The chain said Lima would soon open more.'],
      name: 'Soon Lima',
      standsFor: 'Lima',
    },
    apply: (use) =>
      use.opensOnly &&
      !isNameLikeStopword(use.first) &&
      use.lowercase(use.first) &&
      use.alone(use.rest, false)
        ? use.rest
        : null,
  },
];

/**
 * Names that are no one's (NOT_PERSON_RULES, first row that answers), each with the name it
 * stands for: the words after an opening word ("Lima"), or "" for no one.
 */
export function notPersonNames(
  mentionsByText: NameMention[][],
  texts: string[],
): Map<string, string> {
  const opens = new Map<string, boolean>();
  const ampersand = new Set<string>();
  const firstAt = new Map<string, number>();
  // The story as one string, each text on its own line, so "alone" is one search per word.
  const starts: number[] = [];
  let story = '';
  for (const text of texts) {
    starts.push(story.length);
    story += `${text}\n`;
  }
  for (const [t, mentions] of mentionsByText.entries()) {
    const text = texts[t] ?? '';
    for (const m of mentions) {
      if (!m.name.includes(' ')) continue;
      if (/^\s*&\s+\p{Lu}/u.test(text.slice(m.end))) ampersand.add(m.name);
      opens.set(m.name, (opens.get(m.name) ?? true) && m.start === 0);
      if (!firstAt.has(m.name)) firstAt.set(m.name, (starts[t] ?? 0) + m.start);
    }
  }
  let lowercase: Set<string> | null = null;
  const out = new Map<string, string>();
  for (const [name, at] of firstAt) {
    const [first = '', ...words] = name.split(' ');
    const rest = words.join(' ');
    if (!/^\p{Lu}\p{L}+$/u.test(first) || /[^\p{L}\s]/u.test(rest)) continue;
    const use: NameUse = {
      first,
      rest,
      opensOnly: opens.get(name) === true,
      beforeAmpersand: ampersand.has(name),
      alone(word, earlier) {
        // No capitalized word right before or after it ("Tarn’s", not "Ana Tarn" or "Tarn Lima").
        const re = new RegExp(
          `(?<=[^\\n])(?<!\\p{Lu}[\\p{L}’'.-]*\\s+|[\\p{L}’'-])${escapeWord(word)}(?![\\p{L}-])(?![’']?s?\\s+\\p{Lu})`,
          'u',
        );
        return re.test(earlier ? story.slice(0, at) : story);
      },
      lowercase(word) {
        lowercase ??= new Set(story.match(/(?<![\p{L}’'-])\p{Ll}+(?!\p{L})/gu) ?? []);
        return lowercase.has(word.toLowerCase());
      },
    };
    for (const rule of NOT_PERSON_RULES) {
      const standsFor = rule.apply(use);
      if (standsFor === null) continue;
      out.set(name, standsFor);
      break;
    }
  }
  return out;
}

const escapeWord = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
