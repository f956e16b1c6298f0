/**
 * Speaker rules for attributions the main rows miss (issue 11, speaker coverage): transcript
 * turns ("PENCE: …" inside the quote), documents that "read" a quote, and reporting clauses
 * after a quote that carry an appositive the main rows stop at. Each row is tried only after
 * the rows of `SPEAKER_RULES` before it found nothing; each has its own invented example.
 */
import { maskQuotations } from '../attribution';
import { describe } from '../entity-mentions';
import { ATTRIBUTION_VERBS, DOCUMENT_HEADS, SPEECH_VERBS } from '../lexicon';
import { fullestName } from '../names';
import { tokenize } from '../tokens';
import { fromClauseSubject, itsReferent } from './clause';
import type { QuoteSite, SpeakerAttribution, SpeakerContext } from './context';
import { fromAfter, fromLead } from './cues';
import { fromPhrase, namedSpeaker } from './phrase';
import type { SpeakerRule } from './rules';

const at = (site: QuoteSite) => ({
  sentence: site.span.sentence,
  offset: site.offset,
  paragraph: site.p,
});

/**
 * A speaker's all-caps label opening a transcript turn: "PENCE: …", "MR. LUND: …" (up to three
 * words; the colon, then a space and the turn's words). A mixed-case label is left alone: "Ana
 * Lima: Bad for the harbour" is as often a chant or a headline about her as her own words.
 */
const TURN_LABEL = /^\s*(\p{Lu}[\p{Lu}.’'-]+(?:\s+\p{Lu}[\p{Lu}.’'-]*){0,2}):\s+\S/u;
/** Turns an unknown label must open before it counts as a speaker ("VIDEO:" once is a caption). */
const MIN_TURNS = 2;

/** The answer of a row that settles a quote has no speaker the story names. */
const NOBODY: SpeakerAttribution = { speaker: null, role: null, anonymous: false };

/** "PENCE" → "Pence", "MR. LUND" → "Mr. Lund". */
const titleCase = (label: string): string =>
  label
    .toLowerCase()
    .replace(/(^|[\s.’'-])(\p{Ll})/gu, (_, b: string, c: string) => b + c.toUpperCase());

const turnCounts = new WeakMap<object, Map<string, number>>();
/** How many quotes of the story each label opens ("WALLACE" → 4), memoized. */
function turnsOf(ctx: SpeakerContext): Map<string, number> {
  let counts = turnCounts.get(ctx.doc);
  if (!counts) {
    counts = new Map();
    for (const span of ctx.spans) {
      const label = TURN_LABEL.exec(span.text)?.[1];
      if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    turnCounts.set(ctx.doc, counts);
  }
  return counts;
}

/**
 * The speaker a turn label names: a person the story names ("PENCE" → "Mike Pence"), or a label
 * that opens several turns of a transcript with at least two speakers.
 */
function turnSpeaker(ctx: SpeakerContext, label: string): SpeakerAttribution | null {
  const { people } = ctx.doc;
  const name = titleCase(label);
  if (people.names.includes(fullestName(name, people))) return namedSpeaker(ctx, name, null);
  const turns = turnsOf(ctx);
  // A turn whose label names nobody the story knows ("VIDEO:") is no one's continuation either.
  return turns.size >= 2 && (turns.get(label) ?? 0) >= MIN_TURNS
    ? { speaker: name, role: null, anonymous: false }
    : NOBODY;
}

/** "…,” the statement read." / "…,” reads a memo from the board.": a document shows the words. */
const READ_AFTER =
  /^[\s,]*(?:(it|[Tt]he\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+(?:read|reads)\b|(?:read|reads)\s+((?:the|a|an)\s+[^,.;:!?]{2,80}))/u;

/** Whether a phrase names a document ("the statement", "a Monday editorial in the Gazette"). */
function isDocumentPhrase(phrase: string): boolean {
  const head = phrase.split(/\s+(?:in|of|from|by|to)\s+/u)[0] ?? phrase;
  const last = head.split(/\s+/u).pop()?.toLowerCase() ?? '';
  return (
    DOCUMENT_HEADS.has(last) ||
    /^(?:editorial|article|column|post|message|tweet|note|sign)s?$/u.test(last)
  );
}

/** Most capitalized words before the verb of a new sentence after a closed quote ("US Senator Ana de Lima said" = 5). */
const CLOSED_NAME_WORDS = 5;

/**
 * What may follow the verb of a bare reporting sentence: its end, or a time, a place, a manner
 * ("said on Tuesday", "said as he left", "told reporters."). Anything else is a clause of its own.
 */
const CLAUSE_END_AFTER_VERB =
  /^(?:\s*(?:[.,;!]|$)|\s+(?:as|while|when|on|in|at|during|after|before|from|to|with|of|reporters|\p{Lu}\p{Ll}+day|\p{Ll}+ly)\b)/u;
/** Capitalized words, then the verb: "Harbour Master Ana Lima said" (2 to CLOSED_NAME_WORDS words). */
const CLOSED_TITLED_NAME = new RegExp(
  `^\\s*((?:\\p{Lu}[\\p{L}.’'-]*\\s+){2,${CLOSED_NAME_WORDS}})(\\p{Ll}+)\\b`,
  'u',
);
/**
 * A name, one or two appositives set off by commas (a period only inside an abbreviation,
 * "R-Pa."), then the verb, capitalized or not: "Ana Lima, the head of the trust, Tweeted".
 */
const CLOSED_NAME_APPOSITIVE =
  /^\s*((?:\p{Lu}[\p{L}.’'-]*\s+){0,4}\p{Lu}[\p{L}’'-]*)(?:,\s+(?:[^,;“”".]|\.(?!\s))+){1,2},\s+(\p{L}+)\b/u;

/**
 * The reporting clause after a quote, read past what stops the main rows: a capitalized verb
 * after an appositive ("…, Tweeted"), a party and state ("Ana Lima, D-Ore., said"), a relative
 * or participle clause inside the appositive ("…, who asked not to be named, told …"), quoted
 * words inside it, or a full name with its title opening a new sentence ("“…!” Harbour Master
 * Ana Lima said").
 */
function afterPastAppositive(ctx: SpeakerContext, site: QuoteSite): SpeakerAttribution | null {
  const { span, para } = site;
  if (span.pieces.length > 0) return null;
  const tail = para.text.slice(span.end);
  if (/^\s*[“"]/u.test(tail)) return null;
  const sentenceEnd = para.sentences.find((x) => span.end > x.start && span.end <= x.end)?.end;
  const raw = maskQuotations(
    tail.slice(0, Math.max(0, (sentenceEnd ?? para.text.length) - span.end) + 200),
  );
  const closed = /[.?!…]$/u.test(span.text) && /^\s*\p{Lu}/u.test(raw);
  if (closed) {
    // A new sentence: only a name with its title right before the verb ("Harbour Master Ana Lima
    // said"), or a name and an appositive set off by commas ("Ana Lima, a pilot, said").
    const m = CLOSED_TITLED_NAME.exec(raw) ?? CLOSED_NAME_APPOSITIVE.exec(raw);
    const verb = m?.[2]?.toLowerCase() ?? '';
    if (!m?.[1] || !SPEECH_VERBS.has(verb)) return null;
    // "Ana Lima said the pier …" goes on with what she said next: a sentence of its own.
    if (!CLAUSE_END_AFTER_VERB.test(raw.slice(m[0].length))) return null;
    return fromPhrase(ctx, m[1].trim(), at(site));
  }
  const normalized = raw
    // "(R-Wis.)", ", R-Ky.,": a party and state.
    .replace(/\s*\([A-Z]-[A-Z][\p{L}.]*\)/gu, '')
    .replace(/,\s*[A-Z]-[A-Z][\p{L}.]*,/gu, ',')
    // ", who asked not to be named,", ", wearing a red cape,".
    .replace(/,\s+(?:who|whose)\s[^,.;]*,/gu, ',')
    .replace(/,\s+\p{Ll}+ing\s[^,.;]*,/gu, ',')
    // ", Tweeted": a reporting verb capitalized after an appositive.
    .replace(/(,\s+)(\p{Lu}\p{Ll}+)\b/gu, (m, lead: string, w: string) =>
      SPEECH_VERBS.has(w.toLowerCase()) ? lead + w.toLowerCase() : m,
    );
  if (normalized === raw) return null;
  return fromAfter(ctx, normalized, at(site));
}

/**
 * A lead without what sits between a subject and its verb: a party and state ("(R-Wis.)",
 * ", R-Ky.,"), a clause set off by dashes ("Lima — a teacher from Leeds — says"), a relative or
 * participle clause ("…, who runs the ferry,", "…, also speaking in Leeds,") or a described
 * appositive ("…, a former pilot,", "…, one of the signatories,") set off by commas after a
 * name (after a common noun, ", chiding him," is the clause that holds the quote).
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
    .replace(/(\p{Lu}[\p{L}.’'-]*),\s+(?:a|an|the|one\s+of\s+the)\s[^,;:]{2,80},\s*/gu, '$1 ');
}

/** "…,” it added" / "…,” it further wrote": the reporting verb after "it" (one adverb allowed). */
const IT_AFTER = /^[\s,]*it\s+(?:(?:also|further|then|later)\s+)?(\p{Ll}+)\b/u;
/** "It added, “…”" / "…, it said: “…”" ending the lead. */
const IT_BEFORE =
  /(?:^|[,;:]\s*|\b(?:and|but)\s+)[Ii]t\s+(?:(?:also|further|then|later)\s+)?(\p{Ll}+)\s*[,:]?\s*$/u;
/** Paragraphs back an "it" looks for the thing that spoke (the quote's and the one before). */
const IT_PARAGRAPHS = 1;

/**
 * The nearest earlier speaker that "it" can stand for: not a person the story names, not a
 * plural description ("officials"), within the quote's paragraph or the one before.
 */
function lastThingSpeaker(ctx: SpeakerContext, site: QuoteSite): SpeakerAttribution | null {
  const { people } = ctx.doc;
  for (let j = site.k - 1; j >= 0; j--) {
    const span = ctx.spans[j];
    const result = ctx.results[j];
    if (!span || span.paragraph < site.p - IT_PARAGRAPHS) break;
    const speaker = result?.speaker;
    if (!result || !speaker) continue;
    const person = !result.anonymous || people.names.includes(fullestName(speaker, people));
    const plural = result.anonymous && /s$/u.test(speaker.split(/\s+/u).pop() ?? '');
    if (person || plural) return null;
    return result;
  }
  return null;
}

/**
 * A clause's subject, then its chant or shout verb right before the quote ("Dock workers marching
 * along the quay chanted “", "Some shouted, “", "the crowd chanted back at him, “"): the subject
 * is cut before a participle or a relative word, and the verb may follow "while" or a comma.
 */
const CROWD_LEAD =
  /(?:^|[,;:—–]\s+|\b(?:and|but|as|when)\s+)((?:[\p{L}\d’'-]+\s+){0,5}?[\p{L}\d’'-]+?)(?:\s+(?:\p{Ll}+ing|who|which|that)\b[^,;:]*?)?(?:,?\s+(?:while\s+)?|,\s+)(?:chanted|chanting|chant|shouted|shouting|yelled|yelling|cried|screamed|screaming)(?:\s+(?:back|again|out)(?:\s+at\s+\p{Ll}+)?)?\s*[,:]?\s*$/u;
/**
 * An owner (a name's possessive or his/her/their), up to two words, a noun for something said,
 * then its content up to the quote: "Lima’s claim that there have been “", "his promise to be “",
 * "her assertion during the debate that “". The content holds no sentence or clause break, no
 * comma, no other quotation and no second owner; one to twelve words (with none, the main remark row reads it).
 */
const CLAIM_OWNER_LEAD =
  /(?:^|[\s(])((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:claims?|promises?|pledges?|vows?|assertions?|calls?|insistence|accusations?|predictions?|warnings?|suggestions?|arguments?|answer|response|description|comments?|remarks?|statements?)\s+(?:that|to|of|for|about|during)\b(?:\s+(?!(?:his|her|their)\b)[^\s.,;:!?“”"]+){1,12}?\s*[,:]?\s*$/u;
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
const CROWD_PARTICIPLE =
  /(?:,\s+|\s+(?:while|and)\s+)(?:chanting|shouting|yelling|screaming)\s*[,:]?\s*$/u;
/** The words opening a sentence up to its verb or first comma ("Small groups of protesters"). */
const SENTENCE_SUBJECT =
  /^\s*((?:[\p{L}\d’'-]+\s+){0,5}?[\p{L}\d’'-]+?)(?=,|\s+\p{Ll}+(?:ed|ing)\b|\s+(?:were|was|are|is|have|had|kept|began|came|went|took|stood|held)\b)/u;
/** Heads of a crowd: plural people nouns and collectives ("protesters", "the crowd", "some"). */
const CROWD_HEAD =
  /^(?:\p{Ll}+(?:ers|ors|ists|ents|ants|ans|ees|ies|ives|men|women|people|folk|fans|kids|students|workers|voters|members|delegates|residents|crowds?)|crowd|audience|chorus|throng|mob|group|groups|some|others|many|hundreds|thousands|dozens|people|fans)$/u;

/** Whether a subject is a crowd ("Small groups of protesters", "About 200 fans", "Some"). */
function isCrowd(subject: string): boolean {
  const words = subject.split(/\s+/u);
  const head = (words.includes('of') ? words[words.lastIndexOf('of') + 1] : words.at(-1)) ?? '';
  return CROWD_HEAD.test(head.toLowerCase()) && !/\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(subject);
}

/** "Dock workers" → "dock workers"; an acronym or a name-like second word keeps its case. */
const lowerFirst = (s: string): string =>
  /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;

/** Rows that raise speaker coverage; tried after the main rows that read the quote's own sentence. */
export const COVERAGE_RULES: SpeakerRule[] = [
  {
    // A transcript turn inside the quote: "“LIMA: We will reopen the pier.”". The label names
    // the speaker when the story names that person, or when the transcript shows two labels.
    name: 'a speaker label opening the quote',
    example: {
      paragraphs: [
        'Harbour master Ana Lima spoke to the radio host on Monday.',
        '“HOST: Will the pier reopen?',
        '“LIMA: It will reopen in May.”',
      ],
      speaker: 'Ana Lima',
    },
    apply: (ctx, site) => {
      const label = TURN_LABEL.exec(site.span.text)?.[1];
      return label ? turnSpeaker(ctx, label) : null;
    },
  },
  {
    // "“…,” the notice read." / "“…,” reads a memo from the board.": the document speaks; "it
    // read" is the organisation or document "it" stands for.
    name: 'a document that reads the quote',
    example: {
      paragraphs: [
        'The harbour board met on Monday.',
        '“The pier will close for the winter,” the notice read.',
      ],
      speaker: 'the notice',
    },
    apply: (ctx, site) => {
      if (site.span.pieces.length > 0) return null;
      const m = READ_AFTER.exec(maskQuotations(site.after));
      const subject = m?.[1];
      if (subject && /^it$/iu.test(subject)) return itsReferent(ctx, at(site));
      const phrase = subject ?? m?.[2];
      if (!phrase || !isDocumentPhrase(phrase)) return null;
      // "a Monday editorial in the Gazette": the document, which the source list files apart
      // from the paper it ran in.
      const document = phrase.split(/\s+(?:in|of|from|by|to|on)\s+/u)[0] ?? phrase;
      return (
        fromPhrase(ctx, document.trim(), at(site), true) ?? {
          speaker: describe(document.trim()),
          role: null,
          anonymous: true,
        }
      );
    },
  },
  {
    name: 'the reporting clause after the quote, past its appositive',
    example: {
      paragraphs: [
        'The pier reopened on Monday.',
        '“We never gave up,” Ana Lima, the head of the Harbour Trust, Tweeted on Friday.',
      ],
      speaker: 'Ana Lima',
    },
    apply: afterPastAppositive,
  },
  {
    // "Ana Lima, clad in a red cape, said the vote could be a “failure”": the clause before the
    // quote read without the participle or relative clause set off inside its subject.
    name: 'the reporting clause before the quote, past its appositive',
    example: {
      paragraphs: [
        'The harbour vote is on Monday.',
        'Harbour delegate Ines Lund, clad in a red cape, said the vote could be a “failure” on Monday.',
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
    // "…,” it added." / "It added, “…”": "it" is the organisation, publication or document that
    // spoke last: the nearest earlier speaker of the last two paragraphs that is no person the
    // story names and no plural description.
    name: 'an “it” speaker resolved to the thing that spoke last',
    example: {
      paragraphs: [
        '“The vote was rigged,” the article read.',
        '“Nobody asked us,” it further wrote.',
      ],
      speaker: 'the article',
    },
    apply: (ctx, site) => {
      const after = IT_AFTER.exec(maskQuotations(site.after));
      const lead = IT_BEFORE.exec(maskQuotations(site.lead));
      const verb = after?.[1] ?? lead?.[1];
      if (!verb || !(SPEECH_VERBS.has(verb) || verb === 'read')) return null;
      return lastThingSpeaker(ctx, site);
    },
  },
  {
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
      // A later quote of the paragraph may be someone else's words about the claim ("to his call
      // for a “force,” Berg described Lima as “…”"), and would inherit this owner.
      if (ctx.spans[site.k + 1]?.paragraph === site.p) return null;
      // Unmasked: the claim runs up to the quote with no other quotation inside it.
      const m = CLAIM_OWNER_LEAD.exec(site.lead);
      const owner = m?.[1];
      if (!m || !owner) return null;
      const pronoun = OWNER_PRONOUN[owner.toLowerCase()];
      const phrase = pronoun ?? owner.replace(/['’]s?$/u, '');
      const found = fromPhrase(ctx, phrase, { ...at(site), offset: m.index });
      return found && !found.anonymous ? found : null;
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
      const opening = CROWD_PARTICIPLE.test(lead) ? SENTENCE_SUBJECT.exec(lead)?.[1] : undefined;
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

/** Whether a paragraph opens with a quotation mark (straight or curly). */
const OPENS_WITH_QUOTE = /^\s*[“"]/u;

/**
 * Rows tried last, when no row read an attribution: a quote opening a paragraph after a
 * paragraph that introduces it with a colon ("Lima stated:"). The main continuation row reads
 * paragraphs that are only a quote; this one also takes a paragraph whose quote holds a
 * quotation of its own or runs on past a closing mark.
 */
export const COVERAGE_FALLBACK_RULES: SpeakerRule[] = [
  {
    name: 'a paragraph opening with a quote after a paragraph that introduces it',
    example: {
      paragraphs: [
        'Ana Lima, a candidate for the harbour board, spoke on Monday.',
        'Dr. Lima stated:',
        '"The board is not about “fair play” anymore. It is about power.',
      ],
      speaker: 'Ana Lima',
    },
    apply: (ctx, site) => {
      if (site.sentStart !== 0 || site.lead.trim() !== '' || !OPENS_WITH_QUOTE.test(site.para.text))
        return null;
      // The quote's own sentence names no speaker of its own ("“…?” a reporter asked").
      const end = site.para.sentences.find(
        (x) => site.span.end > x.start && site.span.end <= x.end,
      );
      const rest = tokenize(site.para.text.slice(site.span.end, end?.end ?? site.span.end));
      if (rest.some((w) => SPEECH_VERBS.has(w.text) || ATTRIBUTION_VERBS.has(w.text))) return null;
      const prev = ctx.doc.paragraphTexts.get(site.p - 1);
      const last = prev?.sentences[prev.sentences.length - 1];
      if (!prev || !last || !/:\s*$/u.test(prev.text) || /[“”"]/u.test(prev.text)) return null;
      const found = fromClauseSubject(ctx, prev.text.slice(last.start, last.end), {
        sentence: last.index,
        offset: 0,
        paragraph: site.p - 1,
      });
      return found?.speaker ? found : null;
    },
  },
];
