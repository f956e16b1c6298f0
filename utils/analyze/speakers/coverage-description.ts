/**
 * Speaker rows for descriptive speakers (issue 11). `RELAY_RULES`, first in `SPEAKER_RULES`: the
 * one who "put it" so ("As the Gazette's Tom Berg puts it, …") and a time clause whose subject
 * speaks right before the quote ("When a fisherman shouted, “…,” Lima smiled").
 * `OUTER_SOURCE_RULES`, after every row that reads a speaker in the quote's own sentence: the
 * outlet or document that relays a sentence naming no speaker of its own ("…,” members were told,
 * according to the minutes."). ANNOTATION.md gives a relayed quote to its original speaker
 * ("…,” Lima said, according to the Gazette" is Lima's) although PolNeAR's annotators often credit
 * the outlet: we follow ANNOTATION.md, which costs about 0.007 speaker accuracy on PolNeAR.
 * `DESCRIPTION_SUBJECT_RULES`: a described subject of the quote's own sentence ("the two write",
 * "The two councillors, however, insist that “…”") before the rows that carry a speaker over from
 * earlier sentences. Each row has its own invented example.
 */
import { maskQuotations } from '../attribution';
import { describe } from '../entity-mentions';
import {
  ATTRIBUTION_VERBS,
  CHANT_VERBS,
  DOCUMENT_HEADS,
  PREPOSITIONS,
  SPEECH_VERBS,
} from '../lexicon';
import { isSourceHead } from '../names';
import type { QuoteSite, SpeakerAttribution, SpeakerContext } from './context';
import { at } from './coverage-lead';
import {
  ACCORDING_LEAD,
  accordingInSentence,
  maskedQuoteSentence,
  PUT_IT_AFTER,
  PUT_IT_LEAD,
} from './leads';
import { fromPhrase } from './phrase';
import type { SpeakerRule } from './rules';
import { sentenceOfQuoteEnd } from './site';

/** Most words of a relaying source kept ("a letter to the council from the chair of the …" = 12). */
const RELAY_SOURCE_MAX_WORDS = 12;

/** "according to X" outside quotation marks, X up to a clause break. */
const ACCORDING_TO = /(?:^|[\s,;—–(])according to\s+([^,;:.?!()“”"]+?)\s*(?=[,;:.?!()]|$)/iu;

/**
 * ", reports the Coast Herald." / ", the Coast Herald reported on Monday." / ", as the Gazette
 * reported." ending a sentence: a capitalized outlet (up to five words) that relays it, after
 * a comma or a quotation (blanked out, its comma inside the marks).
 */
const REPORTED_AT_END =
  /(?:,|\s{3})\s*(?:(?:as\s+)?((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}’'&.-]*\s+){0,4}\p{Lu}[\p{L}’'&-]*)\s+(?:reported|reports|has\s+reported)|(?:reported|reports)\s+((?:the\s+)?(?:\p{Lu}[\p{L}’'&.-]*\s+){0,4}\p{Lu}[\p{L}’'&-]*))(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day|\s+in\s+\d{4}|\s+\p{Ll}+ly|\s+last\s+\p{Ll}+|\s+earlier)?\s*\.?\s*$/u;

/** "as X put it" / "as X puts it" outside quotation marks, X up to eight words. */
const PUT_IT_ANYWHERE =
  /(?:^|[\s,;—–(])as\s+((?:[^\s,;:“”"]+\s+){0,7}?[^\s,;:“”"]+)\s+(?:put|puts|has\s+put|had\s+put)\s+it\b/iu;

/** Stands in for the period of an initial or abbreviation ("U.S.") while clause breaks are read. */
const ABBREVIATION_DOT = '\u2024';

/**
 * The quote's own sentence with the words inside quotation marks blanked out, and the periods of
 * abbreviations ("the U.S. Senate") held apart from a sentence's end.
 */
function maskedSentence(site: QuoteSite): string {
  return maskedQuoteSentence(site).replace(
    /(?<=(?:^|[\s.])\p{Lu})\.(?=\s*\p{L})/gu,
    ABBREVIATION_DOT,
  );
}

/** The source a phrase names: a person, organisation or description the story gives, or the phrase itself. */
function relaySource(ctx: SpeakerContext, site: QuoteSite, raw: string): SpeakerAttribution {
  const phrase = raw
    .replaceAll(ABBREVIATION_DOT, '.')
    .trim()
    .split(/\s+/u)
    .slice(0, RELAY_SOURCE_MAX_WORDS)
    .join(' ');
  // "the Coast Herald": an outlet written with "the" keeps it (a name, not a person's; "the
  // Gazette's Tom Berg" is a person).
  if (/^[Tt]he(?:\s+\p{Lu}[\p{L}\d&.-]*)+$/u.test(phrase))
    return { speaker: describe(phrase), role: null, anonymous: true };
  // "the Gazette's Tom Berg": the person the outlet's possessive introduces.
  const owned = /['’]s\s+((?:\p{Lu}[\p{L}.’'-]*\s+){1,3}\p{Lu}[\p{L}’'-]*)$/u.exec(phrase)?.[1];
  const found = fromPhrase(ctx, owned ?? phrase, at(site), true);
  return found?.speaker ? found : { speaker: describe(phrase), role: null, anonymous: true };
}

/**
 * "When a fisherman shouted, “" / "as the heckler yelled: “" / "As the band sang back in the
 * 1980s, “": a time clause whose subject (up to eight words) and speech verb, a time allowed
 * after, introduce the quote right before the opening mark.
 */
const TIME_CLAUSE_LEAD =
  /(?:^|[\s,;—–])(?:when|as|while|after|before|until)\s+((?:[^\s,;:“”"]+\s+){0,7}?[^\s,;:“”"]+)\s+(\p{Ll}+)(?:\s+(?:back|out|again))?(?:\s+(?:in|on|at|during|last|this)\s+[^\s,;:“”"]+(?:\s+[^\s,;:“”"]+){0,2})?\s*[,:]\s*$/iu;

/** Rows tried before every other speaker row: the source that relays the quote's sentence. */
export const RELAY_RULES: SpeakerRule[] = [
  {
    // "When a fisherman shouted, “Shame,” Lima smiled": the time clause introduces its own
    // speaker's words; the main clause after the quote is someone else's.
    name: 'a time clause whose subject speaks right before the opening mark',
    example: {
      paragraphs: [
        'Ana Lima spoke at the pier on Monday.',
        'When a fisherman shouted, “Shame,” Lima smiled and said, “Thank you.”',
      ],
      speaker: 'a fisherman',
      quote: 0,
    },
    apply: (ctx, site) => {
      const m = TIME_CLAUSE_LEAD.exec(maskQuotations(site.lead));
      const subject = m?.[1];
      const verb = m?.[2]?.toLowerCase() ?? '';
      if (!subject || !(SPEECH_VERBS.has(verb) || CHANT_VERBS.has(verb))) return null;
      if (subject.split(/\s+/u).some((w) => NOT_IN_SUBJECT.test(w))) return null;
      // "When someone in the hall shouted": an indefinite pronoun's phrase is its own description.
      const someone = /^some(?:one|body)\b/iu.test(subject) ? subject : null;
      const found = fromPhrase(ctx, subject, at(site), true);
      return (
        found ?? (someone ? { speaker: describe(someone), role: null, anonymous: true } : null)
      );
    },
  },
  {
    // "As the Gazette's Tom Berg puts it, Lima wants a “family business.”": the one who put it
    // so, anywhere in the sentence (right next to the quote, the row of its own reads it).
    name: 'an “as X put it” phrase that relays the whole sentence',
    example: {
      paragraphs: [
        'Ana Lima chairs the harbour board.',
        'As the Gazette’s Tom Berg puts it, Lima wants the board to be “a family business.”',
      ],
      speaker: 'Tom Berg',
    },
    apply: (ctx, site) => {
      if (PUT_IT_LEAD.test(site.lead) || PUT_IT_AFTER.test(site.after)) return null;
      const m = PUT_IT_ANYWHERE.exec(maskedSentence(site));
      return m?.[1] ? relaySource(ctx, site, m[1]) : null;
    },
  },
];

/**
 * Rows tried after every row that reads a speaker in the quote's own sentence: the outer source
 * that relays a sentence naming no speaker of its own. ANNOTATION.md gives a relayed quote to its
 * original speaker ("…,” Lima said, according to the Gazette" is Lima's), so the outlet or
 * document speaks only when the sentence names no one else.
 */
export const OUTER_SOURCE_RULES: SpeakerRule[] = [
  {
    // "…,” members were told, according to the minutes.": with no speaker of its own in the
    // sentence, the story credits it to the "according to" source, outside the quotation marks
    // and not inside what was said ("Lima said that according to her count …"). An "according
    // to" right before the opening mark, or in a sentence without a reporting verb, is left to
    // the rows of its own further down (when they find a source).
    name: 'an “according to” source that relays the whole sentence',
    example: {
      paragraphs: [
        'The board met behind closed doors on Monday.',
        'The pier would reopen “in May at the latest,” members were told, according to minutes of the meeting.',
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
    // "…,” it was announced, reports the Coast Herald.": an outlet named at the end of a sentence
    // that names no speaker of its own relays it.
    name: 'an outlet that reports the sentence at its end',
    example: {
      paragraphs: [
        'The board met behind closed doors on Monday.',
        'The pier would reopen “in May at the latest,” it was announced, reports the Coast Herald.',
      ],
      speaker: 'the Coast Herald',
    },
    apply: (ctx, site) => {
      // Without "report" the pattern cannot match, and it is slow to fail on a long sentence.
      const masked = maskedSentence(site);
      const m = masked.includes('report') ? REPORTED_AT_END.exec(masked) : null;
      const outlet = m?.[1] ?? m?.[2];
      return outlet ? relaySource(ctx, site, outlet) : null;
    },
  },
];

/** Determiners that open a described subject ("the two lawmakers", "a campaign ad", "one employee"). */
const SUBJECT_DETERMINER =
  /^(?:the|a|an|this|these|those|one|two|three|four|five|some|many|most|several|both)$/iu;
/** Most words of a described subject after its determiner ("the pro-harbour campaign group" = 3). */
const SUBJECT_MAX_WORDS = 5;
/** Words that open a sentence before its subject ("But the board said"). */
const SUBJECT_OPENERS = /^(?:and|but|so|yet|still|then|now|meanwhile|instead|however)$/iu;
/** Adverbs and times between a subject and its verb ("the board on Monday also ruled"). */
const BETWEEN_SUBJECT_AND_VERB =
  /^\s*(?:(?:also|recently|then|later|again|first|previously|now|still|once|further|already|\p{Ll}+ly|on\s+\p{Lu}\p{Ll}+day|(?:this|last|next)\s+(?:week|month|year)|earlier\s+this\s+\p{Ll}+)\s+)*/u;
/** Past forms without "-ed" that open a clause's predicate ("the board found", "the paper ran"). */
const IRREGULAR_PAST =
  /^(?:ran|found|took|made|gave|put|saw|came|went|sent|held|began|kept|left|set|stood|spoke|thought|brought|got|drew|struck|shot|wrote|told|said)$/u;

/** Copulas and auxiliaries: "the vote was “rigged”" says what the vote was, not who spoke. */
const AUXILIARIES =
  /^(?:is|was|has|does|seems|remains|appears|becomes|looks|goes|gets|sounds|feels|means|contains|includes)$/u;

/**
 * A head noun a described subject may end on: a source, organisation or document noun, or an
 * organisation's initials ("the FBI"). A capitalized name ("the Harbour Trust") is left to the
 * rows that read names.
 */
const isSubjectHead = (w: string): boolean => {
  if (w.length < 3 || AUXILIARIES.test(w.toLowerCase())) return false;
  const singular = /s$/u.test(w) && w.length > 3 ? w.slice(0, -1) : w;
  return (
    /^\p{Lu}{2,6}s?$/u.test(w) ||
    (/^\p{Ll}/u.test(w) &&
      [w, singular].some((x) => isSourceHead(x) || DOCUMENT_HEADS.has(x.toLowerCase())))
  );
};

/** A reporting or attribution verb, or the base form of one ("the two argue"). */
const isReportingVerb = (w: string): boolean =>
  [w, `${w}s`].some((v) => SPEECH_VERBS.has(v) || ATTRIBUTION_VERBS.has(v));

/** A word that reads as the finite verb after a subject ("ruled", "argue", "accuses", "ran"). */
function isPredicateVerb(w: string): boolean {
  const lower = w.toLowerCase();
  if (!/^\p{Ll}+$/u.test(w) || PREPOSITIONS.has(lower) || isSourceHead(w)) return false;
  if (/^(?:and|or|but|who|which|that|whose|this|these|those|its|his|her|their)$/u.test(lower))
    return false;
  if (AUXILIARIES.test(lower)) return false;
  // A plural subject's verb in its base form ("the two argue", "officials write").
  const known = (v: string) => SPEECH_VERBS.has(v) || ATTRIBUTION_VERBS.has(v);
  return (
    known(lower) || known(`${lower}s`) || IRREGULAR_PAST.test(lower) || /(?:ed|es|s)$/u.test(lower)
  );
}

/**
 * The described subject opening a lead's clause, up to its verb: "The two councillors, however,
 * argue that “", "A 2019 port report found “", "The Lima campaign on Monday also doubled down
 * …, saying “" (or the clause after an opener set off by a comma: "In a statement, the board
 * …"). A head no word list knows, or a capitalized name, needs a reporting verb.
 */
export function describedSubject(lead: string): string | null {
  const masked = maskQuotations(lead).trim();
  // The sentence, then what follows each comma or semicolon (openers set off before the subject).
  const clauses = [
    masked,
    ...[...masked.matchAll(/[,;]\s+/gu)].map((m) => masked.slice((m.index ?? 0) + m[0].length)),
  ];
  for (const text of clauses) {
    const ws = [...text.matchAll(/[\p{L}\d’'&.-]+/gu)];
    let i = 0;
    while (SUBJECT_OPENERS.test(ws[i]?.[0] ?? '')) i++;
    const det = ws[i];
    if (!det || !SUBJECT_DETERMINER.test(det[0])) continue;
    for (let j = i + 1; j <= i + SUBJECT_MAX_WORDS && j < ws.length; j++) {
      const head = ws[j];
      const between = text.slice(
        (ws[j - 1]?.index ?? 0) + (ws[j - 1]?.[0].length ?? 0),
        head?.index,
      );
      if (!head || /[^\s]/u.test(between)) break;
      // The subject ends before any verb ("the mayor is claiming").
      if (NOT_IN_SUBJECT.test(head[0]) || isReportingVerb(head[0].toLowerCase())) break;
      // So does a past-tense verb taking an object ("the town released a statement").
      if (j > i + 1 && PAST_BEFORE_OBJECT.test(text.slice(head.index))) break;
      // A head no list knows ("the front-runner") speaks only through a reporting verb.
      const known = isSubjectHead(head[0]);
      // So does a capitalized name ("the Harbour Trust").
      if (!known && !/^\p{Ll}[\p{Ll}-]+$/u.test(head[0]) && !/^\p{Lu}\p{Ll}/u.test(head[0]))
        continue;
      // Past a ", however," or a participle clause set off by commas, and adverbs or a time.
      let rest = text.slice((head.index ?? 0) + head[0].length);
      // A relative clause set off before a comma ("the two councillors who lost, however, insist").
      rest = rest.replace(/^\s+(?:who|which|that)\s[^,;:]{1,60}(?=,)/u, '');
      rest = rest.replace(
        /^,\s+(?:however|too|though|meanwhile|\p{Ll}+(?:ed|ing|en|t)\s[^,;:]{0,80}),/u,
        '',
      );
      rest = rest.replace(BETWEEN_SUBJECT_AND_VERB, ' ');
      const verb = /^\s+(\p{L}+)\b/u.exec(rest)?.[1];
      if (verb && isPredicateVerb(verb) && (known || isReportingVerb(verb)))
        return text.slice(det.index ?? 0, (head.index ?? 0) + head[0].length);
    }
  }
  return null;
}

/**
 * ", the two write." / ", the lawsuit alleges." / ", the board said Friday." ending a quote's
 * sentence: a described subject (up to six words) and its reporting verb, a time and a place
 * ("in a letter to the board") allowed after.
 */
const DESCRIBED_REPORT_AT_END =
  /(?:^[\s,”"]*|,\s+)((?:the|a|an|one|two|three|some|many|several|both)\s+(?:[\p{L}\d’'&-]+\s+){0,5}?)(\p{Ll}+)(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day|\s+(?:this|last)\s+(?:week|month|year))?(?:\s+(?:in|on|to)\s+(?:a|an|the|their|its)\s+[^,;]{1,40})?\s*[.!?]?\s*$/iu;

/** Heads that stand for people already named, never a description ("the others", "the latter"). */
const PRONOUN_LIKE_HEAD = /^(?:one|ones|other|others|same|former|latter|rest|first|last)$/iu;

/** A lowercase past-tense verb and the determiner of its object ("released a", "sent the"). */
const PAST_BEFORE_OBJECT = /^\p{Ll}+ed\s+(?:a|an|the|its|his|her|their)\s/u;

/** Verbs and auxiliaries a subject's words never include. */
const NOT_IN_SUBJECT =
  /^(?:who|which|that|whose|is|was|are|were|be|been|has|had|have|will|would|can|could|may|might|must|should|shall|did|do|does)$/iu;

/**
 * Rows tried after the coverage rows and before the rows that look back to earlier sentences: a
 * described subject of the quote's own sentence that nothing before attributed.
 */
export const DESCRIPTION_SUBJECT_RULES: SpeakerRule[] = [
  {
    // "…,” the two write." / "…, the lawsuit alleges.": a described subject and its reporting
    // verb end the quote's sentence, where the main rows expect a name or a known role.
    name: 'a described speaker with its reporting verb ending the sentence',
    example: {
      paragraphs: [
        'Two harbour councillors wrote to the mayor on Monday.',
        '“We do not accept the count,” the two write.',
      ],
      speaker: 'the two',
    },
    apply: (ctx, site) => {
      const end = sentenceOfQuoteEnd(site)?.end ?? site.span.end;
      const tail = maskQuotations(site.para.text.slice(site.span.end, end));
      const m = DESCRIBED_REPORT_AT_END.exec(tail);
      const subject = m?.[1]?.trim();
      const verb = m?.[2]?.toLowerCase() ?? '';
      if (
        !subject ||
        PRONOUN_LIKE_HEAD.test(subject.split(/\s+/u).pop() ?? '') ||
        !(SPEECH_VERBS.has(verb) || ATTRIBUTION_VERBS.has(verb))
      )
        return null;
      return relaySource(ctx, site, subject);
    },
  },
  {
    // "The two councillors, however, insist that “…”", "A campaign ad released Monday accuses her
    // of “…”": the described subject opening the quote's clause, when nothing else spoke.
    name: 'the described subject opening the quote’s clause',
    example: {
      paragraphs: [
        'Ana Lima chairs the harbour board.',
        'The two councillors, however, insist that “a recount was held in 2011.”',
      ],
      speaker: 'the two councillors',
    },
    apply: (ctx, site) => {
      const subject = describedSubject(site.lead);
      return subject ? relaySource(ctx, site, subject) : null;
    },
  },
];
