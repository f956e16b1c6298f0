/**
 * Subject phrases `findAgent` (agent.ts) reads when the words right before a verb are no plain
 * noun phrase: a contact relative clause ("the appraiser they use"), an aside between commas,
 * dashes or parentheses ("a payments company, Stripe, raised"), a relative pronoun's head ("a
 * post that drew").
 */
import { PREPOSITIONS } from '../lexicon';
import { MONTH_NAMES, WEEKDAYS } from '../lexicon/time';
import { FUNCTION_WORDS, isDeterminer, phraseBefore, verbBase, type Word } from './grammar';

/** Words that open a plural noun phrase ("many tills", "most banks"). */
const QUANTIFIER = /^(?:many|most|some|several|few|all|other|both)$/iu;
/** Prepositions the lexicon leaves out that may open the phrase ("unlike older tills"). */
const OPENER = /^(?:unlike|like|despite|besides|amid|among|including|versus|than)$/iu;

/** Calendar words: "on Tuesday, which …" stands for no name. */
const CALENDAR = new Set([...MONTH_NAMES, ...WEEKDAYS]);

const SUBJECT_PRONOUN = /^(?:they|we|he|she|i|you)$/iu;

/**
 * "the appraiser they use covers three counties": a subject with a contact relative clause
 * (pronoun and verb) is the noun before the pronoun; "" when the subject has none.
 */
export function contactHead(words: readonly Word[], j: number): string {
  if (!SUBJECT_PRONOUN.test(words[j - 1]?.text ?? '') || !/^\p{Ll}+$/u.test(words[j]?.text ?? ''))
    return '';
  return phraseBefore(words.slice(0, j - 1) as Word[]);
}

/** Most words of an aside between commas that a subject may stand before (unit: words). */
const MAX_ASIDE_WORDS = 3;

/** The phrase between dashes or parentheses that ends at `j` ("the firms — Acme and Zenith — agreed" → "Acme and Zenith"). */
export function appositive(words: readonly Word[], j: number): string {
  const close = words[j]?.text ?? '';
  // "One retired nurse, 71, lost": the phrase before a short aside between commas.
  if (close === ',') {
    for (let k = j - 1; k >= Math.max(0, j - MAX_ASIDE_WORDS - 1); k--) {
      if (words[k]?.text !== ',') continue;
      // "a payments company, Stripe, raised": a name between the commas is the subject.
      const aside = words.slice(k + 1, j).map((w) => w.text);
      if (aside.length > 0 && aside.every((w) => /^\p{Lu}/u.test(w))) return aside.join(' ');
      return phraseBefore(words.slice(0, k) as Word[]);
    }
    return '';
  }
  if (!/^[—–)]$/u.test(close)) return '';
  const open = close === ')' ? '(' : close;
  for (let k = j - 1; k >= 0; k--) {
    if (words[k]?.text === open) return phraseBefore(words.slice(k + 1, j) as Word[]);
  }
  return '';
}

/** Most words of an aside that renames a name ("another state held by the party") (unit: words). */
const MAX_RENAMING_WORDS = 8;

/**
 * "Kent, another county held by the party, which": a relative pronoun after an aside that renames
 * a name (opened by "another", "a", "an", "one") stands for the name; "" when there is none.
 */
function renamedByAside(words: readonly Word[], comma: number): string {
  for (let k = comma - 1; k >= Math.max(0, comma - MAX_RENAMING_WORDS - 1); k--) {
    if (words[k]?.text !== ',') continue;
    if (!/^(?:another|a|an|one)$/iu.test(words[k + 1]?.text ?? '')) return '';
    const name: string[] = [];
    for (let n = k - 1; n >= 0; n--) {
      const w = words[n]?.text ?? '';
      if (!/^\p{Lu}/u.test(w) || isDeterminer(w) || CALENDAR.has(w.toLowerCase())) break;
      name.unshift(w);
    }
    return name.join(' ');
  }
  return '';
}

/** "a post that drew 3,000 replies": a relative pronoun's subject is the noun phrase before it, else "". */
export function relativeHead(words: readonly Word[], j: number): string {
  if (!/^(?:that|which|who)$/iu.test(words[j]?.text ?? '')) return '';
  // "The Tarn Greens, which had polled …", "Lima, who earned …": after a comma the pronoun
  // stands for the name before it (not for a clause: "sales rose, which …").
  if (words[j - 1]?.text === ',') {
    const renamed = renamedByAside(words, j - 1);
    if (renamed) return renamed;
    const name: string[] = [];
    for (let k = j - 2; k >= 0; k--) {
      const w = words[k]?.text ?? '';
      if (!/^\p{Lu}/u.test(w) || isDeterminer(w) || CALENDAR.has(w.toLowerCase())) break;
      name.unshift(w);
    }
    // "unlike older tills, which take a minute to start": a plural common noun before the comma
    // is what the pronoun stands for ("sales rose, which …" ends on a verb, no noun).
    const last = words[j - 2]?.text ?? '';
    if (name.length === 0 && /^\p{Ll}{3,}s$/u.test(last) && !/(?:ss|us|is)$/u.test(last)) {
      const before = words[j - 3]?.text ?? '';
      if (!verbBase(last) || isDeterminer(before) || QUANTIFIER.test(before))
        return phraseBefore(words.slice(0, j - 1) as Word[])
          .split(' ')
          .filter((w, k) => k > 0 || !(PREPOSITIONS.has(w.toLowerCase()) || OPENER.test(w)))
          .join(' ');
    }
    // "unlike tram-ticket spending, which", "a level of ferry spending, which": a singular noun
    // phrase that a determiner, "of" or a preposition opens is what the pronoun stands for.
    if (name.length === 0) {
      const open = [j - 3, j - 4, j - 5].find((k) => {
        const w = words[k]?.text ?? '';
        return isDeterminer(w) || /^of$/iu.test(w) || OPENER.test(w);
      });
      const phrase = open === undefined ? [] : words.slice(open + 1, j - 1).map((w) => w.text);
      const head = phrase.at(-1) ?? '';
      const compound = /ing$/u.test(head) && /^\p{Ll}+(?:-\p{Ll}+)*$/u.test(phrase.at(-2) ?? '');
      if (
        /^\p{Ll}{3,}$/u.test(head) &&
        !/ed$/u.test(head) &&
        (compound || !verbBase(head)) &&
        phrase.every((w) => /^[\p{L}.-]+$/u.test(w) && !FUNCTION_WORDS.has(w.toLowerCase()))
      )
        return phrase.join(' ');
    }
    return name.join(' ');
  }
  // "a post that", "the new fund that": a determiner opens the noun phrase; "said that",
  // "so that" leave no noun to name.
  const opened = [j - 2, j - 3].find(
    (k) =>
      isDeterminer(words[k]?.text ?? '') &&
      words
        .slice(k + 1, j)
        .every(
          (w) => /^\p{L}[\p{L}-]*$/u.test(w.text) && !FUNCTION_WORDS.has(w.text.toLowerCase()),
        ),
  );
  return opened !== undefined ? phraseBefore(words.slice(opened, j) as Word[]) : '';
}
