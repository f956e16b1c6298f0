/**
 * Speaker coverage rows for quotes signed on a line of their own (issue 11, missing speakers):
 * a paragraph that is only a quote, then a short paragraph naming who said it ("- Ana Lima.",
 * "Ana Lima, Harbour Trust.”"), as fact-checks, round-ups and pull quotes print them. Composed
 * into `COVERAGE_RULES` (./coverage.ts), before the row that carries the previous paragraph's
 * speaker to a quote-only paragraph; each row has its own invented example.
 */
import type { QuoteSite, SpeakerAttribution, SpeakerContext } from './context';
import { fromPhrase, headNames } from './phrase';
import type { SpeakerRule } from './rules';

/** Most words of a signature paragraph ("-President Ana Lima, speaking after the vote." = 8). */
const MAX_SIGNATURE_WORDS = 12;

/**
 * A signature paragraph: an optional dash, a name of one to six capitalized words (titles and
 * initials kept, "S.C. Rep. Ana Lima"), an optional role or place after a comma, a full stop and
 * the closing mark of a quote left open above it.
 */
const SIGNATURE_PARAGRAPH =
  /^\s*([-—―–]{1,2}\s*)?(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,5})(?:,\s+[^,.;:!?“”"]{2,80})?\.?\s*[”"]?\s*$/u;

/** Quotations closed inside a paragraph, and one left open at its end. */
const CLOSED_QUOTATION = /“[^”]*”|"[^"]*"/gu;
const OPEN_QUOTATION = /[“"][^”"]*$/u;

/** Whether a paragraph is quotations only (punctuation aside), and whether its last one is left open. */
function quoteOnly(text: string): { only: boolean; open: boolean } {
  const closed = text.replace(CLOSED_QUOTATION, ' ');
  const open = OPEN_QUOTATION.test(closed);
  const rest = closed.replace(OPEN_QUOTATION, ' ');
  return { only: !/[\p{L}\p{N}]/u.test(rest), open };
}

/**
 * The speaker a signature paragraph after the quote's paragraph names, or null. The quote's
 * paragraph is quotations only; the signature opens with a dash, or follows a quotation left
 * open (it closes it). The name must be a person's: a headline ("Joining Forces.") or a photo
 * credit ("Getty.") after a closed quote has no dash, and an author's byline has neither.
 */
function signedBelow(ctx: SpeakerContext, site: QuoteSite): SpeakerAttribution | null {
  const { only, open } = quoteOnly(site.para.text);
  if (!only) return null;
  const sig = ctx.doc.paragraphTexts.get(site.p + 1);
  if (!sig || sig.text.trim().split(/\s+/u).length > MAX_SIGNATURE_WORDS) return null;
  const m = SIGNATURE_PARAGRAPH.exec(sig.text);
  const dash = m?.[1];
  const name = m?.[2];
  if (!m || !name || !(dash || open)) return null;
  if (headNames(name).length === 0) return null;
  const found = fromPhrase(ctx, name.replace(/\.$/u, ''), {
    sentence: sig.sentences[0]?.index ?? site.span.sentence,
    offset: 0,
    paragraph: site.p + 1,
  });
  return found?.speaker && !found.anonymous ? found : null;
}

/** Coverage rows for signed quotes, in the order `COVERAGE_RULES` tries them. */
export const SIGNATURE_COVERAGE_RULES: SpeakerRule[] = [
  {
    // "“…”" then "- Ana Lima." (a fact-check's list of claims), or "“…" left open then "Ana
    // Lima, Harbour Trust.”" (a pull quote signed below): the signature names the speaker, even
    // when the quote before it had someone else's.
    name: 'a signature paragraph below a quote-only paragraph',
    example: {
      paragraphs: [
        'Here are the claims we checked from the harbour debate.',
        '“The pier has lost money for ten years.”',
        '- Tomas Berg.',
        'The pier lost money in six of those years, the records show.',
        '"We will reopen the pier by May.',
        'Ana Lima, Harbour Trust."',
      ],
      speaker: 'Ana Lima',
      quote: 1,
    },
    apply: signedBelow,
  },
];
