/** Where a quote stands: the text around span k that the speaker rules read. */
import type { QuoteSite, SpeakerContext } from './context';

/** The paragraph's sentence in which a quote ends (a quote of several sentences ends in a later one). */
export const sentenceOfQuoteEnd = ({ para, span }: Pick<QuoteSite, 'para' | 'span'>) =>
  para.sentences.find((x) => span.end > x.start && span.end <= x.end);

/** The text a rule reads around span k, or null when its paragraph is unknown. */
export function siteOf(ctx: SpeakerContext, k: number): QuoteSite | null {
  const span = ctx.spans[k];
  const para = span ? ctx.doc.paragraphTexts.get(span.paragraph) : undefined;
  if (!span || !para) return null;
  const sent = para.sentences.find((x) => x.index === span.sentence);
  const sentStart = sent?.start ?? 0;
  // A quote of several sentences ends in a later sentence: its attribution follows that one.
  const last = sentenceOfQuoteEnd({ para, span });
  const sentEnd = last?.end ?? sent?.end ?? para.text.length;
  const next = ctx.spans[k + 1];
  const afterEnd =
    next && next.paragraph === span.paragraph
      ? Math.min(next.start, para.text.length)
      : para.text.length;
  // The attribution after a quote may run past the sentence end only up to the next quote.
  const after = para.text.slice(span.end, Math.max(span.end, Math.min(afterEnd, sentEnd + 200)));
  // A sentence that starts inside an earlier quote of the paragraph (the quote holds a full
  // stop): that quote's words are blanked out of the lead, as a closed quotation would be.
  const prev = ctx.spans[k - 1];
  const inside =
    prev && prev.paragraph === span.paragraph && prev.start < sentStart && prev.end > sentStart
      ? Math.min(prev.end, span.start) - sentStart
      : 0;
  const lead = ' '.repeat(inside) + para.text.slice(sentStart + inside, span.start);
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
