/**
 * Speaker rows for a quote held by a clause inside its sentence that has its own subject (issue
 * 11, speakers given wrong): an absolute "with" clause ("…, with Lima shouting, “…”") and a
 * clause opened mid-sentence by "when" or "where" ("…, when many viewers called him “…”"). The
 * main clause's subject (or a name before it) does not say these words; the inner subject does.
 * Rows of SPEAKER_RULES, read before the lead's own reporting clause.
 */
import { maskQuotations } from '../attribution';
import { describe } from '../entity-mentions';
import { SPEECH_VERBS } from '../lexicon';
import type { SpeakerAttribution } from './context';
import { at, CROWD_PARTICIPLE, isCrowd, lowerFirst, SENTENCE_SUBJECT } from './coverage-lead';
import { fromPhrase, named } from './phrase';
import type { SpeakerRule } from './rules';

/**
 * "…, with Lima reportedly shouting: “", "with many fans chanting “": "with", a subject of one
 * to six words (no punctuation), an optional adverb, then a chant or speech participle right
 * before the quote, or before an earlier quote of the same chant and "and" ("chanting “…” and “").
 */
const WITH_LEAD =
  /(?:^|[\s,;:—–])with\s+((?:[\p{L}\d.’'-]+\s+){0,5}?[\p{L}\d.’'-]+)\s+(?:\p{Ll}+ly\s+)?(?:chanting|shouting|yelling|screaming|crying|saying|declaring|telling\s+\p{Ll}+|asking)\s*[,:]?(?:\s+(?:and|or))?\s*$/u;

/**
 * A clause opened mid-sentence after a comma or dash by "when" or "where", running to the quote with no
 * other clause break but a comma before a participle: "…, when many viewers called him “",
 * "…, where 40 fishermen had gathered on Monday, chanting “".
 */
const INNER_CLAUSE_LEAD =
  /[,—–]\s+(?:when|where)\s+([^,;:—–]{3,120}(?:,\s+\p{Ll}+ing\s*[,:]?)?)\s*$/u;

/** Verbs by which a crowd names or describes something in its own words ("called him “…”"). */
const NAMING_VERB = /\s(?:called|dubbed|labeled|labelled|branded|described)\s/u;

/**
 * A bare quantifier opening the sentence (or the clause after a semicolon) as its subject, an
 * aside set off by commas allowed, then its verb: "Several said", "Another wrote", "Others, angry
 * at the delay, shouted,", "…; most said they were", "Those polled said".
 */
const QUANTIFIER_LEAD =
  /(?:^\s*(?:(?:But|And|Yet)\s+)?|;\s+)((?:Several|Others|Another|Many|Some|Most|Both|several|others|another|many|some|most|both)|[Tt]hose\s+(?:surveyed|polled|questioned|interviewed))(?:,\s+[^,;:]{3,100},)?\s+(?:(?:also|then|later|still)\s+|\p{Ll}+ly\s+)?(\p{Ll}+)\b/u;

/**
 * An "as", "when" or "while" clause (anywhere) whose subject talks about the quote: "and as Berg went on
 * about “", "when Lima railed against “" (and after an earlier quote of the same list, "… “…”
 * and “"). The subject is one to five words with no punctuation.
 */
const TALKS_ABOUT_LEAD =
  /(?:^|[,;—–]\s+|\s)(?:[Aa]s|[Ww]hen|[Ww]hile)\s+((?:[\p{L}.’'-]+\s+){0,4}?[\p{L}.’'-]+)\s+(?:\p{Ll}+ly\s+)?(?:(?:went|goes|go|kept|keeps)\s+on\s+(?:about|of)|(?:talked|talks|spoke|speaks|ranted|rants|railed|rails|complained|complains|boasted|boasts|joked|jokes|raved|raves|warned|warns)\s+(?:about|of|against|on))(?:\s+(?:and|or))*\s*$/u;

/**
 * A verb that moves someone to speak, its object, then "to" and a speech or naming verb before
 * the quote: "That prompted Moss to crack a quip and call Lund “", "led the mayor to say “".
 */
const MOVED_TO_SPEAK_LEAD =
  /\b(?:prompted|led|caused|pushed|forced|moved|inspired|spurred|provoked|drove)\s+((?:[\p{L}.’'-]+\s+){0,4}?[\p{L}.’'-]+)\s+to\s+(?:[^,;:—–]{0,80}?\s)?(?:call|say|describe|dub|label|brand|declare|quip|joke|tell\s+\p{Ll}+|warn|ask)\b[^,;:—–]{0,40}?[,:]?\s*$/u;

/**
 * A crowd subject spoken of as written ("many viewers"), kept unnamed. Only a subject opening
 * the sentence loses its capital ("Several" → "several"); mid-sentence it is written as the
 * story wrote it ("when Berg fans interrupted" keeps "Berg fans").
 */
const crowd = (subject: string, opensSentence = false): SpeakerAttribution => ({
  speaker: describe(opensSentence ? lowerFirst(subject.trim()) : subject.trim()),
  role: null,
  anonymous: true,
});

/**
 * A clause opened by "as" or "while" whose described subject ("a harbour worker") does something
 * and then speaks in a participle after a comma: "…, Lund asks as a harbour worker walks past her,
 * saying he is “". The participle is the inner subject's, the nearer one.
 */
const AS_DESCRIBED_PARTICIPLE_LEAD =
  /\b(?:as|while)\s+((?:a|an|one)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?\p{Ll}[\p{Ll}-]*)\s+\p{Ll}+s\b[^,;:—–“”"]{0,80},\s+(?:saying|shouting|yelling|telling\s+\p{Ll}+|announcing)\b[^,;:—–]{0,60}$/u;

export const INNER_CLAUSE_RULES: SpeakerRule[] = [
  {
    // "…, Lund asks as a harbour worker walks past her, saying he is “…”": the described subject
    // of the "as" clause speaks in its participle.
    name: 'the described subject of an “as” clause speaking in a participle',
    example: {
      paragraphs: [
        'Ines Lund spoke on Monday.',
        'Lund waits while a harbour worker walks past her, saying he is “here to fix the leaking pier tonight.”',
      ],
      speaker: 'a harbour worker',
    },
    apply: (_ctx, site) => {
      const m = AS_DESCRIBED_PARTICIPLE_LEAD.exec(maskQuotations(site.lead));
      return m?.[1] ? crowd(m[1]) : null;
    },
  },
  {
    // "The pier was packed, with dock workers chanting “Open it!”": an absolute "with" clause
    // has its own subject, who chants or says the quote, not the main clause's subject.
    name: 'the subject of an absolute “with” clause holding the quote',
    example: {
      paragraphs: [
        'Mayor Ines Lund spoke at the pier on Friday.',
        'Lund was cut off twice, with many dock workers chanting “Open the slipway!” from the quay.',
      ],
      speaker: 'many dock workers',
    },
    apply: (ctx, site) => {
      const subject = WITH_LEAD.exec(maskQuotations(site.lead))?.[1];
      if (!subject) return null;
      if (isCrowd(subject)) return crowd(subject);
      const found = fromPhrase(ctx, subject, at(site));
      return found?.speaker && !found.anonymous ? found : null;
    },
  },
  {
    // "Berg had a strong night, when many viewers called him “the adult in the room”": the
    // crowd in a "when" or "where" clause says the words, not the main clause's subject.
    name: 'a crowd subject of a “when” or “where” clause holding the quote',
    example: {
      paragraphs: [
        'Tomas Berg won the harbour debate.',
        'Berg is coming off a strong night, when many viewers called him “the adult in the room.”',
      ],
      speaker: 'many viewers',
    },
    apply: (_ctx, site) => {
      const clause = INNER_CLAUSE_LEAD.exec(maskQuotations(site.lead))?.[1];
      if (!clause) return null;
      const subject = SENTENCE_SUBJECT.exec(clause)?.[1];
      if (!subject || !isCrowd(subject)) return null;
      return CROWD_PARTICIPLE.test(clause) || NAMING_VERB.test(` ${clause} `)
        ? crowd(subject)
        : null;
    },
  },
  {
    // "…, and as Berg went on about “how the port is rigged,” Lima said yes": the subject of
    // the clause that talks about the quote says it, not the main clause's speaker around it.
    name: 'the subject of an “as” clause that talks about the quote',
    example: {
      paragraphs: [
        'Ana Lima watched the speech with her husband, Carl.',
        '“You winning?” she asked, but Carl was dozing again, and as Tomas Berg went on about “how the port is rigged,” Lima nodded, over and over again.',
      ],
      speaker: 'Tomas Berg',
    },
    apply: (ctx, site) => {
      const subject = TALKS_ABOUT_LEAD.exec(maskQuotations(site.lead))?.[1];
      if (!subject) return null;
      return named(fromPhrase(ctx, subject, at(site)));
    },
  },
  {
    // "That prompted Carl Moss to crack a quip and call Lund “very bendy”": the one moved to
    // speak says the quote, not the speaker of the quote before it.
    name: 'the object of a verb that moves someone to speak the quote',
    example: {
      paragraphs: [
        'At one point, Tomas Berg told Ines Lund to “slow down, slow down.” That prompted Carl Moss to crack a quip about sailing and call Lund “very bendy,” a nod to her changes of mind.',
      ],
      speaker: 'Carl Moss',
    },
    apply: (ctx, site) => {
      const object = MOVED_TO_SPEAK_LEAD.exec(maskQuotations(site.lead))?.[1];
      if (!object || /^(?:him|her|them|me|us|it)$/iu.test(object)) return null;
      return named(fromPhrase(ctx, object, at(site)));
    },
  },
  {
    // "Others, angry at the delay, shouted, “…”", "Several said they would rather …": a bare
    // quantifier is the subject of the reporting verb, and speaks, not a name read before it.
    name: 'a bare quantifier subject of the reporting verb',
    example: {
      paragraphs: [
        'Fans of Tomas Berg waited at the pier.',
        '“We love you,” some fans shouted. Others, angry at the delay, shouted, “Fix the slipway!”',
      ],
      speaker: 'others',
    },
    apply: (_ctx, site) => {
      const m = QUANTIFIER_LEAD.exec(maskQuotations(site.lead));
      const verb = m?.[2];
      if (!m?.[1] || !verb) return null;
      const chant = /^(?:chanted|shouted|yelled|cried|screamed)$/u.test(verb);
      return chant || SPEECH_VERBS.has(verb) ? crowd(m[1], true) : null;
    },
  },
];

/**
 * "what", "which" or "whom", its subject (an appositive set off by commas allowed), then a
 * naming verb, perhaps after "has"/"have"/"had", right before the quote: "in what Ana Lima, a
 * treasurer, called “", "what the Gazette and the Post each called a “", "what former employees
 * have called a “", "whom one insider described as “". The subject is one to eight words with
 * no punctuation.
 */
const WHAT_X_CALLED_LEAD =
  /\b(?:what|which|whom)\s+((?:[\p{L}.’'-]+\s+){0,7}?[\p{L}.’'-]+)(?:,\s+[^,;:]{2,100},)?\s+(?:(?:has|have|had)\s+)?(?:(?:each|also|both|once|later|rightly|aptly)\s+)?(?:called|calls|dubbed|dubs|termed|terms|labeled|labelled|branded|described\s+as|describes\s+as)\s+(?:(?:an?|the)\s+)?$/u;

/**
 * Read before the closing-mark row: a partial quote named by "what X called" is X's word, even
 * when a reporting clause follows the quote ("in what Lima called “…” for Berg, a paper says").
 */
export const WHAT_X_CALLED_RULE: SpeakerRule = {
  // "Amid what the Gazette and the Post each called a “rough week” for Berg, a story by the
  // website Portnews says that …": the papers named the week (both of them), not the website
  // after the quote.
  name: 'the subject of “what X called” right before the quote',
  example: {
    paragraphs: [
      'Amid what the Harbour Gazette and the Leeds Post each called a “rough week” for Berg, a story by the website Portnews says that most delegates will leave him.',
    ],
    speaker: 'the Harbour Gazette and the Leeds Post',
  },
  apply: (ctx, site) => {
    const subject = WHAT_X_CALLED_LEAD.exec(maskQuotations(site.lead))?.[1];
    if (!subject) return null;
    return named(fromPhrase(ctx, subject, at(site)));
  },
};
