/**
 * The patterns the speaker rules read in a quote's lead and after it ("according to X", "as X
 * put it", a transcript label, a passive "asked by"), and the test for a bare attribution after
 * a closed quote.
 */
import { maskQuotations } from '../attribution';
import { SPEECH_VERBS, TITLE_ABBREVIATIONS } from '../lexicon';
import { tokenize } from '../tokens';
import type { QuoteSite, SpeakerAttribution, SpeakerContext } from './context';
import { fromPhrase } from './phrase';
import { sentenceOfQuoteEnd } from './site';

/** "According to X," or "According to X:" ending a lead, at the clause start (X up to 8 words). */
export const ACCORDING_LEAD =
  /(?:^|[;—–]\s*|,\s+)according to\s+((?:[^\s,:;“”"]+\s+){0,7}[^\s,:;“”"]+)\s*[,:]\s*$/iu;

/** "As X put it," right before a quote (X up to 8 words). */
export const PUT_IT_LEAD =
  /(?:^|[;—–]\s*|,\s+)as\s+((?:[^\s,:;“”"]+\s+){0,7}?[^\s,:;“”"]+)\s+(?:put|puts|has\s+put|had\s+put)\s+it\s*[,:]?\s*$/iu;
/** "…,” as X put it." right after a quote. */
export const PUT_IT_AFTER =
  /^[\s,]*as\s+((?:[^\s,:;“”"]+\s+){0,7}?[^\s,:;“”"]+)\s+(?:put|puts|has\s+put|had\s+put)\s+it\b/iu;

/**
 * An owner and a noun for something said, ending a lead: "her remark that “…”", "Ana Lima’s
 * pledge of “…”", "his recent comments: “…”" (the owner up to 4 capitalized words, or a
 * possessive pronoun; up to two words between owner and noun). The noun must introduce the quote
 * ("that", "of", a colon): in "Berg’s comments “were false”" the quote says something about them.
 */
export const REMARK_OWNER_LEAD =
  /(?:^|[\s(])((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}\p{N}-]+\s+){0,2}?(?:remarks?|comments?|claims?|statements?|words|pledges?|promises?|vows?|assertions?|admission|warnings?|boasts?|quips?|insistence|declarations?|refrain|slogan|catchphrase|answer|reply|response|tweets?)(?:\s+(?:that|of|for|about)\s*[,:]?|\s*[,:])\s*$/u;

/** A possessive owner right before the opening mark: "Lima’s “…” remark" (see OWNED_REMARK_AFTER). */
export const OWNER_BEFORE_QUOTE =
  /(?:^|[\s(])((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?|[Hh]is|[Hh]er|[Tt]heir)\s*$/u;
/** A remark noun right after the closing mark: the quote names the owner's remark ("“…” comment"). */
export const OWNED_REMARK_AFTER =
  /^[”"’]?\s*(?:remarks?|comments?|claims?|statements?|pledges?|promises?|vows?|assertions?|admission|warnings?|boasts?|quips?|declarations?|refrain|slogan|catchphrase|line|answer|reply|response|tweets?)\b/u;
/** A possessive pronoun's subject form, to resolve it ("her" → "she"). */
export const POSSESSIVE_SUBJECT: Record<string, string> = { his: 'he', her: 'she', their: 'they' };

/**
 * ", said Ana Lima, a pollster." / ", Ana Lima said." / ", Ana Lima wrote in a court filing."
 * ending a sentence: the reporting clause (up to the end) whose speaker covers the sentence's
 * quotes. The subject before a final verb runs up to 80 characters ("Harbour Board senior trial
 * counsel Ana Lima"); after that verb, a time or place of up to six words may follow.
 */
export const SENTENCE_FINAL_REPORT =
  /,\s+((?:(?:said|says|added|wrote|writes|argued|argues)\s+[^,;:]{2,60}|[^,;:]{2,80}\s+(?:said|says|added|wrote|writes)(?:\s+(?:in|on|at|during|after|before|last|this|earlier|later)\b(?:\s+[^\s,;:]+){1,5})?)(?:,[^,;:]{2,120}){0,2})\.\s*$/u;

/** A title abbreviation's period ("Sen.", "Dr."), which ends no sentence. */
const TITLE_PERIOD = `(?<=\\b(?:${[...TITLE_ABBREVIATIONS].map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('|')}))\\.`;

/**
 * A subject set off by commas, then its reporting verb, right after a quote ("Lima’s aide, Ana
 * Berg, said", "Berg’s niece, Sen. Ana Lima, said"): after a "!" or "?" the quote's sentence
 * goes on.
 */
export const APPOSITIVE_REPORT = new RegExp(
  `^\\s*\\p{Lu}(?:[^.!?;:]|${TITLE_PERIOD}){0,100},\\s*(?:said|shouted|yelled|told|added|asked|wrote)\\b`,
  'u',
);

/** Most words before the verb of a new sentence after a closed quote ("Dr Jane Doe said" = 3). */
export const CLOSED_AFTER_WORDS = 3;
/** Most words after the verb of that sentence ("Lima said on Monday in a statement" = 5). */
const CLOSED_AFTER_TAIL_WORDS = 6;

/**
 * Whether the sentence after a closed quote is a bare attribution ("Jane Doe said.", "Lima told
 * reporters on Monday."), not a sentence of its own that goes on ("Berg has suggested that the
 * port …", "Lima then writes back, “…”" introducing the next quote).
 */
export function bareAttribution(after: string, intoNextQuote: boolean): boolean {
  // Up to the sentence end: a title's or an initial's period ("Gov. Pat Lund", "J. Lund") ends none.
  const masked = maskQuotations(after);
  const end = [...masked.matchAll(/[.?!]/gu)].find((m) => {
    const word = /(\p{L}+)$/u.exec(masked.slice(0, m.index))?.[1] ?? '';
    return !(
      m[0] === '.' &&
      (TITLE_ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word))
    );
  })?.index;
  const sentence = masked.slice(0, end ?? masked.length);
  // Running into the next quote ("Lima writes back, “…”", "Lund said it would be “…”"): it
  // introduces that one.
  if (end === undefined && (intoNextQuote || /[,:]\s*$/u.test(sentence))) return false;
  const ws = tokenize(sentence);
  const verb = ws.findIndex((w) => SPEECH_VERBS.has(w.text));
  if (verb < 0) return true;
  const tail = ws.slice(verb + 1);
  return (
    tail.length <= CLOSED_AFTER_TAIL_WORDS && !/^(?:that|how|why|what)$/iu.test(tail[0]?.text ?? '')
  );
}
/**
 * A quote that is the predicate of its clause ("Guns are “…”", "Lima has been “unfairly
 * detained”"): a form of "be" and at most two words before the opening mark.
 */
export const PREDICATE_LEAD = /\b(?:is|are|was|were|been|being|be)\s+(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * A participle whose subject is a named or described person, after "of" or "showing" ending a
 * lead: "footage of Ana Lima saying, “…”", "a clip showing Berg telling the crowd: “…”".
 */
export const DEPICTED_LEAD =
  /\b(?:of|showing|shows|show|featuring|features)\s+((?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}[\p{Lu}][\p{L}’'-]*)\s+(?:saying|asking|telling|declaring|shouting|insisting|announcing|remarking|boasting|joking|warning)\b[^.;:!?“”"]{0,60}[,:]?\s*$/u;

/** "according to X" anywhere in a sentence (X up to its comma or the sentence end). */
const ACCORDING_ANYWHERE = /(?:^|[,;—–]\s*)according to\s+([^,;:.?!]{2,80}?)\s*(?=[,;:.?!]|$)/iu;

/**
 * The source of a sentence credited with "according to X" that has no reporting verb of its own
 * ("According to her doctor, the mayor had “excellent” results."), or null.
 */
/** The quote's sentence, to the end of the sentence the quote ends in, with quoted words blanked out. */
export const maskedQuoteSentence = (site: QuoteSite): string =>
  maskQuotations(
    site.para.text.slice(site.sentStart, sentenceOfQuoteEnd(site)?.end ?? site.para.text.length),
  );

export function accordingInSentence(
  ctx: SpeakerContext,
  site: QuoteSite,
): SpeakerAttribution | null {
  // Right before the opening mark it is the row of its own.
  if (ACCORDING_LEAD.test(site.lead)) return null;
  const sentence = maskedQuoteSentence(site);
  const m = ACCORDING_ANYWHERE.exec(sentence);
  if (!m?.[1]) return null;
  const rest = sentence.slice(0, m.index) + sentence.slice(m.index + m[0].length);
  if (tokenize(rest).some((w) => SPEECH_VERBS.has(w.text))) return null;
  return fromPhrase(ctx, m[1], {
    sentence: site.span.sentence,
    offset: m.index,
    paragraph: site.p,
  });
}

/**
 * The agent of a passive speech verb in a lead: "Berg was asked by host Ana Lima whether …",
 * "he was told by a guard: ", or a participle opening a clause ("Asked by Lima if Berg …"; the
 * agent up to a comma, "whether", "if", "about" or a colon).
 */
export const PASSIVE_AGENT_LEAD =
  /(?:\b(?:was|were|is|are|been|being|get|got|gets)\s+(?:asked|told|questioned|pressed|urged|warned|reminded)|(?:^|[,;:—–]\s*)(?:[Aa]sked|[Qq]uestioned|[Pp]ressed))\s+(?:\p{Ll}+\s+){0,2}?by\s+((?:[^\s,:;“”"]+\s+){0,7}?[^\s,:;“”"]+?)(?=\s+(?:whether|if|about|how|why|what|to|during|in|on|at|who)\b|\s*[,:]|\s*$)/u;
