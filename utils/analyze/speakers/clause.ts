/**
 * The subject of the clause a quote sits in, when no reporting verb names its speaker: a partial
 * quote after a verb that is not a speech verb ("Ana Lima called the plan “reckless”", "Berg
 * credited the crew with “a small miracle”"), a participle ("…, adding that it was “…”") or a
 * quote after a colon or dash ("Lima was blunt: “…”"). The subject stands at the start of the
 * sentence, or after an opening adverbial ("On Monday, Lima …"); the speaker is the person it
 * names, the pronoun resolved, or a description with a source head ("the campaign").
 */
import { maskQuotationsAndAsides } from '../attribution';
import { DESCRIPTION_DETERMINERS, describe } from '../coreference';
import {
  ATTRIBUTION_VERBS,
  DOCUMENT_HEADS,
  ORG_WORDS,
  ORGANIZATION_HEADS,
  PREPOSITIONS,
  ROLE_MODIFIERS,
  SENTENCE_STARTERS,
  SPEECH_VERBS,
  SUBORDINATORS,
} from '../lexicon';
import { fullestName, isNameWord, isRoleNoun, isSourceHead, nounBeforeNoun } from '../names';
import { tokenize } from '../tokens';
import { barePluralSubject, ownedRole } from './clause-around';
import type { Place, SpeakerAttribution, SpeakerContext } from './context';
import { fromPhrase, headNames, isLooseDescription, namedSpeaker } from './phrase';
import { MIN_SURNAME_SENTENCES, sentencesNaming, usedInLowercase } from './story-words';

/** Most words of an opening adverbial before the subject (one with clauses of its own runs to 25). */
const MAX_OPENER_WORDS = 30;
/** Most words before the name that is the subject ("Texas Sen. Ted Cruz" has 2 role words). */
const MAX_WORDS_BEFORE_NAME = 4;
/** Most words of a described subject up to its head noun ("the Clinton campaign" = 3). */
const MAX_DESCRIPTION_WORDS = 5;

/** Sentence adverbs that open a sentence before its subject, set off by a comma ("First, Lima …"). */
const SENTENCE_ADVERBS =
  /^(?:first|second|third|finally|next|again|instead|today|yesterday|tonight|here|there|meanwhile|however|moreover|indeed|overall|still|now|then|also|too|yet|besides|nonetheless|nevertheless|otherwise|thus|hence|therefore)$/u;

/** Conjunctions and adverbs that may open a clause before its subject ("But Lima …"). */
const CLAUSE_OPENERS = /^(?:and|but|so|yet|still|then|now|also|meanwhile|instead|however)$/iu;
const PRONOUN = /^(?:he|she|they)$/iu;

/** A lowercase word of a role phrase before a name ("the former harbour master"). */
const isRoleWord = (w: string): boolean =>
  DESCRIPTION_DETERMINERS.test(w) || isRoleNoun(w) || ROLE_MODIFIERS.has(w.toLowerCase());

/**
 * After a name, a comma and another name followed by its verb ("…, Ana Lima said"): the first
 * name closes an opener (a place), the second is the subject.
 */
const PLACE_THEN_NAME =
  /^\s*,\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+(?!(?:of|and|or|for|the|de|van|von)\b)\p{Ll}+\b/u;

/** Most capitalized words of an owner's name with its title ("Texas Gov. Ana Lima's" = 4). */
const MAX_OWNER_WORDS = 4;

/** Index of the owner's word ("Lima's", "Reyes'") ending capitalized words from `k`, or -1. */
function ownerEnd(ws: { text: string; end: number }[], k: number, clause: string): number {
  for (let j = k; j < Math.min(ws.length, k + MAX_OWNER_WORDS); j++) {
    const t = ws[j]?.text ?? '';
    if (/^\p{Lu}\p{L}*['’]s?$/u.test(t)) return j;
    // The tokens drop a bare apostrophe after a final s ("Reyes' campaign").
    if (/^\p{Lu}\p{L}*s$/u.test(t) && /^['’]\s/u.test(clause.slice(ws[j]?.end ?? 0))) return j;
    if (!/^\p{Lu}/u.test(t)) return -1;
  }
  return -1;
}

/** Offsets in a masked lead where a clause subject may start: the start, after an opener, after a dash. */
function subjectStarts(masked: string, lead: string): number[] {
  const starts = [0];
  // "WASHINGTON (UPI) — A spokesman for …", "… tempting that can be — Lima called …".
  const dash = /.*(?:—|–|\s--?\s)/su.exec(masked);
  if (dash && dash[0].length < masked.length) starts.push(dash[0].length);
  const comma = masked.indexOf(',');
  // "But a few days later, …": conjunctions before the opener do not count.
  const openerTokens = tokenize(comma > 0 ? masked.slice(0, comma) : masked);
  let o = 0;
  while (o < openerTokens.length - 1 && CLAUSE_OPENERS.test(openerTokens[o]?.text ?? '')) o++;
  const first = openerTokens[o]?.text.toLowerCase() ?? '';
  const lastOpener = openerTokens[openerTokens.length - 1]?.text.toLowerCase() ?? '';
  const openerWords = comma > 0 ? openerTokens.length : 0;
  // "On Monday, …", "After the debate, …", "Asked about it, …", "Earlier, …".
  const adverbial =
    PREPOSITIONS.has(first) ||
    SUBORDINATORS.has(first) ||
    /^(?:after|before|during|since|as|when|asked|speaking|earlier|later|last|this|in|at|on|like|unlike|despite|amid|amidst)$/u.test(
      first,
    ) ||
    // "First, Lima called …", "Instead, …": a sentence adverb set off by its comma.
    (openerWords === 1 && SENTENCE_ADVERBS.test(first)) ||
    // -ly; "Continuing his answer, Lima …"; "Reached by phone, Lima …" (-ed, preposition, capital)
    /ly$|^\p{Ll}+ing$/u.test(first) ||
    (/^\p{Ll}+ed$/u.test(first) &&
      PREPOSITIONS.has(openerTokens[o + 1]?.text ?? '') &&
      /^\s*\p{Lu}/u.test(masked.slice(comma + 1))) ||
    // "Sunday morning, Lima …", "Here in Porto, Lima …".
    /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|here|there)$/u.test(first) ||
    // "Hours later, …", "A few days ago, …"
    /^(?:later|earlier|ago|afterwards?|before)$/u.test(lastOpener);
  if (comma > 0 && openerWords <= MAX_OPENER_WORDS && adverbial) {
    starts.unshift(comma + 1);
    // "Speaking in Leeds, which votes next week, Lima called it …": an opener with a clause of
    // its own; the subject follows a later comma (tried last).
    for (let c = masked.indexOf(',', comma + 1); c > 0; c = masked.indexOf(',', c + 1)) {
      if (tokenize(masked.slice(0, c)).length > MAX_OPENER_WORDS) break;
      starts.push(c + 1);
    }
  }
  // "…, with Ana Lima telling reporters …": the subject of the participle after "with".
  // Set off by a comma it is a clause of its own holding the quote, nearer than the sentence's
  // subject, and comes first ("Voters were angry, with Lima calling it “…”").
  const withClause = /(,\s*)?\bwith\s+(?=[^,;]*?\s\p{Ll}+ing\b[^,;]*$)/u.exec(masked);
  if (withClause?.[1]) starts.unshift(withClause.index + withClause[0].length);
  else if (withClause) starts.push(withClause.index + withClause[0].length);
  // "… was complete when Lima in her speech called it “…”": the subject of the subordinate
  // clause holding the quote.
  // That clause comes first when its own verb attributes ("… at the debate when Lima accused
  // him of an “artful smear”", "… when many critics called her “…”"): its subject is nearer.
  const subordinate =
    /.*\b(?:when|as|while|whereas|after|because|since|where|until)\s+(?=\p{Lu}|(?:the|many|some|several|most|other|his|her|their)\s)/su.exec(
      masked,
    );
  // "…, when Berg fans interrupted her, shouting “…”": the subordinate clause's participle.
  const subordinateVerb = subordinate
    ? tokenize(masked.slice(subordinate[0].length)).find(
        (w) =>
          SPEECH_VERBS.has(w.text) ||
          ATTRIBUTION_VERBS.has(w.text) ||
          NAMING_VERBS.test(w.text) ||
          SHOUTING.test(w.text),
      )
    : undefined;
  // "Lima signed the order, while Berg, the mayor, proposed “…”": a contrasting clause set off
  // by its comma has a subject of its own, nearer the quote than the sentence's.
  const contrast = /.*,\s*(?:while|whereas)\s+(?=\p{Lu})/su.exec(masked);
  if (contrast) starts.unshift(contrast[0].length);
  else if (subordinate && subordinateVerb) {
    const own = !/[,;:]/u.test(masked.slice(subordinate[0].length));
    if (own && /^\p{Ll}+(?:ed|s)$/u.test(subordinateVerb.text))
      starts.unshift(subordinate[0].length);
    else if (/^\p{Lu}/u.test(masked.slice(subordinate[0].length)))
      starts.push(subordinate[0].length);
  }
  // "… in 1976, in what Ana Lima, the party's treasurer, called “…”", "…, in which Lima said
  // the plan was “…”": the subject of a relative clause holding the quote (one without a
  // participle of the main clause after it: "…, which Berg wrote, calling it “…”").
  const relative =
    /.*(?:,|\b(?:in|of|to|for|by|from|with|on|at))\s+(?:what|which|whom)\s+(?=\p{Lu}|(?:he|she)\s)/su.exec(
      masked,
    );
  if (relative && !/,\s*(?:\p{Ll}+ing|he|she|they|it)\b/u.test(masked.slice(relative[0].length)))
    starts.unshift(relative[0].length);
  // "Lima calling it “…” and Berg calling it “…”": after an earlier quotation of the sentence,
  // the clause joined after it has its own subject, which speaks the later quote.
  const quotations = [...lead.matchAll(/“[^”]*”|"[^"]*"/gu)];
  const lastQuotation = quotations[quotations.length - 1];
  if (lastQuotation) {
    const end = (lastQuotation.index ?? 0) + lastQuotation[0].length;
    const joined =
      /^[\s,]*(?:and|but|while|whereas|;)\s+(?=\p{Lu})/u.exec(masked.slice(end)) ??
      // "In a clip Berg called “distasteful,” Lima vowed to …": an opener ending in a quotation
      // and its comma; the main clause's subject follows.
      (/,\s*[”"]$/u.test(lastQuotation[0]) ? /^\s+(?=\p{Lu})/u.exec(masked.slice(end)) : null);
    if (joined) starts.unshift(end + joined[0].length);
  }
  return starts;
}

/**
 * An organisation's name opening a clause, followed by its verb: "The Harbour Trust Foundation
 * released …", "the Port Board of Appeals ruled …" (capitalized words, the last before any "of"
 * an organisation head), or null.
 */
const ORGANIZATION_SUBJECT =
  /^((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}&.’'-]*\s+){0,4}(\p{Lu}\p{Ll}+)(?:\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s*){1,3})?)\s+(?:has\s+|had\s+|also\s+)?(\p{Ll}+)\b/u;

function organizationSubject(clause: string): string | null {
  const m = ORGANIZATION_SUBJECT.exec(clause);
  const head = m?.[2]?.toLowerCase() ?? '';
  const verb = m?.[3] ?? '';
  if (!m?.[1] || !ORGANIZATION_HEADS.has(head)) return null;
  // The next word is its verb, not a preposition or conjunction ("the Lund Campaign and …").
  // …nor a noun it modifies ("the Harbour School fans chanted").
  if (PREPOSITIONS.has(verb) || /^(?:and|or|but|who|which|that)$/u.test(verb) || isSourceHead(verb))
    return null;
  return m[1].trim();
}

/** Determiners that, right before a name, make it modify a noun ("this Lima look-alike", "a Berg fan"). */
const NAME_MODIFIER_DETERMINERS = /^(?:this|that|these|those|a|an)$/iu;

/** Verbs that name what something is called ("called it “…”") or say someone spoke, attributing a quote. */
export const NAMING_VERBS =
  /^(?:called|calls|dubbed|dubs|described|describes|referred|refers|labeled|labelled|spoke|speaks|talked|talks)$/u;

/** Participles of crying out that end a subordinate clause before its quote ("…, chanting"). */
const SHOUTING = /^(?:shouting|chanting|yelling|screaming|crying|singing)$/u;

/** Words that join another clause, with a subject of its own, to the subject's. */
const CLAUSE_JOINERS = /^(?:and|but|or|while|when|because|although|though|whereas|as|if)$/iu;

/** Adjectives that end a determiner phrase before its noun ("the final results"). */
const NOT_HEADS =
  /^(?:final|new|old|big|other|top|recent|current|same|next|whole|entire|real|main)$/u;

/** Words that may stand between a described subject and its reporting verb ("went on to say"). */
const VERB_LIKE =
  /^(?:\p{Ll}+(?:ed|es|s)|has|had|have|is|was|were|will|would|did|does|first|then|also|went|goes|said|says|told|wrote)$/u;

/**
 * "The email went on to say, “…”", "The retired surgeon complained that … “rigged”": a
 * determiner and a few lowercase words whose head no word list knows, followed by a verb, when
 * the clause also holds a reporting or attribution verb: that description speaks.
 */
function looseSubject(
  clause: string,
  ws: { text: string; start: number; end: number }[],
  k: number,
): string | null {
  for (let n = 2; n <= 4; n++) {
    const phrase = ws.slice(k, k + n);
    const next = ws[k + n];
    const last = phrase[phrase.length - 1];
    if (!next || !last || !VERB_LIKE.test(next.text)) continue;
    // Nothing but spaces inside the phrase ("The message, sent to …" has its own clause).
    const text = clause.slice(phrase[0]?.start ?? 0, last.end);
    if (/[,;:()]/u.test(text) || /[,;:]/u.test(clause.slice(last.end, next.start))) return null;
    if (!isLooseDescription(text) || NOT_HEADS.test(last.text)) continue;
    const rest = ws.slice(k + n);
    const verb = rest.findIndex(
      (x) =>
        SPEECH_VERBS.has(x.text) || ATTRIBUTION_VERBS.has(x.text) || /^\p{Ll}+ing$/u.test(x.text),
    );
    // The reporting verb is this subject's, not one of a clause joined after it ("The vote was
    // close and the hall shouted").
    const joined = rest.slice(0, Math.max(0, verb)).some((x) => CLAUSE_JOINERS.test(x.text));
    return verb >= 0 && !joined ? text : null;
  }
  return null;
}

/** The speaker named by the subject of a lead's clause, or null. */
export function fromClauseSubject(
  ctx: SpeakerContext,
  lead: string,
  at: Place,
): SpeakerAttribution | null {
  const masked = maskQuotationsAndAsides(lead);
  // A described subject whose head no word list knows, taken when no other subject is found.
  let fallback: { phrase: string; offset: number } | undefined;
  for (const start of subjectStarts(masked, lead)) {
    const clause = masked.slice(start);
    const ws = tokenize(clause);
    let k = 0;
    while (k < ws.length - 1 && CLAUSE_OPENERS.test(ws[k]?.text ?? '')) k++;
    const w = ws[k];
    if (!w) continue;
    // The subject must be followed by its verb: a lowercase word, or a comma (an appositive).
    if (PRONOUN.test(w.text)) {
      const next = ws[k + 1];
      if (!next || !/^\p{Ll}/u.test(next.text)) continue;
      return fromPhrase(ctx, w.text, { ...at, offset: start + w.start });
    }
    const organization = organizationSubject(clause.slice(w.start));
    if (organization) return { speaker: describe(organization), role: null, anonymous: true };
    const name = headNames(clause).find((n) => {
      const before = tokenize(clause.slice(ws[k]?.start ?? 0, n.start));
      return (
        n.start >= (ws[k]?.start ?? 0) &&
        // A capitalized role word opening the sentence is no name ("Former governor Ana Lima").
        !(
          !n.name.includes(' ') &&
          (ROLE_MODIFIERS.has(n.name.toLowerCase()) || SENTENCE_STARTERS.has(n.name.toLowerCase()))
        ) &&
        before.length <= MAX_WORDS_BEFORE_NAME &&
        // "This Lima look-alike waved": a determiner right before a name makes it a modifier
        // of the noun after it, not the subject.
        !NAME_MODIFIER_DETERMINERS.test(before[before.length - 1]?.text ?? '') &&
        // Only a role may stand before the subject's name ("Texas Sen.", "the former mayor").
        before.every(
          (b) =>
            /^\p{Lu}/u.test(b.text) ||
            isRoleWord(b.text) ||
            // "Band member Ana Lima", "staff writer Tomas Berg".
            isSourceHead(b.text) ||
            /^\d+-year-old$/u.test(b.text) ||
            (n.role ?? '').toLowerCase().split(/\s+/u).includes(b.text.toLowerCase()),
        ) &&
        (n.name.includes(' ') ||
          n.introduced ||
          ctx.doc.people.names.includes(fullestName(n.name, ctx.doc.people)) ||
          // A surname the story keeps using alone ("Trump gestured").
          (sentencesNaming(ctx, n.name) >= MIN_SURNAME_SENTENCES && !usedInLowercase(ctx, n.name)))
      );
    });
    if (name) {
      const between = clause.slice(ws[k]?.start ?? 0, name.start);
      const next = /^\s*(,|\p{Ll}+)/u.exec(clause.slice(name.end))?.[1];
      // Words before the name are its role ("Texas Sen."), not a subject of their own.
      // "The Lima campaign called it …": the name is a modifier of the described subject.
      const modifier = next !== undefined && next !== ',' && isSourceHead(next);
      // "In Salem, New Hampshire, Lima called …": a place closing the opener, followed by the
      // subject's name, not by an appositive.
      if (next === ',' && PLACE_THEN_NAME.test(clause.slice(name.end))) continue;
      if (
        next &&
        !modifier &&
        !/\b(?:of|for|with|to|by|and)\s*$/iu.test(between) &&
        // "Lima's Tomas Berg …" is no subject, but an owner of the role may open it.
        (!/['’]s\b/u.test(between) || ownedRole(between, name.name, clause.slice(name.end)))
      )
        return namedSpeaker(ctx, name.name, name.role);
      if (!modifier) continue;
    }
    // "the campaign called it “…”", "Lima's spokeswoman challenged …": a determiner or an
    // owner's name, then a source head within a few words.
    // The owner may be a full name with its title ("Mayor Ana Lima's doctor").
    const owner = DESCRIPTION_DETERMINERS.test(w.text) ? k : ownerEnd(ws, k, clause);
    const bare = owner < 0 ? barePluralSubject(ws, k, clause) : null;
    if (bare) fallback ??= { phrase: bare, offset: start + w.start };
    if (owner < 0) continue;
    const head = ws
      .slice(owner + 1, owner + MAX_DESCRIPTION_WORDS)
      .findIndex(
        (x, j) =>
          !isNameWord(x.text) &&
          isSourceHead(x.text) &&
          !nounBeforeNoun(x.text, ws[owner + 2 + j]?.text),
      );
    if (head < 0) {
      const loose = looseSubject(clause, ws, k);
      if (loose) fallback ??= { phrase: loose, offset: start + w.start };
      continue;
    }
    let last = owner + 1 + head;
    // The head runs over further role words: "the board's chief executive".
    while (isSourceHead(ws[last + 1]?.text ?? '') && !isNameWord(ws[last + 1]?.text ?? '')) last++;
    const end = ws[last];
    // "the campaign staffers’ actions were": a plural owner, not the subject's head.
    if (!end || /^['’]/u.test(clause.slice(end.end))) continue;
    // "The board's chief executive, Marta Quintero, was blunt": the name set off after the role.
    const named = /^,\s*((?:\p{Lu}[\p{L}’'.-]*\s?){1,4}?)\s*,/u.exec(clause.slice(end.end))?.[1];
    const person = named ? headNames(named.trim())[0] : undefined;
    if (person && person.name === named?.trim()) return namedSpeaker(ctx, person.name, null);
    const after = ws[last + 1];
    if (!after || !/^\p{Ll}/u.test(after.text)) continue;
    return fromPhrase(ctx, clause.slice(w.start, end.end), { ...at, offset: start + w.start });
  }
  return fallback
    ? fromPhrase(ctx, fallback.phrase, { ...at, offset: fallback.offset }, true)
    : null;
}

/** Sentences before an "it" searched for the organisation or document it stands for. */
const IT_LOOKBACK_SENTENCES = 2;
/** Speakers before an "it" searched for an organisation or document (unit: quotes). */
const IT_LOOKBACK_QUOTES = 3;

/** Whether a speaker is an organisation or a document ("Lima’s campaign", "the report"), not a person. */
export function isThing(speaker: string): boolean {
  const last = speaker.split(/\s+/u).pop() ?? '';
  const lower = last.replace(/['’]s?$/u, '').toLowerCase();
  return (
    ORGANIZATION_HEADS.has(lower) ||
    DOCUMENT_HEADS.has(lower) ||
    ORG_WORDS.has(lower) ||
    /^\p{Lu}{2,}$/u.test(last)
  );
}

/**
 * What "it" stands for as a speaker ("On the new fees, it said, “…”"): the organisation or
 * document that spoke last, or the one that is the subject of a sentence just before, or null.
 */
export function itsReferent(ctx: SpeakerContext, at: Place): SpeakerAttribution | null {
  for (
    let j = ctx.results.length - 1;
    j >= Math.max(0, ctx.results.length - IT_LOOKBACK_QUOTES);
    j--
  ) {
    const result = ctx.results[j];
    const span = ctx.spans[j];
    if (!span || span.paragraph < at.paragraph - 1) break;
    if (result?.speaker && result.anonymous && isThing(result.speaker)) return result;
  }
  for (let i = at.sentence - 1; i >= Math.max(0, at.sentence - IT_LOOKBACK_SENTENCES); i--) {
    const sentence = ctx.doc.sentences[i];
    if (!sentence || sentence.paragraph < at.paragraph - 1) break;
    const found = fromClauseSubject(ctx, sentence.text, {
      sentence: i,
      offset: 0,
      paragraph: sentence.paragraph,
    });
    if (found?.speaker && found.anonymous && isThing(found.speaker)) return found;
  }
  return null;
}
