/**
 * Last-resort speaker rules, tried only when no earlier row of SPEAKER_RULES found anyone: a
 * subject whose role phrase the clause-subject rule does not read ("Republican presidential
 * nominee Ana Lima …"), and a digest's source label before a colon ("… - HarbourWatch: “…”").
 * Rows of SPEAKER_RULES, each with an invented example (tests/unit/speaker-rules.test.ts).
 */
import { maskQuotations, maskQuotationsAndAsides } from '../attribution';
import { DESCRIPTION_DETERMINERS } from '../coreference';
import { ATTRIBUTION_VERBS, ROLE_MODIFIERS, SENTENCE_STARTERS, SPEECH_VERBS } from '../lexicon';
import { isRoleNoun, isSourceHead } from '../names';
import { tokenize } from '../tokens';
import { fromClauseSubject, NAMING_VERBS } from './clause';
import type { QuoteSite, SpeakerAttribution, SpeakerContext } from './context';
import { at } from './coverage-lead';
import { fromAfter } from './cues';
import { fromPhrase, headNames, named, namedSpeaker } from './phrase';
import type { SpeakerRule } from './rules';
import { sentenceOfQuoteEnd } from './site';

/**
 * Most words of a role phrase before the subject's name ("Former prosecutor and Port Lake
 * City Mayor" = 7): longer runs of words before a name are a clause of their own.
 */
const MAX_ROLE_PHRASE_WORDS = 7;

/** Conjunctions that may open the sentence before its subject ("But Mayor Ana Lima …"). */
const OPENING_CONJUNCTIONS = /^(?:and|but|so|yet)$/iu;

/**
 * A lowercase word of a role phrase: a role noun or source head ("nominee", "network"), a role
 * modifier ("former"), a determiner, "and" between two roles, or an adjective of office
 * ("presidential", "congressional"): "-al"/"-ial"/"-ic" adjectives that are no verbs.
 */
const isRolePhraseWord = (w: string): boolean =>
  /^\p{Lu}/u.test(w)
    ? !SENTENCE_STARTERS.has(w.toLowerCase()) || DESCRIPTION_DETERMINERS.test(w)
    : isRoleNoun(w) ||
      isSourceHead(w) ||
      ROLE_MODIFIERS.has(w) ||
      DESCRIPTION_DETERMINERS.test(w) ||
      w === 'and' ||
      /^\p{Ll}{4,}(?:al|ic)$/u.test(w);

/**
 * The name that a role phrase opening the sentence leads to ("Republican presidential nominee
 * Ana Lima, during …, referred to … as “…”"), when the name is followed by its verb or an
 * appositive comma: that name is the clause subject.
 */
function rolePhraseSubject(lead: string): { name: string; role: string } | null {
  const masked = maskQuotationsAndAsides(lead);
  const ws = tokenize(masked);
  let k = 0;
  while (k < ws.length - 1 && OPENING_CONJUNCTIONS.test(ws[k]?.text ?? '')) k++;
  const start = ws[k]?.start;
  if (start === undefined) return null;
  for (const n of headNames(masked)) {
    if (n.start < start) continue;
    const before = tokenize(masked.slice(start, n.start));
    if (before.length > MAX_ROLE_PHRASE_WORDS) return null;
    const last = before[before.length - 1]?.text ?? '';
    // The word right before the name is its role ("nominee", "anchor", "Mayor").
    const ok =
      before.length > 0 &&
      // "Lima's biographers, Ana and Tomas Berg, …": an appositive after a comma, or a name
      // joined to another, is no role phrase's subject.
      !/[,;:]/u.test(masked.slice(start, n.start)) &&
      !/^\s+(?:and|or|&)\b/u.test(masked.slice(n.end)) &&
      (isRoleNoun(last) || isSourceHead(last)) &&
      before.every((b) => isRolePhraseWord(b.text)) &&
      // The name is followed by its verb or an appositive, not by an owner's "’s" or a noun.
      /^\s*(?:,|\p{Ll}+\b)/u.test(masked.slice(n.end)) &&
      !isSourceHead(/^\s*(\p{Ll}+)/u.exec(masked.slice(n.end))?.[1] ?? '');
    if (ok) return { name: n.name, role: masked.slice(start, n.start).trim() };
  }
  return null;
}

/**
 * A digest item's source label right before its quote: "Polls were close - HarbourWatch: “…”",
 * "More from Lima: “…”". One to four capitalized words between a dash (or "from") and the colon.
 */
const DIGEST_SOURCE_LABEL =
  /(?:\s[-—–]\s*|\bfrom\s+)(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})\s*:\s*$/u;

/**
 * A sentence opener that may hold a quote before the main clause: a preposition ("From …",
 * "Despite …") or a participle ("Bemoaning the “…,” Lima …").
 */
const OPENER_WORD =
  /^\s*(?:(?:and|but)\s+)?(?:from|in|on|with|after|before|despite|amid|during|like|unlike|over|(?!\p{L}*thing\b)\p{L}{3,}ing)\s/iu;

/**
 * The subject of the main clause after a sentence opener that holds the quote ("Bemoaning the
 * “…,” Ana Lima accused the board …"): the opener has no clause of its own (no comma before the
 * quote), and the main clause reports speech ("accused", "said", "called").
 */
function openerQuoteSubject(ctx: SpeakerContext, site: QuoteSite): SpeakerAttribution | null {
  const lead = maskQuotations(site.lead);
  if (!OPENER_WORD.test(lead) || /[,;:]/u.test(lead)) return null;
  const end = sentenceOfQuoteEnd(site)?.end ?? site.para.text.length;
  const rest = site.para.text.slice(site.span.end, end);
  // The opener ends at the quote's own comma ("the “phony system,” Lima …") or at the next one,
  // which may close a later quote of the opener ("… to her “harbour tax,” Berg …").
  const ownComma = /,\s*$/u.test(site.span.text);
  const keepCommas = rest.replace(
    /“[^”]*”|"[^"]*"/gu,
    (m) => `${' '.repeat(m.length - 1)}${m.at(-2) === ',' ? ',' : ' '}`,
  );
  const comma = ownComma ? 0 : keepCommas.indexOf(',') + 1;
  if (!ownComma && comma === 0) return null;
  const main = rest.slice(comma);
  const reports = tokenize(maskQuotations(main)).some(
    (w) => SPEECH_VERBS.has(w.text) || ATTRIBUTION_VERBS.has(w.text) || NAMING_VERBS.test(w.text),
  );
  if (!reports || !/^\s+\p{Lu}/u.test(main)) return null;
  return fromClauseSubject(ctx, main.trimStart(), {
    sentence: site.span.sentence,
    offset: site.span.end - site.sentStart + comma,
    paragraph: site.p,
  });
}

/**
 * A reporting clause set off by commas between a sentence's subject and its verb: "The trouble,
 * says Ana Lima, a pollster, is that “…”". The subject is short and has no comma of its own.
 */
const INTERJECTED_REPORT =
  /^[^,]{1,80},\s*((?:says|said|argues|argued|writes|wrote|notes|noted)\s+[^,]+(?:,[^,]+)?),\s*(?:is|was|are|were)\b/u;

/**
 * The object "who" of a naming verb whose subject is named: "…, who Lima on Monday called “…”".
 * The capitalized words after "who" are that subject.
 */
const WHO_NAME_CALLED =
  /\bwhom?\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})\s+(?:[^,;:]{0,40}\s)?(?:called|calls|dubbed|dubs|labeled|labelled|branded|brands|described\s+as)\s+(?:\p{Ll}+\s+)?$/u;

/**
 * A named person's family or kin opening the sentence, followed by its verb: "Lund's family has
 * called on the board to …", "Berg's widow urged …".
 */
const KIN_SUBJECT =
  /^\s*(?:(?:and|but)\s+)?((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s?\s+(?:family|relatives|parents|widow|widower|children|siblings|son|daughter|brother|sister|mother|father))\s+(?:(?:has|have|had|also)\s+)*\p{Ll}+(?:ed|s)\b/u;

/**
 * A clause ending in a colon before the quote whose subject is an owner's group of people
 * ("At the briefing, the mayor's first three callers were blunt: “…”"): an owner with 's, up
 * to three lowercase words and a plural agent noun ("callers", "questioners", "protesters"),
 * then its verb.
 */
const OWNED_GROUP_BEFORE_COLON =
  /(?:^|,\s*)((?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,2}(?:\p{Lu}[\p{L}-]*|\p{Ll}+)['’]s\s+(?:\p{Ll}+\s+){0,3}\p{Ll}+(?:ers|ors|ists|ants|ents))\s+\p{Ll}+\b[^:,;]*:\s*$/u;

/**
 * A lead ending in a purpose clause of speech, "… cut my speech short to declare, ",
 * "… rose to say: ": the clause's subject is the speaker. Up to five lowercase words between the
 * verb and "to" (an object pronoun, a short phrase), no name there (its bearer may be the one
 * asked to speak).
 */
const TO_SPEAK_TAIL =
  /\s((?:\p{Ll}[\p{Ll}-]*\s+){1,6})to\s+(?:say|announce|declare|add|state|proclaim|exclaim|ask|tell\s+\p{Ll}+|write|reply|respond|warn|insist|quip|remark|observe|joke)\s*[,:]\s*$/u;
/** Verbs whose object is the one who speaks ("asked me to say", "urged her to declare"). */
const OBJECT_SPEAKS =
  /^(?:ask|asks|asked|urge|urges|urged|tell|tells|told|invite|invites|invited|beg|begs|begged|want|wants|wanted|expect|expects|expected|allow|allows|allowed|encourage|encourages|encouraged|press|presses|pressed|call|calls|called|get|gets|got|force|forces|forced|lead|leads|led|prompt|prompts|prompted|cause|causes|caused|challenge|challenges|challenged|dare|dares|dared|need|needs|needed|order|orders|ordered|permit|permits|permitted|persuade|persuades|persuaded|convince|convinces|convinced|would|will|to|going|about|set|able|ready|wish|wishes|wished|like|likes|liked|hope|hopes|hoped|plan|plans|planned|refuse|refuses|refused|decline|declines|declined|fail|fails|failed|seem|seems|seemed|appear|appears|appeared|has|have|had|is|are|was|were|be|been|not|used)$/u;

/**
 * "“…” That quote from Harbour Commissioner Ines Lund ran …": the sentence after a quote that
 * opens its own names whose words they were (capitalized words after "from" or "by").
 */
const QUOTE_FROM_NAME =
  /^\s*(?:That|This|The)\s+(?:quote|quotation|remark|line|comment|words)\s+(?:from|by)\s+((?:\p{Lu}[\p{L}.’'-]*\s+){0,5}\p{Lu}[\p{L}’'-]*)/u;

/**
 * "Lund’s main claim is that the board is a “closed shop”": the owner of a claim, argument or
 * view whose "is that" clause holds the quote (a name of capitalized words, then its "’s").
 */
const OWNED_CLAIM_IS_THAT =
  /(?:^|[,;—–]\s*|\b(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)((?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}-]*)['’]s?\s+(?:\p{Ll}+\s+){0,3}(?:claim|argument|contention|view|position|complaint|allegation|charge|point)\s+(?:is|was)\s+that\s[^;:—–]*$/u;

export const MISSING_SPEAKER_RULES: SpeakerRule[] = [
  {
    // A role phrase the clause-subject rule does not take: an adjective of office
    // ("presidential"), a name modifying the role ("Former Lima spokesman"), two roles joined by
    // "and". The subject it leads to speaks the quote of its clause.
    name: 'a name after a role phrase opening the sentence',
    example: {
      paragraphs: [
        'The pier vote is on Monday.',
        'Independent mayoral candidate Ines Lund, during two radio interviews, referred to the harbour board as “the sleepiest club in town.”',
      ],
      speaker: 'Ines Lund',
    },
    apply: (ctx, site) => {
      const found = rolePhraseSubject(site.lead);
      return found ? namedSpeaker(ctx, found.name, found.role) : null;
    },
  },
  {
    // News digests credit a quoted excerpt with its source's name before a colon.
    name: 'a digest’s source label before the colon',
    example: {
      paragraphs: [
        'Ferry polls were close - HarbourWatch: “Most riders backed the new timetable.”',
      ],
      speaker: 'HarbourWatch',
    },
    apply: (ctx, site) => {
      const label = DIGEST_SOURCE_LABEL.exec(maskQuotationsAndAsides(site.lead))?.[1];
      if (!label || SENTENCE_STARTERS.has(label.toLowerCase())) return null;
      return namedSpeaker(ctx, label, null);
    },
  },
  {
    // "From the mayor’s “long speech” to her “harbour tax,” Berg described Lima as …": a quote
    // inside a sentence opener is the main clause subject's when that clause reports speech.
    name: 'a quote in a sentence opener, said by the main clause’s subject',
    example: {
      paragraphs: [
        'Tomas Berg writes a weekly column.',
        'Bemoaning the “sleepy harbour board,” Tomas Berg accused its chair of wasting a year.',
      ],
      speaker: 'Tomas Berg',
    },
    apply: openerQuoteSubject,
  },
  {
    // "The trouble, says Ana Lima, a pollster, is that “…”": the interjected reporting clause
    // names who said the sentence's quote.
    name: 'a reporting clause set off by commas before the verb',
    example: {
      paragraphs: [
        'The pier turns 100 this year.',
        'The secret of the pier, says Ana Lima, curator at the harbour museum, is that it was “built by the whole town.”',
      ],
      speaker: 'Ana Lima',
    },
    apply: (ctx, site) => {
      const report = INTERJECTED_REPORT.exec(maskQuotationsAndAsides(site.lead))?.[1];
      return report ? fromAfter(ctx, ` ${report}.`, at(site)) : null;
    },
  },
  {
    // "Much of the anger was aimed at Berg, who Lima on Monday called “…”": the named subject of
    // the relative clause called him that.
    name: 'the subject after “who” of a naming verb',
    example: {
      paragraphs: [
        'Tomas Berg and Ana Lima have feuded for years.',
        'Much of the harbour’s anger was aimed at Berg, who Lima on Monday called “a terrible captain.”',
      ],
      speaker: 'Ana Lima',
    },
    apply: (ctx, site) => {
      const m = WHO_NAME_CALLED.exec(maskQuotations(site.lead));
      return m?.[1] ? fromPhrase(ctx, m[1], { ...at(site), offset: m.index }) : null;
    },
  },
  {
    // "Lund's family has called on the board to release the tapes “…”": the family speaks.
    name: 'a named person’s family opening the sentence',
    example: {
      paragraphs: [
        'Ines Lund drowned in the harbour in May.',
        'Lund’s family has called on the harbour board to release the tapes “for the sake of the truth.”',
      ],
      speaker: 'Lund’s family',
    },
    apply: (_ctx, site) => {
      const kin = KIN_SUBJECT.exec(maskQuotationsAndAsides(site.lead))?.[1];
      return kin ? { speaker: kin, role: null, anonymous: true } : null;
    },
  },
  {
    // "At the briefing, the mayor's first three callers were blunt: “…”": the group speaks.
    name: 'an owner’s group of people before a colon',
    example: {
      paragraphs: [
        'The mayor held a phone-in on Friday.',
        'At the end of the hour, Lima’s first three callers ranged from doubtful to angry: “Why did the pier close?”',
      ],
      speaker: 'Lima’s first three callers',
    },
    apply: (_ctx, site) => {
      const group = OWNED_GROUP_BEFORE_COLON.exec(maskQuotationsAndAsides(site.lead))?.[1];
      return group ? { speaker: group, role: null, anonymous: true } : null;
    },
  },
  {
    // "The clerk, Ines Lund, stood up to say, “…”": a purpose clause of speech after
    // the verb is said by the clause's subject.
    name: 'the subject of a verb followed by “to announce,”',
    example: {
      paragraphs: [
        'The pier board met on Monday.',
        'The ferry clerk on duty that night, Ines Lund, waved her flag at the crowd to announce, “The last boat has left and nobody else is going anywhere tonight.”',
      ],
      speaker: 'Ines Lund',
    },
    apply: (ctx, site) => {
      const masked = maskQuotationsAndAsides(site.lead);
      const m = TO_SPEAK_TAIL.exec(masked);
      if (!m?.[1] || m[1].split(/\s+/u).some((w) => OBJECT_SPEAKS.test(w))) return null;
      // The subject, or the name in apposition to it, is one of the last two comma chunks.
      const chunks = site.lead.slice(0, m.index).replace(/,\s*$/u, '').split(',');
      for (const chunk of chunks.slice(-2).reverse()) {
        const found = named(fromPhrase(ctx, chunk.trim(), at(site)));
        if (found) return found;
      }
      return null;
    },
  },
  {
    // "“…” That quote from Ines Lund ran on page one.": the next sentence says whose words they were.
    name: 'a name after “That quote from” right after the quote',
    example: {
      paragraphs: [
        '“I would rather lose the pier than the port.” That quote from Harbour Commissioner Ines Lund ran on the front page of the Gazette.',
      ],
      speaker: 'Ines Lund',
    },
    apply: (ctx, site) => {
      if (site.lead.trim() !== '') return null;
      const phrase = QUOTE_FROM_NAME.exec(site.after)?.[1];
      return phrase ? named(fromPhrase(ctx, phrase, at(site))) : null;
    },
  },
  {
    // "Lund’s boldest claim was that a “closed shop” runs the port": the claim's owner.
    name: 'the owner of a claim whose “is that” clause holds the quote',
    example: {
      paragraphs: [
        'Ines Lund sued the harbour board last week.',
        'But Lund’s boldest claim was that a “closed shop” runs the port for the dockers.',
      ],
      speaker: 'Ines Lund',
    },
    apply: (ctx, site) => {
      const m = OWNED_CLAIM_IS_THAT.exec(maskQuotationsAndAsides(site.lead));
      return m?.[1] ? named(fromPhrase(ctx, m[1], { ...at(site), offset: m.index })) : null;
    },
  },
];
