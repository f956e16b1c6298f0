/**
 * The attribution written after a quote's closing mark ("“…,” Lima said", "“…?” Berg asked the
 * crowd"), and after a later quote of the same sentence. Used by the speaker rules (rules.ts).
 */
import { maskQuotations } from '../attribution';
import { SPEECH_VERBS } from '../lexicon';
import { tokenize } from '../tokens';
import { fromClauseSubject } from './clause';
import type { QuoteSite, SpeakerAttribution, SpeakerContext } from './context';
import { at } from './coverage-lead';
import { fromAfter, fromLead } from './cues';
import { APPOSITIVE_REPORT, bareAttribution, CLOSED_AFTER_WORDS } from './leads';
import { siteOf } from './site';

/** A clause joined after a quote's closing mark: "… and Berg says", "…, while the mayor said", "… - but he said". */
const NEW_CLAUSE_AFTER =
  /^[\s,]*(?:[-—–]+\s*)?(?:and|but|while|whereas)\s+(?!(?:said|says|added|told|wrote)\b)/u;

/**
 * The same, past words that go on the quote's clause: "Lima accuses Berg of an “artful smear”
 * over her links while Berg suggests …" (lowercase words without a reporting verb, then a
 * joiner and a capitalized subject).
 */
const LATER_CLAUSE_AFTER =
  /^[\s,]*(\p{Ll}[^,;:.!?“”"]{0,60}?)\s(?:and|but|while|whereas)\s+(?=\p{Lu})/u;
const laterClauseAfter = (after: string): boolean => {
  const m = LATER_CLAUSE_AFTER.exec(after);
  return !!m && !tokenize(m[1] ?? '').some((w) => SPEECH_VERBS.has(w.text));
};

/**
 * A speech participle right before a partial quote ("Lima opened the meeting saying “of course”
 * Berg …"): the quote is its object, and the clause's subject says it.
 */
const PARTICIPLE_LEAD =
  /\s(?:saying|adding|noting|insisting|declaring|arguing|warning|conceding)(?:\s+that)?\s*$/u;

/** The speaker written after a quote's closing mark, or null. */
export function afterClosingMark(ctx: SpeakerContext, site: QuoteSite): SpeakerAttribution | null {
  const { span, para, after } = site;
  const lastPiece = span.pieces[span.pieces.length - 1];
  const firstAfter = lastPiece ? para.text.slice(span.start, span.end) : after;
  if (firstAfter.startsWith('“')) return null;
  // A partial quote whose own clause has a speaker ("Lima said the plan was “a farce,” and
  // Berg …") is hers: the before-the-mark rule reads it.
  // Not when an inverted attribution follows at once ("When Lima spoke, he “…,” said Berg").
  const saidAfter = /^[\s,]*(?:said|says|added|adds|wrote|writes)\s+\p{Lu}/u.test(after);
  if (span.partial && !saidAfter && fromLead(ctx, site.lead, at(site)) !== null) return null;
  // "Lima accuses the mayor of “hiding costs” and Berg says …": a clause joined after a partial
  // quote has its own subject; the quote is the subject's of its own clause.
  if (
    span.partial &&
    (NEW_CLAUSE_AFTER.test(after) ||
      laterClauseAfter(after) ||
      PARTICIPLE_LEAD.test(maskQuotations(site.lead))) &&
    site.lead.trim() !== '' &&
    fromClauseSubject(ctx, site.lead, at(site)) !== null
  )
    return null;
  const closed = /[.?!…]$/u.test(span.text) && /^\s*\p{Lu}/u.test(after);
  // A question or exclamation may end inside its sentence ("“Why?” Lima asked the crowd on …").
  const next = ctx.spans[site.k + 1];
  const intoNext = next?.paragraph === site.p && next.start <= span.end + after.length;
  if (closed && /\.$/u.test(span.text) && !bareAttribution(after, intoNext)) return null;
  // "Lima replies with, “Why now?” Berg then writes back, “…”": a question after its own lead is the lead's.
  if (
    closed &&
    /[,:]\s*$/u.test(site.lead) &&
    !bareAttribution(after, intoNext) &&
    fromLead(ctx, site.lead, at(site)) !== null
  )
    return null;
  const goesOn = APPOSITIVE_REPORT.test(after) && /[!?]$/u.test(span.text); // "“…!” Berg’s aide, Ana Lima, said"
  return fromAfter(ctx, after, at(site), closed && !goesOn ? CLOSED_AFTER_WORDS : undefined);
}

/** The attribution after a later quote of the same sentence ("“a crisis” and “a scourge,” Lima said"). */
export function laterQuoteOfSentence(
  ctx: SpeakerContext,
  site: QuoteSite,
): SpeakerAttribution | null {
  for (let j = site.k + 1; j < ctx.spans.length; j++) {
    const next = siteOf(ctx, j);
    if (!next || next.p !== site.p || next.span.sentence !== site.span.sentence) return null;
    const found = afterClosingMark(ctx, next);
    if (found) return found;
  }
  return null;
}
