/**
 * Speaker rows for descriptive speakers (issue 11): the outer source a sentence relays a quote
 * through ("…,” Lima said, according to the Gazette." / "…,” Lima said, the Gazette reported.").
 * The reader's trust rests on who the story credits, and the story credits the outlet, report or
 * document it took the quote from: those rows come first in `SPEAKER_RULES`. Each row has its own
 * invented example.
 */
import { maskQuotations } from '../attribution';
import { describe } from '../entity-mentions';
import type { QuoteSite, SpeakerAttribution, SpeakerContext } from './context';
import { at } from './coverage-lead';
import { ACCORDING_LEAD, accordingInSentence } from './leads';
import { fromPhrase } from './phrase';
import type { SpeakerRule } from './rules';

/** Most words of a relaying source kept ("a letter to the council from the chair of the …" = 12). */
const RELAY_SOURCE_MAX_WORDS = 12;

/** "according to X" outside quotation marks, X up to a clause break. */
const ACCORDING_TO = /(?:^|[\s,;—–(])according to\s+([^,;:.?!()“”"]+?)\s*(?=[,;:.?!()]|$)/iu;

/**
 * ", reports the Coast Herald." / ", the Coast Herald reported on Monday." / ", as the Gazette
 * reported." ending a sentence: a capitalized outlet (up to five words) that relays it.
 */
const REPORTED_AT_END =
  /,\s+(?:(?:as\s+)?((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}’'&.-]*\s+){0,4}\p{Lu}[\p{L}’'&-]*)\s+(?:reported|reports|has\s+reported)|(?:reported|reports)\s+((?:the\s+)?(?:\p{Lu}[\p{L}’'&.-]*\s+){0,4}\p{Lu}[\p{L}’'&-]*))(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day|\s+in\s+\d{4}|\s+\p{Ll}+ly|\s+last\s+\p{Ll}+|\s+earlier)?\s*\.?\s*$/u;

/** Stands in for the period of an initial or abbreviation ("U.S.") while clause breaks are read. */
const ABBREVIATION_DOT = '\u2024';

/**
 * The quote's own sentence with the words inside quotation marks blanked out, and the periods of
 * abbreviations ("the U.S. Senate") held apart from a sentence's end.
 */
function maskedSentence(site: QuoteSite): string {
  const last = site.para.sentences.find((x) => site.span.end > x.start && site.span.end <= x.end);
  return maskQuotations(
    site.para.text.slice(site.sentStart, last?.end ?? site.para.text.length),
  ).replace(/(?<=(?:^|[\s.])\p{Lu})\.(?=\s*\p{L})/gu, ABBREVIATION_DOT);
}

/** The source a phrase names: a person, organisation or description the story gives, or the phrase itself. */
function relaySource(ctx: SpeakerContext, site: QuoteSite, raw: string): SpeakerAttribution {
  const phrase = raw
    .replaceAll(ABBREVIATION_DOT, '.')
    .trim()
    .split(/\s+/u)
    .slice(0, RELAY_SOURCE_MAX_WORDS)
    .join(' ');
  const found = fromPhrase(ctx, phrase, at(site), true);
  return found?.speaker ? found : { speaker: describe(phrase), role: null, anonymous: true };
}

/** Rows tried before every other speaker row: the source that relays the quote's sentence. */
export const RELAY_RULES: SpeakerRule[] = [
  {
    // "…,” Lima said, according to the Gazette." / "According to a court filing, Lima told …":
    // the story credits the sentence to the "according to" source, outside the quotation marks
    // and not inside what was said ("Lima said that according to her count …"). An "according
    // to" right before the opening mark, or in a sentence without a reporting verb, is left to
    // the rows of its own further down (when they find a source).
    name: 'an “according to” source that relays the whole sentence',
    example: {
      paragraphs: [
        'Ana Lima chairs the harbour board.',
        '“The pier will reopen in May,” Lima told the board, according to minutes of the meeting.',
      ],
      speaker: 'minutes of the meeting',
    },
    apply: (ctx, site) => {
      // Right before the opening mark, or in a sentence the later "according to" row reads.
      if (ACCORDING_LEAD.test(site.lead) || accordingInSentence(ctx, site)) return null;
      const sentence = maskedSentence(site);
      const m = ACCORDING_TO.exec(sentence);
      if (!m?.[1] || /\bthat\s*$/iu.test(sentence.slice(0, m.index + 1))) return null;
      return relaySource(ctx, site, m[1]);
    },
  },
  {
    // "…,” Lima said, reports the Coast Herald." / "…,” Lima said, the Herald reported.": an
    // outlet named at the end of the sentence relays it.
    name: 'an outlet that reports the sentence at its end',
    example: {
      paragraphs: [
        'Ana Lima chairs the harbour board.',
        '“The pier will reopen in May,” Lima told the board, the Coast Herald reported.',
      ],
      speaker: 'the Coast Herald',
    },
    apply: (ctx, site) => {
      const m = REPORTED_AT_END.exec(maskedSentence(site));
      const outlet = m?.[1] ?? m?.[2];
      return outlet ? relaySource(ctx, site, outlet) : null;
    },
  },
];
