/**
 * Speaker rules for attributions the main rows miss (issue 11, speaker coverage): transcript
 * turns ("PENCE: …" inside the quote), documents that "read" a quote, and reporting clauses
 * after a quote that carry an appositive the main rows stop at, then the rows that read the
 * text before a quote (./coverage-lead.ts). Each row is tried only after
 * the rows of `SPEAKER_RULES` before it found nothing; each has its own invented example.
 */
import { maskQuotations } from '../attribution';
import { describe } from '../entity-mentions';
import { ATTRIBUTION_VERBS, DOCUMENT_HEADS, SPEECH_VERBS } from '../lexicon';
import { fullestName } from '../names';
import { tokenize } from '../tokens';
import { fromClauseSubject, itsReferent } from './clause';
import type { QuoteSite, SpeakerAttribution, SpeakerContext } from './context';
import { AGENT_COVERAGE_RULES } from './coverage-agent';
import { CLAUSE_COVERAGE_RULES } from './coverage-clause';
import { at, LEAD_COVERAGE_RULES } from './coverage-lead';
import { PARAGRAPH_FALLBACK_RULES } from './coverage-paragraph';
import { READS_COVERAGE_RULES } from './coverage-reads';
import { SIGNATURE_COVERAGE_RULES } from './coverage-signature';
import { SURNAME_COVERAGE_RULES } from './coverage-surname';
import { fromAfter } from './cues';
import { fromPhrase, named, namedSpeaker } from './phrase';
import type { SpeakerRule } from './rules';
import { sentenceOfQuoteEnd } from './site';

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
 * "…, the pilot who founded the club tweeted on Friday" → "…, the pilot, tweeted on Friday":
 * the relative clause cut before its last reporting verb, when words stand between "who" and
 * that verb and the verb ends the clause ("who said he saw it" is left whole).
 */
function relativeBeforeVerb(m: string, head: string, relative: string): string {
  const words = relative.split(/\s+/u);
  for (let i = words.length - 1; i > 0; i--) {
    const verb = words[i] ?? '';
    const rest = words.slice(i + 1).join(' ');
    if (SPEECH_VERBS.has(verb) && CLAUSE_END_AFTER_VERB.test(rest === '' ? '' : ` ${rest}`))
      return `${head}, ${words.slice(i).join(' ')}`;
  }
  return m;
}

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
  const sentenceEnd = sentenceOfQuoteEnd(site)?.end;
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
    // ", the pilot who founded the club tweeted on Friday": a relative clause whose closing
    // comma is left out ends before the reporting verb that ends the clause.
    .replace(/(,\s+(?:the|a|an)\s[^,.;]*?)\s+(?:who|that)\s([^,.;]*)/gu, relativeBeforeVerb)
    .replace(/,\s+\p{Ll}+ing\s[^,.;]*,/gu, ',')
    // ", Tweeted": a reporting verb capitalized after an appositive.
    .replace(/(,\s+)(\p{Lu}\p{Ll}+)\b/gu, (m, lead: string, w: string) =>
      SPEECH_VERBS.has(w.toLowerCase()) ? lead + w.toLowerCase() : m,
    );
  if (normalized === raw) return null;
  return fromAfter(ctx, normalized, at(site));
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
    // "officials" is plural; "the Harbour Times", a capitalized name, is one thing.
    const plural = result.anonymous && /^\p{Ll}.*s$/u.test(speaker.split(/\s+/u).pop() ?? '');
    if (person || plural) return null;
    return result;
  }
  return null;
}

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
      const written = phrase.split(/\s+(?:in|of|from|by|to|on)\s+/u)[0] ?? phrase;
      return (
        fromPhrase(ctx, written.trim(), at(site), true) ?? {
          speaker: describe(written.trim()),
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
  ...LEAD_COVERAGE_RULES,
  ...CLAUSE_COVERAGE_RULES,
  ...SIGNATURE_COVERAGE_RULES,
  ...READS_COVERAGE_RULES,
  ...AGENT_COVERAGE_RULES,
  ...SURNAME_COVERAGE_RULES,
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
      const end = sentenceOfQuoteEnd(site)?.end ?? site.span.end;
      const rest = tokenize(site.para.text.slice(site.span.end, end));
      if (rest.some((w) => SPEECH_VERBS.has(w.text) || ATTRIBUTION_VERBS.has(w.text))) return null;
      const prev = ctx.doc.paragraphTexts.get(site.p - 1);
      const last = prev?.sentences[prev.sentences.length - 1];
      if (!prev || !last || !/:\s*$/u.test(prev.text) || /[“”"]/u.test(prev.text)) return null;
      return named(
        fromClauseSubject(ctx, prev.text.slice(last.start, last.end), {
          sentence: last.index,
          offset: 0,
          paragraph: site.p - 1,
        }),
      );
    },
  },
  ...PARAGRAPH_FALLBACK_RULES,
];
