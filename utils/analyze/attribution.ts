/**
 * Attribution of a sentence: the phrase that says who the sentence relies on.
 * Decision: the result is always a verbatim substring of the sentence, so the UI can highlight
 * it; it names the source as written ("according to two officials", "Kremlin spokesperson
 * Dmitry Peskov told Reuters"), without normalizing names (speakers.ts does that for quotes).
 */
import { CAPITALIZED_STOPWORDS, isNameWord, isRoleNoun, SPEECH_VERBS } from './names';

/** Most words in a source noun phrase before its reporting verb ("A senior official with insight into high-level Kremlin discussions" = 9). */
const MAX_SOURCE_WORDS = 10;

/** Most words after "according to" / "as reported by" before the phrase is cut. */
const MAX_ACCORDING_WORDS = 12;

/** Nouns that make a phrase a source even without a name ("two officials", "three of the sources"). */
export const SOURCE_NOUNS = new Set([
  'source',
  'sources',
  'official',
  'officials',
  'insider',
  'insiders',
  'person',
  'people',
  'diplomat',
  'diplomats',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'analyst',
  'analysts',
  'expert',
  'experts',
  'aide',
  'aides',
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'executive',
  'executives',
  'witness',
  'witnesses',
  'investigator',
  'investigators',
  'police',
  'prosecutors',
  'prosecutor',
  'lawyer',
  'lawyers',
  'spokespeople',
  'representative',
  'representatives',
  'residents',
  'resident',
  'researchers',
  'researcher',
  'scientists',
  'economists',
  'economist',
  'traders',
  'bankers',
  'ministry',
  'government',
  'company',
  'statement',
  'report',
  'data',
  'survey',
  'study',
  'documents',
  'document',
  'filing',
  'filings',
  'draft',
  'estimates',
  'figures',
  'agency',
  'department',
  'office',
  'court',
  'officer',
  'officers',
  'leaders',
  'leader',
  'employees',
  'staff',
  'members',
  'member',
  'participants',
  'organizers',
  'authorities',
  'military',
  'army',
]);

/** Everyday nouns for people who may speak in a story without a name ("her son said"). */
export const PERSON_NOUNS = new Set([
  'son',
  'daughter',
  'wife',
  'husband',
  'mother',
  'father',
  'brother',
  'sister',
  'friend',
  'friends',
  'neighbour',
  'neighbor',
  'neighbours',
  'neighbors',
  'witness',
  'victim',
  'victims',
  'commuter',
  'commuters',
  'fan',
  'fans',
  'student',
  'students',
  'resident',
  'residents',
  'passenger',
  'passengers',
  'driver',
  'worker',
  'workers',
  'parent',
  'parents',
  'voter',
  'voters',
  'shopper',
  'shoppers',
  'customer',
  'customers',
  'man',
  'woman',
  'relative',
]);

/** Words that end a source noun phrase when walking back from its verb. */
const PHRASE_BREAKERS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'while',
  'when',
  'if',
  'because',
  'but',
  'although',
  'though',
  'as',
  'since',
  'after',
  'before',
  'than',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'will',
  'would',
  'could',
  'should',
  'can',
  'may',
  'might',
  'must',
  'not',
  'it',
  'this',
]);

/** Auxiliaries and adverbs that may sit between a subject and its verb ("have publicly remarked"). */
const VERB_FILLERS =
  /^(?:has|have|had|also|previously|publicly|later|earlier|privately|separately|repeatedly|once|again|recently|then|reportedly|initially|further|on|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Pronouns accepted as a subject ("he said"): the sentence is attributed, if vaguely. */
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

interface Word {
  text: string;
  start: number;
  end: number;
}

const words = (text: string): Word[] =>
  [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.\-%]*/gu)].map((m) => ({
    text: m[0].replace(/\.$/, (dot) => (/^(?:\p{L}\.)+$/u.test(m[0]) ? dot : '')),
    start: m.index,
    end: m.index + m[0].replace(/\.$/, (dot) => (/^(?:\p{L}\.)+$/u.test(m[0]) ? dot : '')).length,
  }));

/** Cuts an "according to ..." tail at the first clause boundary. */
function cutPhrase(text: string, start: number, from: number): { start: number; end: number } {
  const rest = text.slice(from);
  const stop = /[,;:.!?—–()“”"]|\s(?:who|which|that|and said|while|but)\s/u.exec(rest);
  let end = from + (stop ? stop.index : rest.length);
  const tail = words(text.slice(from, end));
  const limit = tail[MAX_ACCORDING_WORDS - 1];
  if (tail.length > MAX_ACCORDING_WORDS && limit) end = from + limit.end;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** Whether a subject phrase can be a source: a source noun, a name, or a pronoun. */
function isSourcePhrase(phrase: Word[]): boolean {
  if (phrase.length === 0) return false;
  const first = phrase[0];
  if (phrase.length === 1 && first && PRONOUNS.has(first.text.toLowerCase())) return true;
  return phrase.some(
    (w) =>
      SOURCE_NOUNS.has(w.text.toLowerCase()) ||
      PERSON_NOUNS.has(w.text.toLowerCase()) ||
      isRoleNoun(w.text) ||
      (isNameWord(w.text) && !CAPITALIZED_STOPWORDS.has(w.text.toLowerCase())),
  );
}

/** The subject phrase ending before word `v` (the reporting verb), or null. */
function subjectBefore(
  text: string,
  ws: Word[],
  v: number,
): { start: number; end?: number } | null {
  let end = v;
  while (end - 1 >= 0 && VERB_FILLERS.test(ws[end - 1]?.text ?? '')) end--;
  const verbStart = ws[end]?.start ?? 0;
  // Appositive: "Dimitri Simes, who emigrated ..., remarked" → the phrase before ", who".
  const before = text.slice(0, verbStart);
  if (/,\s*$/u.test(before)) {
    // "Dimitri Simes, who emigrated ..., remarked": the subject is before the relative clause.
    const open = before.search(/,\s+(?:who|which|whose|a|an|the)\s[^,]*(?:,[^,]*)?,\s*$/u);
    if (open >= 0) {
      const inner = ws.filter((w) => w.end <= open);
      const subject = subjectBefore(
        text,
        [...inner, { text: 'said', start: open, end: open }],
        inner.length,
      );
      return subject ? { start: subject.start, end: open } : null;
    }
    // "Trump’s communications director, Steven Cheung, informed": a name between commas.
    const named = /(?:^|[,;:]\s*)([^,;:]+),\s+([^,]+),\s*$/u.exec(before);
    if (named?.[1] && named[2]) {
      const nameWords = words(named[2]);
      if (nameWords.length > 0 && nameWords.every((w) => isNameWord(w.text))) {
        const whole = named.index + named[0].indexOf(named[1]);
        const roleWords = words(named[1]);
        const roleIsOpening = /^\s*$/u.test(text.slice(0, whole));
        return {
          start:
            roleIsOpening && roleWords.length <= MAX_SOURCE_WORDS
              ? whole
              : whole + named[1].length + 2,
        };
      }
    }
    return null;
  }
  let from = end;
  while (from - 1 >= 0 && end - (from - 1) <= MAX_SOURCE_WORDS) {
    const w = ws[from - 1];
    const next = ws[from];
    if (!w) break;
    const gap = text.slice(w.end, next ? next.start : verbStart);
    if (/[,;:.!?()“”"—–]/u.test(gap) && from !== end) break;
    if (/[,;:.!?()“”"—–]/u.test(gap) && from === end) break;
    if (PHRASE_BREAKERS.has(w.text.toLowerCase())) break;
    from--;
  }
  const phrase = ws.slice(from, end);
  if (!isSourcePhrase(phrase)) return null;
  const first = phrase[0];
  return first ? { start: first.start } : null;
}

/** Blanks out double-quoted spans (same length), so words inside a quotation are not attribution. */
export function maskQuotations(text: string): string {
  return text.replace(/“[^”]*(?:”|$)|"[^"]*(?:"|$)|«[^»]*(?:»|$)/gu, (m) => ' '.repeat(m.length));
}

/** Finds the attribution phrase of a sentence, verbatim ("according to two officials"), or null. */
export function findAttribution(sentence: string): string | null {
  const text = maskQuotations(sentence);
  const found = findIn(text);
  return found ? sentence.slice(found.start, found.end).trim() : null;
}

/** The attribution span of a quote-masked text. */
function findIn(text: string): { start: number; end: number } | null {
  const according =
    /\b(?:according to|as reported by|as per(?: insights| information)? from|as per|citing|as told to)\s+/iu.exec(
      text,
    );
  if (according) {
    const phrase = cutPhrase(text, according.index, according.index + according[0].length);
    // "as reported by Reuters" alone is the publisher talking about itself; keep looking first.
    const selfOnly = /^as reported by \p{Lu}\p{L}+$/u.test(text.slice(phrase.start, phrase.end));
    if (!selfOnly) return phrase;
  }
  const ws = words(text);
  for (let v = 0; v < ws.length; v++) {
    const w = ws[v];
    // Lowercase only: "United States" is not the verb "states".
    if (!w || !SPEECH_VERBS.has(w.text)) continue;
    const subject = subjectBefore(text, ws, v);
    // "regions that Russia claims and controls": a verb joined to another is not reporting.
    const joined = /^\s+(?:and|or)\s/u.test(text.slice(w.end));
    if (subject && !joined) {
      if (subject.end !== undefined) return { start: subject.start, end: subject.end };
      let end = w.end;
      const obj = ws[v + 1];
      // Keep the addressee of "told": "Peskov told Reuters".
      if (/^(?:told|informed)$/i.test(w.text) && obj && /^\p{Lu}/u.test(obj.text)) {
        // The addressee runs over capitalized words: "told The Sun", "told France Inter".
        let k = v + 1;
        while (ws[k + 1] && /^\p{Lu}/u.test(ws[k + 1]?.text ?? '') && k - v < 3) k++;
        end = ws[k]?.end ?? obj.end;
      }
      return { start: subject.start, end };
    }
    // Inverted: "..., said Dmitry Peskov." / "said a spokesperson for the ministry".
    if (/[,”"]\s*$/u.test(text.slice(0, w.start))) {
      const tail = cutPhrase(text, w.start, w.end);
      const subjectWords = words(text.slice(tail.start, tail.end)).slice(1);
      if (isSourcePhrase(subjectWords)) return tail;
    }
  }
  return according ? cutPhrase(text, according.index, according.index + according[0].length) : null;
}

/** The subject of the last reporting verb of a text ("Steven Cheung" in "…, Steven Cheung, informed Reuters …"), verbatim, or null. */
export function findSpeechSubject(sentence: string): string | null {
  const text = maskQuotations(sentence);
  const ws = words(text);
  for (let v = ws.length - 1; v >= 0; v--) {
    const w = ws[v];
    if (!w || !SPEECH_VERBS.has(w.text)) continue;
    if (/^\s+(?:and|or)\s/u.test(text.slice(w.end))) continue;
    const subject = subjectBefore(text, ws, v);
    if (!subject) continue;
    let end = subject.end;
    if (end === undefined) {
      end = w.start;
      // Drop auxiliaries and adverbs between the subject and the verb.
      let k = v;
      while (k - 1 >= 0 && VERB_FILLERS.test(ws[k - 1]?.text ?? '')) k--;
      end = ws[k]?.start ?? w.start;
    }
    const phrase = sentence.slice(subject.start, end).replace(/[\s,]+$/u, '');
    if (phrase !== '') return phrase;
  }
  return null;
}
