/**
 * Speaker coverage rows that read the text before a quote (issue 11): a reporting clause whose
 * subject carries an appositive, the owner of a claim the quote completes, a first-person
 * narrator, and a crowd that chants. Composed into `COVERAGE_RULES` (./coverage.ts); each row
 * has its own invented example.
 */
import { maskQuotations } from '../attribution';
import { describe } from '../entity-mentions';
import { SPEECH_VERBS } from '../lexicon';
import type { QuoteSite, SpeakerAttribution } from './context';
import { fromLead } from './cues';
import { fromPhrase } from './phrase';
import type { SpeakerRule } from './rules';

/** Where a quote stands, for resolving what a row reads from there. */
export const at = (site: QuoteSite) => ({
  sentence: site.span.sentence,
  offset: site.offset,
  paragraph: site.p,
});

/**
 * A lead without what sits between a subject and its verb: a party and state ("(R-Wis.)",
 * ", R-Ky.,"), a clause set off by dashes ("Lima — a teacher from Leeds — says"), a relative or
 * participle clause ("…, who runs the ferry,", "…, also speaking in Leeds,") or a described
 * appositive ("…, a former pilot,", "…, one of the signatories,") set off by commas after a
 * name (after a common noun, ", chiding him," is the clause that holds the quote), or a sentence
 * adverb set off by commas ("Critics of the plan, however, say …").
 */
function withoutAppositives(lead: string): string {
  return lead
    .replace(/\s*\([A-Z]-[A-Z][\p{L}.]*\)/gu, '')
    .replace(/,\s*[A-Z]-[A-Z][\p{L}.]*,/gu, ',')
    .replace(/\s[—–]\s[^—–]{2,120}?\s[—–]\s/gu, ' ')
    .replace(
      /(\p{Lu}[\p{L}.’'-]*|\)),\s+(?:(?:also|still|now|then)\s+)?(?:who|who['’]s|whose|clad|\p{Ll}+(?:ing|ed|en))\s[^,;:]*,\s*/gu,
      '$1 ',
    )
    .replace(/(\p{Lu}[\p{L}.’'-]*),\s+(?:a|an|the|one\s+of\s+the)\s[^,;:]{2,80},\s*/gu, '$1 ')
    .replace(/,\s+(?:however|though|too|meanwhile|moreover|instead|likewise)\s*,\s*/gu, ' ');
}

/**
 * A clause's subject, then its chant or shout verb right before the quote ("Dock workers marching
 * along the quay chanted “", "Some shouted, “", "the crowd chanted back at him, “"): the subject
 * is cut before a participle or a relative word, and the verb may follow "while" or a comma.
 */
const CROWD_LEAD =
  /(?:^|[,;:—–]\s+|\b(?:and|but|as|when)\s+)((?:[\p{L}\d’'-]+\s+){0,5}?[\p{L}\d’'-]+?)(?:\s+(?:\p{Ll}+ing|who|which|that)\b[^,;:]*?)?(?:,?\s+(?:while\s+)?|,\s+)(?:chanted|chanting|chant|shouted|shouting|yelled|yelling|cried|screamed|screaming)(?:\s+(?:back|again|out)(?:\s+at\s+\p{Ll}+)?)?\s*[,:]?\s*$/u;
/** Nouns for something said or found, whose owner said the quote their clause holds. */
const CLAIM_NOUNS =
  'claims?|promises?|pledges?|vows?|assertions?|calls?|insistence|accusations?|predictions?|warnings?|suggestions?|arguments?|answer|response|description|comments?|remarks?|statements?|conclusions?|contention|findings?|assessment|characteri[sz]ation|verdict';
/**
 * An owner (a name's possessive or his/her/their), up to two words, a noun for something said,
 * then its content up to the quote: "Lima’s claim that there have been “", "his promise to be “",
 * "her assertion during the debate that “", "Berg’s conclusion that her books were “". The
 * content holds no sentence or clause break, no comma, no other quotation and no second owner's
 * claim (`SECOND_OWNER`); one to twelve words (with none, the main remark row reads it).
 */
const CLAIM_OWNER_LEAD = new RegExp(
  String.raw`(?:^|[\s(])((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${CLAIM_NOUNS})\s+(?:that|to|of|for|about|during)\b(?:\s+[^\s.,;:!?“”"]+){1,12}?\s*[,:]?\s*$`,
  'u',
);
/** A second owner's claim inside the content ("… that her remark about …"). */
const SECOND_OWNER = new RegExp(
  String.raw`\b(?:his|her|their)\s+(?:[\p{Ll}-]+\s+)?(?:${CLAIM_NOUNS})\b`,
  'u',
);
/** Verbs that name what something is called ("Berg described Lima as", "…, calling it"). */
const NAMING =
  /^(?:calls?|called|calling|dubbed|dubbing|label(?:l?ed|l?ing)|branded|branding|termed|terming|describe[sd]?|describing|saying)$/u;
/** A possessive pronoun's subject form ("her" → "she"). */
const OWNER_PRONOUN: Record<string, string> = { his: 'he', her: 'she', their: 'they' };

/** "…,” I said" / "…,” I later wrote": the narrator's reporting verb after the quote. */
const FIRST_PERSON_AFTER = /^[\s,]*I\s+(?:(?:also|then|later|finally|once)\s+)?(\p{Ll}+)\b/u;
/** "I said, “…”" / "I told the judge: “…”" ending the lead. */
const FIRST_PERSON_LEAD =
  /(?:^|[,;:—–]\s*|\b(?:and|but|then|when|so)\s+)I\s+(?:(?:also|then|later|finally|once)\s+)?(\p{Ll}+)(?:\s+[\p{L}’'-]+){0,3}\s*[,:]?\s*$/u;
/** The speaker of a first-person narrator's words. */
const AUTHOR: SpeakerAttribution = { speaker: 'the author', role: null, anonymous: true };

/** A crowd and its chant or shout verb right after the quote ("“…!” some protesters chanted"). */
const CROWD_AFTER =
  /^[\s,]*((?:[\p{L}\d’'-]+\s+){0,4}[\p{L}\d’'-]+)\s+(?:chanted|shouted|yelled|cried|screamed)\b/u;
/** A chant or shout participle ending the lead after a comma, "while" or "and". */
export const CROWD_PARTICIPLE =
  /(?:,\s+|\s+(?:while|and)\s+)(?:chanting|shouting|yelling|screaming)\s*[,:]?\s*$/u;
/** The words opening a sentence up to its verb or first comma ("Small groups of protesters"). */
export const SENTENCE_SUBJECT =
  /^\s*((?:[\p{L}\d’'-]+\s+){0,5}?[\p{L}\d’'-]+?)(?=,|\s+\p{Ll}+(?:ed|ing)\b|\s+(?:were|was|are|is|have|had|kept|began|came|went|took|stood|held)\b)/u;
/** Heads of a crowd: plural people nouns and collectives ("protesters", "the crowd", "some"). */
const CROWD_HEAD =
  /^(?:\p{Ll}+(?:ers|ors|ists|ents|ants|ans|ees|ies|ives|men|women|people|folk|fans|kids|students|workers|voters|members|delegates|residents|crowds?)|crowd|audience|chorus|throng|mob|group|groups|some|others|many|hundreds|thousands|dozens|people|fans)$/u;

/** Whether a subject is a crowd ("Small groups of protesters", "About 200 fans", "Some"). */
export function isCrowd(subject: string): boolean {
  const words = subject.split(/\s+/u);
  const head = (words.includes('of') ? words[words.lastIndexOf('of') + 1] : words.at(-1)) ?? '';
  return CROWD_HEAD.test(head.toLowerCase()) && !/\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(subject);
}

/** "Dock workers" → "dock workers"; an acronym or a name-like second word keeps its case. */
export const lowerFirst = (s: string): string =>
  /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;

/** Coverage rows that read the lead, in the order `COVERAGE_RULES` tries them. */
export const LEAD_COVERAGE_RULES: SpeakerRule[] = [
  {
    // "Ana Lima, clad in a red cape, said the vote could be a “failure”": the clause before the
    // quote read without the participle or relative clause set off inside its subject.
    name: 'the reporting clause before the quote, past its appositive',
    example: {
      paragraphs: [
        'The harbour vote is on Monday.',
        'Harbour old-timer Ines Lund, clad in a red cape, said the vote could be a “failure” on Monday.',
      ],
      speaker: 'Ines Lund',
    },
    apply: (ctx, site) => {
      const masked = maskQuotations(site.lead);
      const normalized = withoutAppositives(masked);
      if (normalized === masked) return null;
      return fromLead(ctx, normalized, at(site));
    },
  },
  {
    // "“…,” I said." / "I told her, “…”": a first-person narrator is the story's author, whom
    // ANNOTATION.md lets us name by description when the text gives no name (the byline is not
    // part of the analysed text).
    name: 'the author speaking in the first person',
    example: {
      paragraphs: ['The harbour master turned to me.', '“We should reopen the pier,” I said.'],
      speaker: 'the author',
    },
    apply: (_ctx, site) => {
      const after = FIRST_PERSON_AFTER.exec(maskQuotations(site.after))?.[1];
      const lead = FIRST_PERSON_LEAD.exec(maskQuotations(site.lead))?.[1];
      const verb = after ?? lead;
      return verb && SPEECH_VERBS.has(verb) ? AUTHOR : null;
    },
  },
  {
    // "Protesters marching through the pier chanted “…”", "Some shouted, “…”": a crowd that
    // chants or shouts the words speaks them; only a plural or collective subject counts, as a
    // named person's shout goes through the main rows.
    name: 'a crowd that chants or shouts the quote',
    example: {
      paragraphs: [
        'The pier closed on Monday.',
        'Dock workers marching along the quay chanted “Open the pier!” until dawn.',
      ],
      speaker: 'dock workers',
    },
    apply: (_ctx, site) => {
      const lead = maskQuotations(site.lead);
      // "Protesters looped the streets while chanting, “…”": the sentence's subject chants.
      // "Outside the arena, protesters gathered, chanting “…”": or the subject after an opener.
      const opening = CROWD_PARTICIPLE.test(lead)
        ? [lead, lead.slice(lead.indexOf(',') + 1)]
            .map((l) => SENTENCE_SUBJECT.exec(l)?.[1]?.trim())
            .find((x) => x !== undefined && isCrowd(x))
        : undefined;
      // "“…!” some protesters chanted": the crowd after the quote.
      const after = CROWD_AFTER.exec(maskQuotations(site.after))?.[1];
      const subject = [CROWD_LEAD.exec(lead)?.[1], opening, after]
        .map((x) => x?.trim())
        .find((x) => x !== undefined && isCrowd(x));
      if (!subject) return null;
      return { speaker: describe(lowerFirst(subject)), role: null, anonymous: true };
    },
  },
];

/**
 * Read right after the closing-mark row, before the lead's own clause: the claim's clause sits
 * between the quote and the clause's subject ("Critics seized on Berg’s claim that …").
 */
export const CLAIM_OWNER_RULE: SpeakerRule = {
  // "Lima’s claim that the harbour has seen “thousands of arrivals”", "his promise to be
  // “tough”": the quote completes what the owner said, however many words the claim runs
  // before the quote (the main row takes a remark noun right before the mark only).
  name: 'the owner of a claim the quote completes',
  example: {
    paragraphs: [
      'Ana Lima and Tomas Berg debated on Monday.',
      'Voters weighed Tomas Berg’s claim that the harbour has seen “thousands of arrivals” this year.',
    ],
    speaker: 'Tomas Berg',
  },
  apply: (ctx, site) => {
    // A later quote of the sentence may be someone else's words about the claim ("to his call
    // for a “force,” Berg described Lima as “…”"), and would inherit this owner.
    const words = (t: string) => t.toLowerCase().split(/[^\p{L}]+/u);
    // Only when a clause of its own stands between them ("… Berg described Lima as").
    const next = ctx.spans[site.k + 1];
    const between = next ? site.para.text.slice(site.span.end, next.start) : '';
    if (
      next?.paragraph === site.p &&
      next.sentence === site.span.sentence &&
      words(between).some((w) => SPEECH_VERBS.has(w) || NAMING.test(w))
    )
      return null;
    // Unmasked: the claim runs up to the quote with no other quotation inside it.
    const m = CLAIM_OWNER_LEAD.exec(site.lead);
    const owner = m?.[1];
    if (!m || !owner) return null;
    // "…’s claim that Lima said “…”": a speech verb inside the claim hands the quote to its
    // subject. "Berg said Lima’s claim that … is “untrue”": under a reporting verb the claim
    // is talked about, and the quote may be the reporter's verdict on it.
    const content = m[0].replace(/^.*?\s(?:that|to|of|for|about|during)\b/su, '');
    if (words(content).some((w) => SPEECH_VERBS.has(w)) || SECOND_OWNER.test(content)) return null;
    // A reporting verb outside a relative clause that holds the owner ("Lima said …, who was
    // hurt by Berg’s conclusion that …") governs nothing here.
    const before =
      site.lead
        .slice(0, m.index)
        .split(/,\s+(?:who|which|whose)\b/u)
        .at(-1) ?? '';
    if (words(before).some((w) => SPEECH_VERBS.has(w))) return null;
    const pronoun = OWNER_PRONOUN[owner.toLowerCase()];
    const phrase = pronoun ?? owner.replace(/['’]s?$/u, '');
    const found = fromPhrase(ctx, phrase, { ...at(site), offset: m.index });
    return found && !found.anonymous ? found : null;
  },
};
