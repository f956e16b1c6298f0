/**
 * Speaker coverage rows for quotes that open a paragraph (issue 11, round 2): a quote running
 * over paragraphs left open, an introduction "as the report notes:", and a paragraph closed by
 * its quote's attribution. Composed into `COVERAGE_FALLBACK_RULES` (./coverage.ts), tried when
 * no row read an attribution; each row has its own invented example.
 */
import { maskQuotations } from '../attribution';
import { ATTRIBUTION_VERBS, SPEECH_VERBS } from '../lexicon';
import { tokenize } from '../tokens';
import { fromPhrase, named } from './phrase';
import type { SpeakerRule } from './rules';

/**
 * The last clause of a paragraph that introduces the next: "…, as the Harbour Trust website
 * notes:", "As Lima put it:". The subject runs from "as" to the verb (one to six words).
 */
const AS_INTRO =
  /(?:^|[,;—–]\s*)[Aa]s\s+((?:[\p{L}\d.’'-]+\s+){0,5}[\p{L}\d.’'-]+)\s+(?:notes|noted|explains|explained|puts\s+it|put\s+it|writes|wrote|says|said|states|stated|observes|observed|reports|reported)\s*:\s*$/u;
/** Whether a paragraph opens with a quotation mark (straight or curly). */
const OPENS_WITH_QUOTE = /^\s*[“"]/u;

/**
 * Whether a paragraph opens a quotation it leaves open for the next paragraph: it opens with a
 * straight mark and holds an odd number of them, or opens with a curly mark and has fewer
 * closing curly marks than opening ones.
 */
function leavesQuoteOpen(text: string): boolean {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  if (/^\s*"/u.test(text)) return count(/"/gu) % 2 === 1;
  if (/^\s*“/u.test(text)) return count(/“/gu) > count(/”/gu);
  return false;
}

/** Words of a paragraph after its quote that may follow a continued quote ("Berg also looked …"). */
const hasReportingWord = (text: string): boolean =>
  tokenize(text).some((w) => SPEECH_VERBS.has(w.text) || ATTRIBUTION_VERBS.has(w.text));

/** Rows tried last, when no row read an attribution (after `COVERAGE_FALLBACK_RULES`' own). */
export const PARAGRAPH_FALLBACK_RULES: SpeakerRule[] = [
  {
    // "…, as the Harbour Trust website notes:" closing a paragraph, then a paragraph that opens
    // with the quote: the subject between "as" and the verb. The main continuation row takes a
    // paragraph that is only a quote; the colon row of ./coverage.ts reads the subject of the
    // whole sentence, here "it".
    name: 'a paragraph opening with a quote after an “as … notes:” clause',
    example: {
      paragraphs: [
        'It is hard to overstate how much the pier matters to the town, as the Harbour Trust website notes:',
        '"In the winter of 1960, some forty boats sank at their moorings." The town rebuilt the pier two years later.',
      ],
      speaker: 'the Harbour Trust website',
    },
    apply: (ctx, site) => {
      if (site.sentStart !== 0 || site.lead.trim() !== '' || !OPENS_WITH_QUOTE.test(site.para.text))
        return null;
      const prev = ctx.doc.paragraphTexts.get(site.p - 1);
      const last = prev?.sentences[prev.sentences.length - 1];
      if (!prev || !last) return null;
      const m = AS_INTRO.exec(maskQuotations(prev.text.slice(last.start, last.end)));
      if (!m?.[1]) return null;
      return named(
        fromPhrase(
          ctx,
          m[1],
          { sentence: last.index, offset: last.end - last.start, paragraph: site.p - 1 },
          true,
        ),
      );
    },
  },
  {
    // A quote running over several paragraphs: each paragraph opens with a mark, and only the
    // last one closes. A paragraph after one left open keeps that paragraph's speaker, even when
    // quoted words inside it ("“safety first”") hide the open quote from the main row.
    name: 'a paragraph continuing a quote the previous paragraph left open',
    example: {
      paragraphs: [
        'Ana Lima, the harbour master, wrote to the board on Monday:',
        '"The pier is not about “safety first” anymore. The board has known it for years.',
        '"The latest report calls the moorings “a hazard,” and nobody has acted on it.',
      ],
      speaker: 'Ana Lima',
    },
    apply: (ctx, site) => {
      if (site.sentStart !== 0 || site.lead.trim() !== '' || !OPENS_WITH_QUOTE.test(site.para.text))
        return null;
      const prev = ctx.doc.paragraphTexts.get(site.p - 1);
      if (!prev || !leavesQuoteOpen(prev.text)) return null;
      const j = ctx.spans.findLastIndex((x, i) => i < site.k && x.paragraph === site.p - 1);
      return j >= 0 ? named(ctx.results[j] ?? null) : null;
    },
  },
  {
    // "“…,” the Gazette wrote." closing a paragraph, then a paragraph opening with a quote that
    // runs on past its closing mark: the same speaker goes on, when nothing in the new paragraph
    // reports anyone else's speech.
    name: 'a paragraph opening with a quote after a paragraph closed by its attribution',
    example: {
      paragraphs: [
        'The pier reopened on Monday.',
        '“The pier had lost money for years,” the Harbour Gazette wrote.',
        '“But since then, its fortunes have changed.” The pier now runs at a profit.',
      ],
      speaker: 'the Harbour Gazette',
    },
    apply: (ctx, site) => {
      if (site.sentStart !== 0 || site.lead.trim() !== '' || !OPENS_WITH_QUOTE.test(site.para.text))
        return null;
      // Quoted words inside the quote may be someone else's ("…, interjecting, “…”").
      if (/[“”"]/u.test(site.span.text)) return null;
      if (hasReportingWord(maskQuotations(site.para.text.slice(site.span.end)))) return null;
      const prev = ctx.doc.paragraphTexts.get(site.p - 1);
      const j = ctx.spans.findLastIndex((x, i) => i < site.k && x.paragraph === site.p - 1);
      const last = ctx.spans[j];
      // The previous paragraph is the speaker's quote, or the new paragraph is only a quote
      // going on after a partial one ("X is a “…,” she said." then "“…”").
      const quoteOnly = !/[\p{L}\p{N}]/u.test(site.para.text.replace(/“[^”]*”?|"[^"]*"?/gu, ''));
      if (!prev || !last || !(OPENS_WITH_QUOTE.test(prev.text) || quoteOnly)) return null;
      // The previous paragraph ends with its quote's bare attribution ("…,” Lima said.").
      const tail = prev.text.slice(last.end).trim();
      const words = tail.split(/\s+/u).length;
      if (tail === '' || words > 8 || !/[.!?]$/u.test(tail) || !hasReportingWord(tail)) return null;
      return named(ctx.results[j] ?? null);
    },
  },
];
