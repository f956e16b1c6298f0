/**
 * Speakers named around the clause a quote sits in: the antecedent of a "who" clause holding the
 * quote, and whether someone else speaks in a sentence between two quotes of a paragraph.
 */
import { maskQuotationsAndAsides } from '../attribution';
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
  const m = /,\s+who\s+([^,;:.!?]*)$/u.exec(masked);
  if (!m || tokenize(m[1] ?? '').length > MAX_RELATIVE_WORDS) return null;
  const before = masked.slice(0, m.index).trimEnd();
  // The name ending right at the comma ("… from U.S. President Ana Lima, who …").
  const name = headNames(before)
    .filter((n) => before.slice(n.end).trim() === '')
    .pop();
  if (name) return namedSpeaker(ctx, name.name, name.role);
  // A description: the words after the last preposition or comma ("her campaign’s team, who").
  const tail = /(?:^|[,;]|\b(?:from|by|of|with|and|to|for)\s)\s*([^,;]*)$/u.exec(before)?.[1] ?? '';
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
    const found = fromPhrase(ctx, subject, {
      sentence: i,
      offset: Math.max(0, sentence.text.indexOf(subject)),
      paragraph: sentence.paragraph,
    });
    if (found?.speaker && found.speaker !== earlier) return true;
  }
  return false;
}
