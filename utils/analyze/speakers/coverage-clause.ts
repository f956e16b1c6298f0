/**
 * Speaker coverage rows for reporting clauses the main rows do not read (issue 11, round 2): a
 * body or study that "found" what the quote says, a share of a group that said it ("21 percent
 * said"), an "it" that calls something by the quoted name, "as X pointed out,", "had this to
 * say:", the owner of a response, a contracted "he’s claiming", a sentence presenting the quote
 * ("Here’s Lima in 1992:"), a verb that puts words in its subject's mouth ("likened … to"), and
 * a bare clause with any past tense after the quote. Composed into `COVERAGE_RULES`
 * (./coverage.ts); each row has its own invented example.
 */
import { maskQuotations } from '../attribution';
import { DOCUMENT_HEADS } from '../lexicon';
import { fromClauseSubject, itsReferent } from './clause';
import type { QuoteSite, SpeakerAttribution, SpeakerContext } from './context';
import { at } from './coverage-lead';
import { fromAfter, fromLead } from './cues';
import { fromPhrase, named } from './phrase';
import type { SpeakerRule } from './rules';

/**
 * A finding verb, an optional time ("in 2014", "this month", "last week") and "that", then the
 * content up to the quote with no other quotation, sentence break or colon: "the Trust found in
 * 2014 that the pier is “", "Pew found that “".
 */
const FINDING_VERB =
  /\b(found|finds|concluded|concludes|determined|determines|estimated|estimates|discovered)(\s+(?:(?:in|on|by|last|this|earlier|later)\s+[\p{L}\d]+(?:\s+\p{L}+)?\s+)?that\b[^“”".;:!?]{0,160}?[,]?\s*)$/u;

/**
 * A share of a group as a clause subject, then its reporting verb and the words up to the quote:
 * "About 21 percent of voters said the pier was “", "14 percent said “", "about four in 10 said
 * they were “", "half of the members called it “".
 */
const SHARE_LEAD =
  /(?:^|[,;—–]\s+|\b(?:and|but|while|whereas|to\s+which)\s+)((?:(?:about|nearly|almost|roughly|some|only|just|over|under|around|at\s+least|more\s+than|fewer\s+than|less\s+than)\s+)?(?:\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)|(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:\d+|ten|five|three|four)|half|a\s+third|two[-\s]thirds|a\s+quarter|three[-\s]quarters|a\s+majority)(?:\s+of\s+(?:the\s+|all\s+|those\s+)?[\p{L}’'-]+(?:\s+(?:and\s+)?[\p{L}’'-]+){0,4}?)?)\s+(?:said|say|says|told|called|call|described|describe|agreed|agree)\b[^“”".;:!?]{0,120}?[,:]?\s*$/iu;
/** Words for a poll or study: a share in a sentence naming one may be the poll's finding. */
const POLL_WORDS = /\b(?:poll|polls|survey|surveys|study|studies|report)\b/iu;

/** "…, what it calls “" / "it dubbed the plan “": a naming verb whose subject is "it". */
const IT_NAMING =
  /(?:^|[\s,;:—–])[Ii]t(?:['’]s)?\s+(?:(?:also|now|even)\s+)?(?:calls|called|describes|described|dubs|dubbed|terms|termed|labels|labeled|labelled)\b[^“”".;:!?]{0,40}?\s*$/u;

/**
 * "as the Gazette pointed out, “", "as Lima noted in a letter, “": the subject between "as" and
 * its reporting verb, which may take a short phrase before the comma or colon ("as X put it" is
 * a main row's).
 */
const AS_PUT_IT =
  /(?:^(?:[Bb]ut\s+|[Aa]nd\s+)?|[,;:—–(]\s*|\b(?:and|but|or)\s+)[Aa]s\s+((?:[\p{L}\d.’'-]+\s+){0,5}?[\p{L}\d.’'-]+)\s+(?:(?:has|had|once|later|recently)\s+)?(?:pointed\s+out|points\s+out|noted|notes|observed|observes|wrote|writes|explained|explains|reported|reports|remarked)(?:\s+[^,;:“”"]{1,40})?\s*[,:]\s*$/u;

/** "had this to say about the plan:", "has the following to add:" ending the lead. */
const THIS_TO_SAY =
  /\s(?:had|has|have)\s+(?:this|these\s+words|the\s+following)\s+to\s+(?:say|add|write)(?:\s+[^,;:“”"]{1,60})?\s*:\s*$/u;

/**
 * An owner and the noun for a reply, then "was" (and "that …") up to the quote: "Lima’s response
 * was: “", "the senator’s answer was that “", "her reply was “".
 */
const RESPONSE_WAS =
  /(?:^|[\s(])((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?|[Hh]is|[Hh]er|[Tt]heir|[Tt]he\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+['’]s)\s+(?:[\p{Ll}-]+\s+)?(?:response|answer|reply|retort|reaction|verdict|explanation)\s+(?:was|is|had\s+been)(?:\s+that\b[^“”".;:!?]{0,120}?)?\s*[,:]?\s*$/u;
/** A possessive pronoun's subject form ("her" → "she"). */
const OWNER_PRONOUN: Record<string, string> = { his: 'he', her: 'she', their: 'they' };

/** "He’s claiming", "Lima’s saying": a contracted "is" before a reporting participle. */
const CONTRACTED_PROGRESSIVE =
  /\b([Hh]e|[Ss]he|\p{Lu}\p{Ll}+)['’]s\s+(claiming|saying|telling|arguing|insisting|suggesting|warning|asking|noting|declaring)\b/gu;
/** The present tense the main rows read for each participle ("claiming" → "claims"). */
const PRESENT: Record<string, string> = {
  claiming: 'claims',
  saying: 'says',
  telling: 'tells',
  arguing: 'argues',
  insisting: 'insists',
  suggesting: 'suggests',
  warning: 'warns',
  asking: 'asks',
  noting: 'notes',
  declaring: 'declares',
};

/**
 * A sentence that only presents the quote below its colon: "Here’s Lima in December 1992: “",
 * "More from Lima: “", "From the report: “" (a time or place may follow the speaker).
 */
const PRESENTS_QUOTE =
  /^\s*(Here['’]s|Here\s+is|More\s+from|From)\s+((?:[\p{L}\d.’'-]+\s+){0,4}?[\p{L}\d.’'-]+)(?:\s+(?:in|on|at|during|last|this|from)\s+[^:;“”"]{1,40})?\s*:\s*$/u;

/**
 * Verbs that put words in their subject's mouth ("likened the rules to “", "hailed him as “",
 * "accused the mayor, Tomas Berg, of “"), the last one of the lead, with no other quotation or
 * clause break after it; a passive ("was accused by") or a verb without an object ("compared
 * to “") is left alone, and so are verbs mostly met as participles after a noun ("emails labeled
 * “…” by the agency").
 */
const AS_SAID_VERB =
  /(?<!\b(?:was|were|been|being|is|are|be|get|gets|got)\s+(?:\p{Ll}+ly\s+)?)\b(likened|compared|hailed|accused|thanked|praised|derided|mocked|denounced|condemned)\b(?!\s+(?:to|by|with|as|for|of|in)\b)(?=[^“”".;:!?]{0,80}$)/u;

/**
 * A bare clause after a quote that closes on a comma, question or exclamation mark, with a past
 * tense no word list knows as a reporting verb ("…?” Berg pressed.", "…,” he surmised."): a
 * pronoun or a capitalized name (up to three words), the verb, then the sentence's end or a time
 * or place.
 */
const BARE_AFTER =
  /^(\s*,?\s*(?:he|she|they|\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})\s+)(\p{Ll}{3,}ed)(?=\s*[.;]|\s*,\s*(?:\p{Ll}+ing\b|\p{Lu}|$)|\s+(?:on|in|at|during|after|before|as|while|when)\b)/u;
/** Words ending in "-ed" that are not a verb of the speaker ("…,” Berg said indeed"). */
const NOT_PAST =
  /^(?:need|indeed|speed|seed|feed|bed|red|shed|led|wed|bred|fled|greed|deed|steed|weed|creed)$/u;

/**
 * A subject that put out a statement "saying" or "stating" the quote: "released a statement
 * Wednesday saying", "sent out a press release saying", "blasted out a note to its members
 * stating," (up to eight words between the document and the participle, no clause break).
 */
const STATEMENT_SAYING =
  /\b(?:released|issued|sent(?:\s+out)?|put\s+out|blasted\s+out|posted|published)\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?(?:statement|press\s+release|release|email|e-mail|letter|memo|message)\b(?:\s+[^\s,;:“”"]+){0,8}?,?\s+(?:saying|stating|declaring)\b/u;

/**
 * A description of one person as a clause subject, two titles joined by "and", then a reporting
 * verb and the words up to the quote: "the former harbour master and current council candidate
 * said she wanted “". It opens the sentence or follows a comma or a masked title ("On Monday’s
 * “…” the …"); it starts with "the" and a lowercase word, the second title has no determiner
 * (so "the mayor and the board" is two subjects, left alone), and the head noun is lowercase.
 */
const JOINED_TITLES =
  /(?:^|[,;—–]|\s{2})\s*([Tt]he\s+\p{Ll}[\p{L}’'-]*\s+(?:[\p{L}’'.-]+\s+){0,4}?and\s+(?!(?:the|a|an|his|her|their|its|other|others)\b)(?:[\p{L}’'.-]+\s+){0,4}?\p{Ll}[\p{L}’'-]*)\s+(?:said|says|told)\b[^“”".;:!?]{0,160}?[,:]?\s*$/u;

/**
 * A naming verb in the present or progressive, whose object runs up to the quote with no clause
 * break: "is calling the plan “", "calls it “". A bare "called" is left to the main rows, which
 * keep a noun after a name from reading as a verb ("Harbour School fans called the rules “…”").
 */
const CALLING_LEAD = /\b(?:(?:is|was|has\s+been)\s+calling|calls)(?=\s+[^“”".;:!?,]{1,60}$)/u;

/**
 * The speaker of a lead whose verb at [start, start + length) is read as "said", padded to the
 * same length so the subject's offsets hold ("The survey found that" → "The survey said  that").
 */
function leadAsSaid(
  ctx: SpeakerContext,
  site: QuoteSite,
  lead: string,
  start: number,
  length: number,
): SpeakerAttribution | null {
  const normalized = lead.slice(0, start) + 'said'.padEnd(length, ' ') + lead.slice(start + length);
  // A subject fromLead takes for no speaker ("the town") is read as the clause's subject.
  return (
    named(fromLead(ctx, normalized, at(site))) ??
    named(fromClauseSubject(ctx, normalized, at(site)))
  );
}

/** Coverage rows that read a clause subject, in the order `COVERAGE_RULES` tries them. */
export const CLAUSE_COVERAGE_RULES: SpeakerRule[] = [
  {
    // "In 2014, the Harbour Trust found that “…”", "The board concluded this month that the pier
    // had been “…”": a body or study reports a finding in the quoted words, read as its "said".
    name: 'a body or study that found what the quote says',
    example: {
      paragraphs: [
        'The pier reopened on Monday.',
        'In 2019, the Harbour Trust found that “nearly half of the moorings are unsafe” in winter.',
      ],
      speaker: 'the Harbour Trust',
    },
    apply: (ctx, site) => {
      const lead = maskQuotations(site.lead);
      const m = FINDING_VERB.exec(lead);
      if (!m?.[1]) return null;
      return leadAsSaid(ctx, site, lead, m.index, m[1].length);
    },
  },
  {
    // "About 21 percent of voters said the pier was “…”", "14 percent said “…”": the share of
    // the group that answered speaks for its answer, unless the sentence names the poll, whose
    // finding it may be.
    name: 'a share of a group that said the quote',
    example: {
      paragraphs: [
        'The pier reopened on Monday.',
        'About 30 percent of dock workers said the new moorings were “a waste of money” this year.',
      ],
      speaker: 'About 30 percent of dock workers',
    },
    apply: (_ctx, site) => {
      const lead = maskQuotations(site.lead);
      // Unmasked: the share's clause runs up to the quote with no other quotation inside it, so
      // in "21 percent said “…” and 14 percent said “…”" the second is the later share's.
      const m = SHARE_LEAD.exec(site.lead);
      const share = m?.[1]?.trim();
      if (!m || !share || POLL_WORDS.test(lead)) return null;
      return { speaker: share, role: null, anonymous: true };
    },
  },
  {
    // "The Harbour Trust said … . It is denouncing what it calls “…”": "it" names the thing in
    // the quoted words: the organisation or document "it" stands for.
    name: 'an “it” that calls something by the quoted name',
    example: {
      paragraphs: [
        '“We will not back down,” the Harbour Trust said on Monday.',
        'It is denouncing what it calls “a campaign of lies” against the plan.',
      ],
      speaker: 'the Harbour Trust',
    },
    apply: (ctx, site) =>
      IT_NAMING.test(maskQuotations(site.lead)) ? named(itsReferent(ctx, at(site))) : null,
  },
  {
    // "But as the Harbour Gazette pointed out, “…”", "as Lima noted in a letter, “…”".
    name: 'the subject of an “as … pointed out” clause before the quote',
    example: {
      paragraphs: [
        'The pier reopened on Monday.',
        'But as the Harbour Gazette pointed out, “Still, the ferry has not come back.”',
      ],
      speaker: 'the Harbour Gazette',
    },
    apply: (ctx, site) => {
      const m = AS_PUT_IT.exec(maskQuotations(site.lead));
      if (!m?.[1]) return null;
      return named(fromPhrase(ctx, m[1], { ...at(site), offset: m.index }, true));
    },
  },
  {
    // "A paper from the Harbour Trust had this to say about the plan: “…”": read as its "said:".
    name: 'a subject that had this to say',
    example: {
      paragraphs: [
        'The pier reopened on Monday.',
        'A paper from the Harbour Trust had this to say about the fees: “Families will pay more.”',
      ],
      speaker: 'a paper from the Harbour Trust',
    },
    apply: (ctx, site) => {
      const lead = maskQuotations(site.lead);
      if (!THIS_TO_SAY.test(lead)) return null;
      return named(fromLead(ctx, lead.replace(THIS_TO_SAY, ' said: '), at(site)));
    },
  },
  {
    // "Tomas Berg’s response was: “…”", "the senator’s answer was that “…”": the owner of the
    // reply speaks it.
    name: 'the owner of a response that was the quote',
    example: {
      paragraphs: [
        'Tomas Berg and Ines Lund debated the pier on Monday.',
        'Asked about the fees, Tomas Berg’s response was: “Is the pier open or not?”',
      ],
      speaker: 'Tomas Berg',
    },
    apply: (ctx, site) => {
      const m = RESPONSE_WAS.exec(maskQuotations(site.lead));
      const owner = m?.[1];
      if (!m || !owner) return null;
      const pronoun = OWNER_PRONOUN[owner.toLowerCase()];
      const phrase = pronoun ?? owner.replace(/['’]s?$/u, '');
      return named(fromPhrase(ctx, phrase, { ...at(site), offset: m.index }, !pronoun));
    },
  },
  {
    // "He’s claiming that the fees are “…”": read as "he claims that …".
    name: 'a reporting participle after a contracted “is”',
    example: {
      paragraphs: [
        'Tomas Berg spoke to the dockers on Monday.',
        'He’s claiming that the fees are “a big, big problem in this town” now.',
      ],
      speaker: 'Tomas Berg',
    },
    apply: (ctx, site) => {
      const lead = maskQuotations(site.lead);
      const expanded = lead.replace(
        CONTRACTED_PROGRESSIVE,
        (_, who: string, verb: string) => `${who} ${PRESENT[verb] ?? verb}`,
      );
      return expanded === lead ? null : named(fromLead(ctx, expanded, at(site)));
    },
  },
  {
    // "Here’s Lima in March 2003: “…”", "From the report: “…”": a sentence that only presents
    // the quote names its speaker; after "From", a document or a name ("From the start:" names
    // nobody).
    name: 'a sentence that presents the quote after its colon',
    example: {
      paragraphs: [
        'Tomas Berg has changed his tune on the pier.',
        'Here’s Berg in March 2003: “The pier is where the town starts again.”',
      ],
      speaker: 'Tomas Berg',
    },
    apply: (ctx, site) => {
      const m = PRESENTS_QUOTE.exec(maskQuotations(site.lead));
      const phrase = m?.[2];
      if (!m || !phrase) return null;
      const head = phrase.split(/\s+/u).pop()?.toLowerCase() ?? '';
      const document = /^the\s/iu.test(phrase) && DOCUMENT_HEADS.has(head);
      if (/^From$/u.test(m[1] ?? '') && !document && !/^\p{Lu}/u.test(phrase)) return null;
      return named(fromPhrase(ctx, phrase, { ...at(site), offset: m.index }, document));
    },
  },
  {
    // "Another critic, Ines Lund, likened the rules to “…”", "The Trust accused the mayor, Tomas
    // Berg, of “…”": the verb read as "said", so the subject before it speaks (an appositive
    // after the object no longer hides it).
    name: 'the subject of a verb that puts words in its mouth',
    example: {
      paragraphs: [
        'The pier rules came out on Monday.',
        'Another critic, Ines Lund, likened the rules to “burning the harbour charter” on Monday.',
      ],
      speaker: 'Ines Lund',
    },
    apply: (ctx, site) => {
      const lead = maskQuotations(site.lead);
      const m = AS_SAID_VERB.exec(lead);
      if (!m?.[1]) return null;
      return leadAsSaid(ctx, site, lead, m.index, m[1].length);
    },
  },
  {
    // "“Would the fees fall?” Berg pressed.", "“…,” he surmised.": a bare clause of a name or
    // pronoun and a past tense right after the quote reports it, whatever the verb.
    name: 'a bare clause with any past tense after the quote',
    example: {
      paragraphs: [
        'Tomas Berg spoke to the dockers on Monday.',
        '“Would the fees fall for families?” Berg pressed.',
      ],
      speaker: 'Tomas Berg',
    },
    apply: (ctx, site) => {
      if (!/[,?!]\s*$/u.test(site.span.text)) return null;
      const after = maskQuotations(site.after);
      const m = BARE_AFTER.exec(after);
      if (!m?.[1] || !m[2] || NOT_PAST.test(m[2])) return null;
      const normalized = m[1] + 'said'.padEnd(m[2].length, ' ') + after.slice(m[0].length);
      return named(fromAfter(ctx, normalized, at(site)));
    },
  },
  {
    // "The Harbour Trust released a statement Wednesday saying the fees are “…”": its author
    // speaks; read as "The Harbour Trust said the fees are …" (a described body, "The village
    // issued a memo Friday saying …", as the clause's subject).
    name: 'the author of a statement saying the quote',
    example: {
      paragraphs: [
        'The pier reopened on Monday.',
        'The Harbour Trust released a statement Wednesday saying the fees are “based on opinion, not facts.”',
      ],
      speaker: 'the Harbour Trust',
    },
    apply: (ctx, site) => {
      const lead = maskQuotations(site.lead);
      const m = STATEMENT_SAYING.exec(lead);
      if (!m) return null;
      return leadAsSaid(ctx, site, lead, m.index, m[0].length);
    },
  },
  {
    // "On Monday, the former harbour master and current council candidate said she wanted
    // “…”": two titles joined by "and" describe one person, who speaks.
    name: 'a description of two joined titles that said the quote',
    example: {
      paragraphs: [
        'The pier reopened on Monday.',
        'On Monday, the former harbour master and current council candidate said she wanted “more boats” by summer.',
      ],
      speaker: 'the former harbour master and current council candidate',
    },
    apply: (_ctx, site) => {
      const m = JOINED_TITLES.exec(maskQuotations(site.lead));
      const who = m?.[1];
      if (!who) return null;
      return { speaker: who.replace(/^The\b/u, 'the'), role: null, anonymous: false };
    },
  },
  {
    // "Harbour candidate Tomas Berg’s doctor is calling the candidate “…”": a subject the main
    // rows do not read before a naming verb; read as its "said" (same length, so offsets hold).
    name: 'the subject of a naming verb read as its “said”',
    example: {
      paragraphs: [
        'The pier reopened on Monday.',
        'Independent harbour candidate Tomas Berg’s doctor is calling the candidate “remarkably fit.”',
      ],
      speaker: 'Independent harbour candidate Tomas Berg’s doctor',
    },
    apply: (ctx, site) => {
      const lead = maskQuotations(site.lead);
      const m = CALLING_LEAD.exec(lead);
      if (!m) return null;
      return leadAsSaid(ctx, site, lead, m.index, m[0].length);
    },
  },
];
