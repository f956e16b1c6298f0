/**
 * Speaker rows for a quote whose own clause has a subject other than the first name of its lead
 * (issue 11, speakers given wrong): an organisation a name only modifies ("The Lund campaign
 * put it this way: “…”") and a clause joined by "but" or "while" with its own subject ("Berg
 * proposed a debate, but the Lund campaign called it “silly”"). Rows of SPEAKER_RULES, read
 * before the lead's own reporting clause.
 */
import { maskQuotations } from '../attribution';
import { ORGANIZATION_HEADS, SPEECH_VERBS } from '../lexicon';
import { fromClauseSubject } from './clause';
import { at } from './coverage-lead';
import { fromPhrase, named } from './phrase';
import type { SpeakerRule } from './rules';

/**
 * A lead opening on a name that modifies an organisation head ("The Lund campaign", "the Berg
 * team") and ending on a colon: the organisation is the clause's subject, not the name.
 */
const NAMED_ORGANIZATION_LEAD =
  /^\s*(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}’'-]+\s+){1,3}(\p{Ll}+)\b[^:]*:\s*$/u;

/** An aside opened by a preposition, set off by commas: ", in a note to donors,". */
const PREPOSITIONAL_ASIDE = /,\s+(?:in|on|at|during|after|before|from|through)\s[^,;:“”"]{2,80},/u;

/**
 * The last clause of a lead joined by "but", "while" or "whereas" after a comma or a dash, with
 * a determiner or a capitalized word opening its subject and no other clause break up to the
 * quote: "…, but the Lund campaign rejected the idea as “", "… - while Berg called it “".
 */
const JOINED_CLAUSE_LEAD =
  /(?:,|\s[-—–])\s+(?:but|while|whereas)\s+((?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}’'-]*)\s[^,;:—–]{3,120})$/u;

/** Words by which a clause names or judges something in its own words ("dismissed it as “…”"). */
const NAMING_WORDS = new Set(
  'as called calls dubbed dubs described describes branded labeled labelled termed'.split(' '),
);

/**
 * A reported clause whose predicate the quote continues after "and": "Lund said that Berg begged
 * her for a berth and “": the reporter words the quote, not the inner subject. No clause break
 * in the reported clause; the quote must open on an auxiliary (QUOTE_OPENS_PREDICATE).
 */
const REPORTED_PREDICATE_LEAD =
  /\b(?:said|says|told\s+\p{Ll}+|claimed|claims|recalled|recalls|added|wrote|writes)\s+(?:that\s+)?[^,;:—–]{3,120}\s+and\s*$/u;
/** A quote opening on an auxiliary or modal: a verb phrase, not a clause of its own. */
const QUOTE_OPENS_PREDICATE =
  /^(?:would|will|could|should|might|must|can|had|has|have|was|were|is|are)\s/u;

export const CLAUSE_SUBJECT_RULES: SpeakerRule[] = [
  {
    // "The Lund campaign worded it this way: “…”": the campaign speaks, as an organisation, not
    // the person whose name modifies it (the colon row of the lead reads the first name).
    name: 'an organisation a name modifies, subject of a lead ending on a colon',
    example: {
      paragraphs: [
        'Ines Lund kept a private server.',
        'The Lund campaign, in a note to donors, worded it more carefully: “She wrote to officials on their own accounts.”',
      ],
      speaker: 'the Lund campaign',
    },
    apply: (ctx, site) => {
      const head = NAMED_ORGANIZATION_LEAD.exec(maskQuotations(site.lead))?.[1];
      if (!head || !ORGANIZATION_HEADS.has(head)) return null;
      // "The Lund campaign, in a note to donors, put it: “": the prepositional aside blanked out
      // (same length, so offsets hold).
      const lead = site.lead.replace(PREPOSITIONAL_ASIDE, (m) => ' '.repeat(m.length));
      const found = fromClauseSubject(ctx, lead, at(site));
      return found?.speaker?.toLowerCase().endsWith(head) ? found : null;
    },
  },
  {
    // "Berg proposed a debate on May 4 - but the Lund campaign rejected the idea as “silly”": the
    // joined clause's own subject says the quote, not the sentence's first subject.
    name: 'the subject of a clause joined by “but” or “while” holding the quote',
    example: {
      paragraphs: [
        'Tomas Berg proposed a debate on May 4 - but the Lund campaign rejected the idea as “silly” because of the regatta.',
      ],
      speaker: 'the Lund campaign',
    },
    apply: (ctx, site) => {
      const masked = maskQuotations(site.lead);
      const m = JOINED_CLAUSE_LEAD.exec(masked);
      if (!m?.[1]) return null;
      // Only a clause that says or names something ("rejected the idea as", "called it"): in
      // "…, while Lund leads among those who are “…”" the quote is a third party's word.
      const words = m[1].toLowerCase().split(/[^\p{L}]+/u);
      if (!words.some((w) => SPEECH_VERBS.has(w) || NAMING_WORDS.has(w))) return null;
      const start = masked.length - m[1].length;
      return fromClauseSubject(ctx, site.lead.slice(start), { ...at(site), offset: start });
    },
  },
  {
    // "Lund said that Berg begged her for a berth and “would have jumped into the sea”": the
    // quote continues the reported clause's predicate, in the reporter's words.
    name: 'the reporter of a clause whose predicate the quote continues',
    example: {
      paragraphs: [
        'Ines Lund spoke on Monday. Tomas Berg did not.',
        'At the pier, Lund said that Berg begged her for a berth in 2012 and “would have jumped into the sea” if she had asked him to.',
      ],
      speaker: 'Ines Lund',
    },
    apply: (ctx, site) => {
      if (!QUOTE_OPENS_PREDICATE.test(site.span.text)) return null;
      const masked = maskQuotations(site.lead);
      const m = REPORTED_PREDICATE_LEAD.exec(masked);
      if (m?.index === undefined) return null;
      return named(fromClauseSubject(ctx, site.lead.slice(0, m.index + m[0].length), at(site)));
    },
  },
];

/** A sentence whose subject names or judges someone: "Moss called him a master at deals." */
const NAMING_SENTENCE = /\s(?:called|described|dubbed|praised|hailed)\s+(?:him|her|them)\b/u;

/** A role of one to eight words, then a name set off by commas before the naming verb. */
const APPOSITIVE_NAME_SUBJECT =
  /^\s*(?:[\p{L}’'-]+\s+){0,7}[\p{L}’'-]+,\s+((?:\p{Lu}[\p{L}.’'-]*\s+){1,3}\p{Lu}[\p{L}’'-]*),\s+(?:called|described|dubbed|praised|hailed)\s/u;

/**
 * Read before the row that takes an earlier sentence's speaker: the sentence right before the
 * quote, when it names or judges someone, introduces the quote that bears it out.
 */
export const NAMING_SENTENCE_RULE: SpeakerRule = {
  // "He built a fleet. His partner, Carl Moss, called him a master at deals. “He could …”": the
  // partner goes on, not the man the paragraph opened on.
  name: 'the subject of the sentence before that names or judges someone',
  example: {
    paragraphs: [
      'Tomas Berg is a ferry man.',
      'In the 1990s, he built a fleet. His former partner at Seaway, Carl B. Moss, called him a master at hard deals. “He could close deals no one else could.”',
    ],
    speaker: 'Carl B. Moss',
  },
  apply: (ctx, site) => {
    if (site.lead.trim() !== '') return null;
    const before = site.para.sentences.filter((x) => x.end <= site.sentStart).at(-1);
    if (!before) return null;
    const text = site.para.text.slice(before.start, before.end);
    if (!NAMING_SENTENCE.test(maskQuotations(text))) return null;
    // "His former partner at Seaway, Carl B. Moss, called him": the name set off after the role.
    const named = APPOSITIVE_NAME_SUBJECT.exec(text)?.[1];
    const byName = named
      ? fromPhrase(ctx, named, { sentence: before.index, offset: 0, paragraph: site.p })
      : null;
    if (byName?.speaker && !byName.anonymous) return byName;
    const found = fromClauseSubject(ctx, text, {
      sentence: before.index,
      offset: 0,
      paragraph: site.p,
    });
    return found?.speaker && !found.anonymous ? found : null;
  },
};

/**
 * A sentence ending on someone taking the floor: "…, and her husband cut in.", "… the judge
 * interrupted me.", "Berg shot back." The subject is one to five words after a clause break.
 */
const TAKES_THE_FLOOR =
  /(?:^|[,;]\s+|\b(?:and|but|then|when|until|before)\s+)((?:[\p{L}.’'-]+\s+){0,4}?[\p{L}.’'-]+)\s+(?:\p{Ll}+ly\s+)?(?:interrupted|interjected|cut\s+in|broke\s+in|chimed\s+in|butted\s+in|shot\s+back|retorted|replied|responded|answered)(?:\s+(?:me|him|her|them|us))?(?:\s+\p{Ll}+ly)?[.!]?\s*$/u;

/**
 * Read before the row that carries an earlier quote's speaker: someone taking the floor in the
 * sentence right before says the quote that opens the next one.
 */
export const TAKES_THE_FLOOR_RULE: SpeakerRule = {
  // "“Tell her hello,” Ana Lima told him, and her husband broke in. “Mind the boat.”": the
  // husband speaks, not the earlier quote's speaker.
  name: 'someone taking the floor in the sentence before',
  example: {
    paragraphs: [
      'The Limas run the ferry.',
      '“Tell her hello,” Ana Lima told him, and her husband, Carl Lima, broke in. “Mind the boat.”',
    ],
    speaker: 'Carl Lima',
  },
  apply: (ctx, site) => {
    if (site.lead.trim() !== '') return null;
    const before = site.para.sentences.filter((x) => x.end <= site.sentStart).at(-1);
    if (!before) return null;
    const text = maskQuotations(site.para.text.slice(before.start, before.end));
    const subject = TAKES_THE_FLOOR.exec(
      text.replace(/\s*,\s*(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,2}),\s*/gu, ' $1 '),
    )?.[1];
    if (!subject || /^(?:i|we)$/iu.test(subject)) return null;
    return named(
      fromPhrase(ctx, subject, { sentence: before.index, offset: 0, paragraph: site.p }),
    );
  },
};
