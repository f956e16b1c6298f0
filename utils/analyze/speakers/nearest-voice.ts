/**
 * Speaker rules for a voice written right before the opening mark that is nearer the quote than
 * the sentence's subject or a reporting clause after the quote: a crowd crying out ("at which
 * point the crowd chanted “…”"), the subject of a "with" participle ("…, with one of her flyers
 * asking, “…”") and a relative clause with its own reporting verb ("the plan, which an audit
 * said was “…”"). Rows of SPEAKER_RULES.
 */
import { maskQuotations } from '../attribution';
import { DESCRIPTION_DETERMINERS, describe } from '../entity-mentions';
import { SPEECH_VERBS } from '../lexicon';
import { tokenize } from '../tokens';
import type { QuoteSite, SpeakerAttribution, SpeakerContext } from './context';
import { at } from './coverage-lead';
import { fromPhrase } from './phrase';
import type { SpeakerRule } from './rules';

/** A noun phrase inside one clause: no clause punctuation, no quotation marks. */
const NP = '[^,;:.!?“”"—–()]';

/**
 * A crowd or an unnamed voice crying out, ending the lead: "at which moment the dockers
 * chanted", "and then the whole hall took up the old chant". The phrase starts after a clause boundary or a
 * linking word and opens with a determiner or quantifier (a "when" clause: RELAY_RULES).
 */
const CRY_OUT_LEAD = new RegExp(
  String.raw`(?:^|[,;:—–]\s*|\b(?:and|then|point|moment)\s+)` +
    String.raw`((?:[Tt]he|[Aa]n?|[Ss]omeone|[Ss]omebody|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ne)\b${NP}{0,50}?)` +
    String.raw`\s+(?:(?:loudly|again|then|suddenly|repeatedly|also|soon)\s+)*` +
    String.raw`(?:chanted|shouted|yelled|screamed|hollered|roared|cried\s+out|called\s+out|` +
    String.raw`(?:reprised|started|began|took\s+up|broke\s+into|launched\s+into|erupted\s+in(?:to)?)\s+` +
    String.raw`(?:the\s+|a\s+|an\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:chants?|cry|cries|refrain)(?:\s+of)?)` +
    String.raw`\s*[,:]?\s*$`,
  'u',
);

/** Words that make a phrase a clause of its own ("the hall went quiet and then"). */
const CLAUSE_WORDS =
  /\b(?:and|or|but|then|who|which|that|went|was|were|is|are|had|has|\p{Ll}+ed)\b/u;

/** Speech participles after the subject of a "with" clause ("with the club saying"). */
const WITH_PARTICIPLES =
  'saying|asking|declaring|telling|warning|noting|calling|urging|proclaiming|announcing|arguing|insisting|adding|stating|claiming|promising|vowing';

/**
 * "…, with one of her flyers asking, “…”", "…, with the campaign of the former mayor saying the
 * plan was “…”": the subject of a speech participle after "with", and what the participle
 * introduces (group 2), ending the lead.
 */
const WITH_PARTICIPLE_LEAD = new RegExp(
  String.raw`\bwith\s+((?:[Tt]he|[Aa]n?|[Oo]ne|[Ss]ome|[Ss]everal|[Mm]any|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\p{Lu})${NP}{0,60}?)` +
    String.raw`\s+(?:${WITH_PARTICIPLES})\b(${NP}{0,60})[,:]?\s*$`,
  'u',
);

/** Verbs that, in a relative clause, say what someone called or found something ("which X said was"). */
const RELATIVE_SPEECH_VERBS =
  'said|says|say|called|calls|described|describes|deemed|deems|found|finds|considered|considers|ruled|judged|termed|labeled|labelled|branded|declared|declares';

/**
 * "the plan, which an audit said was “…”", "even the files the ministry now says are “…”": a
 * relative clause whose own reporting verb introduces the quote (a copula or "as" may follow it).
 */
const RELATIVE_SPEECH_LEAD = new RegExp(
  String.raw`(?:\b(?:which|that|whom)|\b(?:the|those|these)\s+ones?)\s+` +
    String.raw`((?:[Tt]he|[Aa]n?|\p{Lu})${NP}{0,50}?)\s+(?:(?:now|also|later|once|still|repeatedly|has|had|have)\s+)*` +
    String.raw`(?:${RELATIVE_SPEECH_VERBS})\s+(?:(?:was|were|is|are|be|as|had\s+been|has\s+been|have\s+been|would\s+be)\s+)?$`,
  'u',
);

/** Whether a stretch of a lead holds a reporting verb of its own (someone else's speech). */
function hasSpeechVerb(text: string): boolean {
  return tokenize(text).some((w) => SPEECH_VERBS.has(w.text) || /^(?:called|calls)$/u.test(w.text));
}

/**
 * The speaker a phrase names, or, for a determiner-led description no word list knows ("someone
 * in the hall", "one of her flyers"), the description itself.
 */
function voiceOf(
  ctx: SpeakerContext,
  site: QuoteSite,
  phrase: string,
  offset: number,
): SpeakerAttribution | null {
  const found = fromPhrase(ctx, phrase, { ...at(site), offset }, true);
  if (found) return found;
  const trimmed = phrase.trim();
  if (DESCRIPTION_DETERMINERS.test(trimmed) || /^some(?:one|body)\b/iu.test(trimmed))
    return { speaker: describe(trimmed), role: null, anonymous: true };
  return null;
}

export const CRY_OUT_RULE: SpeakerRule = {
  // "…, at which moment the dockers chanted “…”": the crowd or voice crying out right before the
  // quote said it, not the sentence's subject.
  name: 'a crowd or a voice crying out right before the opening mark',
  example: {
    paragraphs: [
      'Mayor Ana Lima opened the pier on Sunday.',
      'She promised a second pier, at which moment the dockers chanted “Build it now!” and waved flags.',
    ],
    speaker: 'the dockers',
  },
  apply: (ctx, site) => {
    const m = CRY_OUT_LEAD.exec(maskQuotations(site.lead));
    const phrase = m?.[1];
    // "the hall went quiet and then shouted": a clause, not a phrase, is no speaker.
    if (!m || !phrase || CLAUSE_WORDS.test(phrase)) return null;
    return voiceOf(ctx, site, phrase, m.index + m[0].indexOf(phrase));
  },
};

export const WITH_PARTICIPLE_RULE: SpeakerRule = {
  // "Lima campaigned hard, with one of her flyers asking, “…”": the subject of the participle
  // after "with" said it, not the sentence's subject.
  name: 'the subject of a “with” participle right before the opening mark',
  example: {
    paragraphs: [
      'Ana Lima ran for mayor in May.',
      'Lima tied Tomas Berg to the ferry deal, with one of her flyers asking, “Who paid for the pier?”',
    ],
    speaker: 'one of her flyers',
  },
  apply: (ctx, site) => {
    const m = WITH_PARTICIPLE_LEAD.exec(maskQuotations(site.lead));
    const phrase = m?.[1];
    if (!m || !phrase || hasSpeechVerb(m[2] ?? '')) return null;
    return voiceOf(ctx, site, phrase, m.index + m[0].indexOf(phrase));
  },
};

export const RELATIVE_SPEECH_RULE: SpeakerRule = {
  // "Lima defended the plan, which an audit said was “…”": the relative clause's own subject
  // said it, not the main clause's.
  name: 'the subject of a relative clause whose reporting verb ends the lead',
  example: {
    paragraphs: [
      'Ana Lima runs the harbour.',
      'Lima defended the ferry plan, which an independent audit said was “badly costed.”',
    ],
    speaker: 'an independent audit',
  },
  apply: (ctx, site) => {
    const m = RELATIVE_SPEECH_LEAD.exec(maskQuotations(site.lead));
    const phrase = m?.[1];
    if (!m || !phrase || hasSpeechVerb(phrase)) return null;
    return voiceOf(ctx, site, phrase, m.index + m[0].indexOf(phrase));
  },
};

/** The rows read right after the reporting clause after the closing mark, in order. */
export const NEAREST_VOICE_RULES: SpeakerRule[] = [WITH_PARTICIPLE_RULE, RELATIVE_SPEECH_RULE];
