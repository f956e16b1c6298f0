/**
 * Speakers named around the clause a quote sits in: the antecedent of a "who" clause holding the
 * quote, and whether someone else speaks in a sentence between two quotes of a paragraph.
 */
import { maskQuotationsAndAsides } from '../attribution';
import { DESCRIPTION_DETERMINERS } from '../coreference';
import { isSourceHead } from '../names';
import { tokenize } from '../tokens';
import type { Place, QuoteSite, SpeakerAttribution, SpeakerContext } from './context';
import { fromPhrase, headNames, namedSpeaker } from './phrase';

/** Most words of a "who" clause before the quote ("who called the new harbour plan" = 7). */
const MAX_RELATIVE_WORDS = 14;

/**
 * The antecedent of a relative clause holding the quote: "…, said Berg, who called it
 * “reckless”", "a rebuke from Ana Lima, who dismissed the plan as “a farce”": the name (or a
 * described speaker) right before ", who" speaks.
 */
export function fromRelativeClause(
  ctx: SpeakerContext,
  lead: string,
  at: Place,
): SpeakerAttribution | null {
  const masked = maskQuotationsAndAsides(lead);
  // The clause may end in the comma or colon before the quote ("…, who said, “…”"), and a name
  // may take its "who" without a comma ("a post from Ana Lima who wrote, “…”").
  const m = /(,?)\s+who\s+([^,;:.!?]*)[,:]?\s*$/u.exec(masked);
  if (!m || tokenize(m[2] ?? '').length > MAX_RELATIVE_WORDS) return null;
  const before = masked.slice(0, m.index).trimEnd();
  // The name ending right at the comma ("… from U.S. President Ana Lima, who …").
  const name = headNames(before)
    .filter((n) => before.slice(n.end).trim() === '')
    .pop();
  if (name) return namedSpeaker(ctx, name.name, name.role);
  // A description: the words after the last preposition or comma ("her campaign’s team, who").
  // The last such boundary counts ("a post from Ana Lima, who": "Ana Lima").
  const tail =
    /.*(?:[,;]|\b(?:from|by|of|with|and|to|for)\s)\s*([^,;]*)$/su.exec(before)?.[1] ?? before;
  // Without its comma, "who" restricts a description ("the people who wrote"): only a name counts.
  const whole = headNames(tail.trim()).find((n) => n.start === 0 && n.end === tail.trim().length);
  // …and a verb of its own before the quote ("Lima who “has spoken …”" is the quote's topic).
  if (m[1] === '')
    return whole && (m[2] ?? '').trim() !== '' ? namedSpeaker(ctx, whole.name, whole.role) : null;
  return tail.trim() === '' ? null : fromPhrase(ctx, tail, at);
}

/**
 * Whether someone other than the speaker of an earlier quote (in sentence `from`) is the subject
 * of a reporting verb in a sentence between it and the quote at `site`: "“A,” Lima said. Berg
 * told reporters the pier was safe. “B.”" (Berg's sentence stands between).
 */
export function spokenBetween(ctx: SpeakerContext, from: number, site: QuoteSite): boolean {
  const earlier = ctx.results[site.k - 1]?.speaker;
  const prevEnd = ctx.spans[site.k - 1]?.end ?? 0;
  for (let i = from + 1; i < site.span.sentence; i++) {
    const subject = ctx.doc.speechSubjects[i];
    const sentence = ctx.doc.sentences[i];
    // A sentence inside the earlier quote (one running over several sentences) is its words.
    const inPara = site.para.sentences.find((x) => x.index === i);
    if (!subject || !sentence || !inPara || inPara.start < prevEnd) continue;
    // A sentence opening right after an earlier quote closed by "!" or "?" is its reporting
    // clause ("“A!” Berg’s niece, Ana Lima, shouted. “B.”"); after a full stop it is a new one.
    const exclaimed = /[!?]$/u.test(ctx.spans[site.k - 1]?.text ?? '');
    if (exclaimed && site.para.text.slice(prevEnd, inPara.start).trim() === '') continue;
    const found = fromPhrase(ctx, subject, {
      sentence: i,
      offset: Math.max(0, sentence.text.indexOf(subject)),
      paragraph: sentence.paragraph,
    });
    if (found?.speaker && found.speaker !== earlier) return true;
  }
  return false;
}

/** Most words of a bare plural subject up to its head ("Local harbour unions" = 3). */
const MAX_BARE_PLURAL_WORDS = 3;

/** "for Ana Lima", "of the Harbour Trust": the body a plural subject acts for, before its verb. */
const FOR_BODY = /^\s+(?:for|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}(?=\p{Ll})/u;

/**
 * A bare plural subject opening a clause, its head a source noun and its verb next: "Critics
 * called it “…”", "Lima supporters are calling it “…”", "Shipping lobbyists describe it as “…”".
 * The phrase, or null.
 */
export function barePluralSubject(
  ws: { text: string; start: number; end: number }[],
  k: number,
  clause: string,
): string | null {
  for (let n = 1; n <= MAX_BARE_PLURAL_WORDS; n++) {
    const head = ws[k + n - 1];
    if (!head) return null;
    // "Lawyers for Lima opposed it": the body they act for, a capitalized name, after the head.
    const of = FOR_BODY.exec(clause.slice(head.end))?.[0].length ?? 0;
    const verb = of > 0 ? ws.find((w) => w.start >= head.end + of) : ws[k + n];
    if (!verb) return null;
    const words = ws.slice(k, k + n);
    // Not a determiner's phrase (read elsewhere) nor one pointing back ("Those services are").
    if (
      words.some(
        (w) => DESCRIPTION_DETERMINERS.test(w.text) || /^(?:those|these|such)$/iu.test(w.text),
      )
    )
      return null;
    // Nothing but spaces inside the phrase and before its verb.
    if (/[,;:()“”"]/u.test(clause.slice(ws[k]?.start ?? 0, verb.start))) return null;
    if (
      // Capitalized only as the clause's first word ("Lawyers for Lima said").
      /^\p{Ll}+s$/u.test(n === 1 ? head.text.toLowerCase() : head.text) &&
      isSourceHead(head.text.toLowerCase()) &&
      /^(?:\p{Ll}+(?:ed|s)|are|were|have|had|say|describe|call|warn|argue|claim|insist)$/u.test(
        verb.text,
      )
    )
      return clause.slice(ws[k]?.start ?? 0, head.end + of).trim();
  }
  return null;
}

/**
 * Words before a subject's name that open with the owner of its role ("Porto’s Prime Minister",
 * "The Herald’s", "And Porto’s attorney general,"): capitalized words, then one possessive.
 */
const OWNER_OF_ROLE =
  /^(?:(?:[Aa]nd|[Bb]ut|[Ss]o)\s+)?(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,2}\p{Lu}[\p{L}.&-]*['’]s?\s+(?:[\p{L}.-]+,?\s+){0,4}$/u;

/**
 * Whether an owner opening the words before a full name gives its role ("Porto’s Prime Minister
 * Ana Lima vowed …"), in a clause with no second clause after the name ("…; her friend is Berg,
 * whom one aide called “…”").
 */
export const ownedRole = (between: string, name: string, rest: string): boolean =>
  OWNER_OF_ROLE.test(between) && name.includes(' ') && !/;|\b(?:who|whom|which)\b/u.test(rest);
