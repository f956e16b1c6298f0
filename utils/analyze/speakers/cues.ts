/**
 * Where a quote's speaker is written: after the closing mark ("…,” she said", "…,” said X, a …"),
 * before the opening mark ("X said: “…”"), or as the subject of a paragraph around it.
 */
import type { ParagraphText } from '../annotate';
import { findSpeechSubject, maskQuotations } from '../attribution';
import { SPEECH_VERBS, TITLE_ABBREVIATIONS } from '../lexicon';
import { findNames, fullestName, isNameWord } from '../names';
import { tokenize } from '../tokens';
import { itsReferent } from './clause';
import type { Place, SpeakerAttribution, SpeakerContext } from './context';
import { fromPhrase, headNames, namedSpeaker } from './phrase';

/** Most words between a closing quote mark and its reporting verb ("Kremlin spokesperson Dmitry Peskov told"). */
const MAX_AFTER_WORDS = 9;

/** Auxiliaries and adverbs between a subject and the reporting verb after a quote ("will later"). */
const AUXILIARIES =
  /(?:\b(?:has|have|had|also|later|then|will|would|could|can|may|might|must|should|did|does|once|again|often|still|just|even)\s*)+$/u;

/** An emphatic auxiliary right before a reporting verb in a lead ("he did say", "she could only quip"); "will say" is no speech yet. */
const LEAD_AUXILIARY =
  /\b(?:did|does|(?:could|would)\s+only)(?:\s+(?:later|also|then|again|once))?(?=\s+(?:say|tell|write|add|argue|insist|claim|explain|note|declare|warn|predict|quip)\b)/gu;

/** A relayed quote's original speaker in a lead: "quoted X as saying", "recalls X telling". */
const RELAYED_LEAD =
  /\b(?:quoted|quotes|quoting|recalls|recalled|recalling|remembers|remembered|heard|hears)\s+([^,;:]{2,60}?)\s+(?:as\s+)?(?:saying|telling|writing|asking|say)\b[^,;:]{0,40}[,:]?\s*$/u;

/** A dash (or a quotation dash, ―) and a name signing the quote before it ("” — Ana Lima"). */
const SIGNATURE =
  /^\s*(?:—|–|―|--?)\s*(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s*(?:[,(]|\.?\s*$)/u;

/** A speech participle introducing the quote after a comma ("…, adding: "). */
const PARTICIPLE_COLON =
  /,\s*(?:adding|saying|noting|explaining|insisting|declaring|warning)\s*:\s*$/u;

/** Reporting verbs of a lead tried, from the last back (a noun like "comments" may be the last). */
const MAX_LEAD_VERBS = 3;

/** "It" as the subject of a reporting verb: an organisation or a document speaks. */
const IT = /^[\s,]*it[\s,]*$/iu;

/** "It" and its reporting verb ending a lead ("…, it said, "). */
const IT_LEAD =
  /(?:^|[,;:—–]\s*|\b(?:and|but)\s+)[Ii]t\s+(\p{Ll}+)(?:\s+\p{Ll}+){0,2}\s*[,:]?\s*$/u;

/**
 * Reporting verbs of two words after a quote ("…,” Lima shot back", "…,” he points out", "…,”
 * Berg went on"), and a speaker heard on a recording ("…?” a reporter can be heard asking").
 */
const PHRASAL_SPEECH =
  /^(?:(?:points|pointed|shot|shoots|fired|fires|hit|hits|chimed|chimes|spoke|speaks|cried|cries|called|calls|piped|pipes)\s+(?:out|back|in|up)\b|(?:went|goes|carried|carries)\s+on\b(?!\s+(?:to|with)\b)|(?:can|could|is|was)\s+(?:be\s+)?heard\s+(?:saying|asking|telling|shouting)\b)/u;

/**
 * Verbs that report speech only inverted right after a quote, before their subject ("…,”
 * remembered Ana Lima, a former pilot", "…,” exhorted the mayor's guest"): elsewhere ("Lima
 * remembered the storm") they report no words.
 */
const INVERTED_ONLY_SPEECH =
  /^(?:remembered|remembers|exhorted|exhorts|reasoned|reasons)\s+(?:\p{Lu}|the\s)/u;

/** An inverted reporting clause after a comma, ending a lead (", explained Ana Lima, "). */
const INVERTED_LEAD =
  /,\s*(?:said|says|explained|explains|added|adds|wrote|writes|recalled|recalls)\s+((?:\p{Lu}|the\s)[^,;:]{1,60}(?:,[^,;:]{1,60})?)[,:]\s*$/u;

/** Most words after a clause-final reporting verb ("told reporters" = 1). */
const TAIL_VERB_MAX_OBJECT_WORDS = 2;

/**
 * A determiner-led description, its reporting verb and at most two more words ending a lead
 * ("Another child replied, ", "a narrator says over the music: ").
 */
const LOOSE_LEAD =
  /(?:^|[,;:—–]\s*|\b(?:and|but|then)\s+)((?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Ss]ome|[Ss]everal)\s+[\p{Ll}\p{N}-]+(?:\s+[\p{Ll}\p{N}-]+){0,2}|[Aa]nother)\s+(\p{Ll}+)(?:\s+[\p{Ll}\p{N}]+){0,2}\s*[,:]?\s*$/u;

/** "said the company’s lawyer, Mark Stein": the name after an owner's role is the speaker. */
function inverted(ctx: SpeakerContext, rest: string, at: Place): SpeakerAttribution | null {
  const np = /^\s*([^,]+?)(?=,|\s+(?:who|in|on|at|during|after|before|when|while|as)\s|$)/u.exec(
    rest,
  );
  const phrase = np?.[1];
  if (!np || !phrase) return null;
  const named = /^,\s*((?:\p{Lu}[\p{L}’'.-]*\s?){1,4}?)\s*(?:,|$)/u.exec(
    rest.slice(np.index + np[0].length),
  )?.[1];
  if (
    named &&
    // No name of its own but an owner's ("Keystone’s chief economist").
    findNames(phrase).every((n) => /['’]s?$/u.test(phrase.slice(n.start, n.end + 2).trim())) &&
    named
      .trim()
      .split(/\s+/u)
      .every((w) => isNameWord(w))
  )
    return fromPhrase(ctx, `${phrase.trim()} ${named.trim()}`, at);
  return fromPhrase(ctx, phrase, at, true);
}

/** Speaker from the text after a closing mark: "…,” she said" / "…,” said X, a …". */
export function fromAfter(
  ctx: SpeakerContext,
  after: string,
  at: Place,
  maxWords = MAX_AFTER_WORDS,
): SpeakerAttribution | null {
  // A signature after a dash: "“…” — Ana Lima", ending the paragraph or followed by a comma or
  // parenthesis (the date, the role).
  const signature = SIGNATURE.exec(after);
  if (signature?.[1]) return fromPhrase(ctx, signature[1], at, true);
  // Honorific periods ("Dr. Ana Lima") do not end the clause.
  const unabbreviated = after.replace(/\b(\p{Lu}\p{Ll}{1,4})\./gu, (m, w: string) =>
    TITLE_ABBREVIATIONS.has(w.toLowerCase()) || /^(?:Sgt|Det|Jr|Sr)$/u.test(w) ? `${w} ` : m,
  );
  // …nor a party and state in parentheses ("Rep. Ana Lima (D-Ore.) said")…
  // …and neither do initials ("says J.J. Lund, an expert").
  const clause =
    unabbreviated
      // …nor a nickname in quotation marks inside a name ("Marta “Tita” Price said").
      .replace(/(?<=\p{Lu}[\p{L}’'.-]*\s)[“"](\p{Lu}[\p{L}’'-]*)[”"](?=\s+\p{Lu})/gu, ' $1 ')
      .replace(/\s\([^()]{1,20}\)/gu, '')
      // …nor a period inside a web address ("founder of harbour.org, wrote").
      .split(/(?<!(?:^|[\s.])\p{Lu})\.(?![\p{Ll}\d])|[?!;:“"«‘]/u)[0] ?? '';
  // "…” until Lima said she …", "…” because Berg told them": a subordinate clause's subject
  // did not say the quote.
  const subordinate =
    /^[\s,]*(?:until|because|when|while|whereas|after|before|since|if|unless|although|though|once|that)\b([^,]*)/iu.exec(
      clause,
    );
  if (subordinate && tokenize(subordinate[1] ?? '').some((w) => SPEECH_VERBS.has(w.text)))
    return null;
  const ws = tokenize(clause);
  const acc = /^[\s,]*according to\s+([^,]+)/iu.exec(clause);
  if (acc?.[1]) return fromPhrase(ctx, acc[1], at);
  // "…,” Ana Lima is quoted as saying.": the original speaker of a relayed quote.
  const quotedAs = /^[\s,]*([^,]{2,60}?)\s+(?:is|was|were|are)\s+quoted\s+as\s+saying\b/u.exec(
    clause,
  );
  if (quotedAs?.[1]) return fromPhrase(ctx, quotedAs[1], at, true);
  for (let k = 0; k < Math.min(ws.length, maxWords + 1); k++) {
    const w = ws[k];
    const invertedOnly =
      INVERTED_ONLY_SPEECH.test(clause.slice(w?.start)) &&
      clause.slice(0, w?.start).replace(/[\s,]/gu, '') === '';
    if (
      !w ||
      !(SPEECH_VERBS.has(w.text) || PHRASAL_SPEECH.test(clause.slice(w.start)) || invertedOnly)
    )
      continue;
    // Auxiliaries between the subject and its verb: "he will say", "Lima would later write".
    const subject = clause.slice(0, w.start).replace(AUXILIARIES, '');
    if (subject.trim().replace(/,/g, '') !== '') {
      if (IT.test(subject)) return itsReferent(ctx, at);
      // "…,” faulted her plan and said …": a lowercase verb phrase joined by "and" shares the
      // sentence's subject; its words ("her plan") are no speaker.
      if (/^[\s,]*\p{Ll}/u.test(subject) && /\b(?:and|but|then)\s*$/u.test(subject)) return null;
      // "… and voters get nervous, said Ana Lima, a lawyer": the words before the comma are
      // the rest of the quote's sentence, the name after the verb speaks.
      // Not "…, Lima, an aide, said when asked how Berg …" nor "…, Lima told the Gazette".
      const rest = clause.slice(w.end);
      const invertedFirst =
        /,\s*$/u.test(subject) &&
        /^(?:said|says|added|adds|wrote|writes|argued|argues|explained|explains)$/u.test(w.text) &&
        /^\s*\p{Lu}/u.test(rest);
      const after = invertedFirst ? inverted(ctx, rest, at) : null;
      if (after?.speaker && !after.anonymous) return after;
      // "…” to Lazar, Song wrote": a name alone between the last comma and the verb is the
      // subject; the words before the comma end the quote's sentence.
      const tail = /,\s*([^,]+?)\s*$/u.exec(subject)?.[1];
      const tailName = tail ? headNames(tail)[0] : undefined;
      if (tail && tailName && tailName.start === 0 && tailName.end >= tail.length) {
        const named = fromPhrase(ctx, tail, at);
        if (named) return named;
      }
      const found = fromPhrase(ctx, subject, at, true);
      // "…” about the decision, said Ana Lima": the words before the comma are no subject.
      return found ?? (/,\s*$/u.test(subject) ? inverted(ctx, clause.slice(w.end), at) : null);
    }
    // Inverted: "said Carsten Brzeski, ING’s global head of macro".
    return inverted(ctx, clause.slice(w.end), at);
  }
  // A name with a long appositive before its verb: "“…,” Ana Lima, the port authority’s chief
  // executive since 2019, told reporters".
  // Its appositive may hold a list: "…, secretary of state for trade, industry, and energy, said".
  const longAppositive = /^[\s,]*([^,]+),[^,]+(?:,[^,]+){0,2},\s*$/u;
  // The verb is the one right after the appositive's comma: a speech verb inside the
  // appositive is a noun or a verb of its own ("one of the states suing the port, said").
  const verb = ws.findIndex(
    (w) => SPEECH_VERBS.has(w.text) && /,\s*$/u.test(clause.slice(0, w.start)),
  );
  const head = verb > maxWords ? longAppositive.exec(clause.slice(0, ws[verb]?.start))?.[1] : null;
  if (head && maxWords === MAX_AFTER_WORDS && headNames(head).length > 0)
    return fromPhrase(ctx, head, at);
  // A long subject with its appositive, the verb ending the clause: "“…” when he returns,
  // Ana Lima, chairman of the port authority, told reporters."
  const tailVerb = ws.findLastIndex((w) => SPEECH_VERBS.has(w.text));
  if (
    tailVerb > maxWords &&
    maxWords === MAX_AFTER_WORDS &&
    ws.length - tailVerb <= TAIL_VERB_MAX_OBJECT_WORDS + 1
  ) {
    const subject = findSpeechSubject(clause);
    if (subject && findNames(subject).length > 0) return fromPhrase(ctx, subject, at);
  }
  return null;
}

/** Speaker from the text before an opening mark in its sentence: "X said: “…”". */
export function fromLead(ctx: SpeakerContext, lead: string, at: Place): SpeakerAttribution | null {
  if (lead.trim() === '') return null;
  const { people } = ctx.doc;
  // Relayed: "the paper quoted Ana Lima as saying “…”", "he recalls Tomas Berg telling him “…”":
  // the original speaker, when named or described (a pronoun object is left to other rows).
  const relayed = RELAYED_LEAD.exec(maskQuotations(lead));
  if (relayed?.[1] && !/^(?:him|her|them|me|us)$/iu.test(relayed[1])) {
    const found = fromPhrase(ctx, relayed[1], at, true);
    if (found) return found;
  }
  // Naming verbs right before a quoted phrase: "what she calls “…”", "which Ana Lima described as
  // “…”", "a fire Lima brought up as “…”".
  const naming =
    /\b(he|she|they|\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+)?)\s+(?:calls|called|describes|described|dubs|dubbed|terms|termed|branded|characteri[sz]ed|brought\s+up\s+as|referred\s+to\s+as)\b[^.;:!?]{0,40}$/u.exec(
      lead,
    );
  if (naming?.[1]) {
    const found = fromPhrase(ctx, naming[1], at);
    if (found) return found;
  }
  // The last reporting verb first; one whose subject names no one is a noun ("Lima told CNN
  // that Berg’s comments “…”"), so the verb before it is tried.
  // "he did say": the auxiliary blanked out (same length, so offsets hold).
  // "On “Morning Tide,” host Ana Lima said": the comma inside a title's closing mark ends the
  // opener (moved past the mark, so offsets hold).
  let text = lead
    .replace(LEAD_AUXILIARY, (m) => ' '.repeat(m.length))
    .replace(/,([”"])(?=\s+\p{Lu})/gu, '$1,');
  for (let tries = 0; tries < MAX_LEAD_VERBS; tries++) {
    const subject = findSpeechSubject(text);
    if (!subject) break;
    // A pronoun looks back from where it stands, not from the quote: in "she said, adding that
    // Marr has been “…”", Marr comes after "she" and cannot be her.
    const position = maskQuotations(text).lastIndexOf(subject);
    if (IT.test(subject)) return itsReferent(ctx, at);
    const found = fromPhrase(ctx, subject, {
      ...at,
      offset: position >= 0 ? position : at.offset,
    });
    if (found || position <= 0) return found;
    text = text.slice(0, position);
  }
  // "Another child replied, “…”": a description whose head no word list knows, right before
  // the reporting verb that introduces the quote.
  // "On the fees, it said, “…”": the organisation or document "it" stands for.
  const it = IT_LEAD.exec(maskQuotations(lead));
  if (it && SPEECH_VERBS.has(it[1] ?? '')) return itsReferent(ctx, at);
  const loose = LOOSE_LEAD.exec(maskQuotations(lead));
  if (loose?.[1] && SPEECH_VERBS.has(loose[2] ?? '')) {
    const found = fromPhrase(ctx, loose[1], at, true);
    if (found) return found;
  }
  // "Because of the tides, explained Ana Lima, “…”": an inverted reporting clause ends the lead.
  const invertedLead = INVERTED_LEAD.exec(maskQuotations(lead));
  if (invertedLead?.[1]) {
    const found = inverted(ctx, invertedLead[1], at);
    if (found) return found;
  }
  // Not after a speech participle ("…, adding:"): its subject is the clause's (a later row).
  if (/:\s*$/u.test(lead) && !PARTICIPLE_COLON.test(lead)) {
    const first = headNames(lead).find(
      (n) =>
        n.name.includes(' ') || n.introduced || people.names.includes(fullestName(n.name, people)),
    );
    if (first) return namedSpeaker(ctx, first.name, first.role);
  }
  return null;
}

/** Speaker of a paragraph without quotes, from its reporting verb or its leading subject. */
export function fromParagraphSubject(
  ctx: SpeakerContext,
  para: ParagraphText,
  p: number,
): SpeakerAttribution | null {
  return fromParagraphSpeech(ctx, para, p) ?? fromParagraphLead(ctx, para, p);
}

/** Speaker of a paragraph from the subject of its last reporting verb, or null. */
export function fromParagraphSpeech(
  ctx: SpeakerContext,
  para: ParagraphText,
  p: number,
): SpeakerAttribution | null {
  for (let k = para.sentences.length - 1; k >= 0; k--) {
    const ps = para.sentences[k];
    if (!ps) continue;
    const text = para.text.slice(ps.start, ps.end);
    const subject = findSpeechSubject(text);
    const found = subject
      ? fromPhrase(ctx, subject, { sentence: ps.index, offset: text.length, paragraph: p })
      : null;
    if (found) return found;
  }
  return null;
}

/** Speaker of a paragraph from the words opening its first sentence, or null. */
function fromParagraphLead(
  ctx: SpeakerContext,
  para: ParagraphText,
  p: number,
): SpeakerAttribution | null {
  const firstSentence = para.sentences[0];
  if (!firstSentence) return null;
  const text = para.text.slice(firstSentence.start, firstSentence.end);
  // The opening phrase may end inside a quoted title: "On “Morning Tide,” Ana Lima …".
  const lead = /^(?:[^,]{0,60},[”"]?\s+)?([\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]*)*)/u.exec(text);
  const word = lead?.[1];
  // A participle opening the sentence ("Responding to …, Lima …") is no speaker.
  if (!word || /^\p{Lu}\p{Ll}+ing$/u.test(word)) return null;
  return fromPhrase(ctx, word, { sentence: firstSentence.index, offset: lead.index, paragraph: p });
}
