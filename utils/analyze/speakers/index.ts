/**
 * The speakers stage: each quoted span gets its speaker from the first rule of SPEAKER_RULES
 * that finds one ("X said", "said X", "X told Reuters", role phrases, "X …: “quote”", pronouns
 * and "the spokesperson" resolved through the document's entity tracker, speakers carried to
 * quote-only paragraphs), names given in their fullest form.
 */
import type { AnnotatedDocument } from '../annotate';
import { EntityTracker } from '../coreference';
import type { QuoteSpan } from '../quotes/spans';
import type { QuoteSite, SpeakerAttribution, SpeakerContext } from './context';
import { SPEAKER_RULES, type SpeakerRule } from './rules';

export type { SpeakerAttribution } from './context';

const NO_SPEAKER: SpeakerAttribution = { speaker: null, role: null, anonymous: false };

/** The text a rule reads around span k, or null when its paragraph is unknown. */
function siteOf(ctx: SpeakerContext, k: number): QuoteSite | null {
  const span = ctx.spans[k];
  const para = span ? ctx.doc.paragraphTexts.get(span.paragraph) : undefined;
  if (!span || !para) return null;
  const sent = para.sentences.find((x) => x.index === span.sentence);
  const sentStart = sent?.start ?? 0;
  // A quote of several sentences ends in a later sentence: its attribution follows that one.
  const last = para.sentences.find((x) => span.end > x.start && span.end <= x.end);
  const sentEnd = last?.end ?? sent?.end ?? para.text.length;
  const next = ctx.spans[k + 1];
  const afterEnd =
    next && next.paragraph === span.paragraph
      ? Math.min(next.start, para.text.length)
      : para.text.length;
  // The attribution after a quote may run past the sentence end only up to the next quote.
  const after = para.text.slice(span.end, Math.max(span.end, Math.min(afterEnd, sentEnd + 200)));
  const lead = para.text.slice(sentStart, span.start);
  return {
    k,
    span,
    para,
    sentStart,
    lead,
    after,
    offset: span.start - sentStart,
    p: span.paragraph,
  };
}

/** Attributes a speaker to each quoted span, in order (rules: `SPEAKER_RULES` unless given). */
export function attributeSpeakers(
  doc: AnnotatedDocument,
  spans: QuoteSpan[],
  rules: SpeakerRule[] = SPEAKER_RULES,
): SpeakerAttribution[] {
  const ctx: SpeakerContext = { doc, tracker: new EntityTracker(doc), spans, results: [] };
  for (let k = 0; k < spans.length; k++) {
    const site = siteOf(ctx, k);
    let found: SpeakerAttribution | null = null;
    for (const rule of site ? rules : []) {
      found = site ? rule.apply(ctx, site) : null;
      if (found) break;
    }
    ctx.results.push(found ?? NO_SPEAKER);
    if (site && found?.speaker) {
      // A resolved speaker is the salient subject a later pronoun goes back to.
      ctx.tracker.add({
        speaker: found.speaker,
        role: found.role,
        anonymous: found.anonymous,
        sentence: site.span.sentence,
        offset: site.offset,
        subject: true,
        paragraph: site.p,
      });
    }
  }
  return ctx.results;
}
