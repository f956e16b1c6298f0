/**
 * Speaker attribution for quoted spans: "X said", "said X", "X told Reuters", role phrases,
 * "X …: “quote”", ", adding, “…”", pronouns and "the spokesperson" resolved to the last fitting
 * person, speakers carried to quote-only paragraphs, names normalized to the fullest form.
 */
import type { Sentence } from '../summary';
import { coordinatedSubjectLength, findSpeechSubject, maskQuotations } from './attribution';
import { PERSON_NOUNS, PREPOSITIONS, SOURCE_NOUNS, SPEECH_VERBS } from './lexicon';
import {
  findNames,
  fullestName,
  indexPeople,
  isNameWord,
  isRoleNoun,
  type PersonIndex,
  stripPossessive,
} from './names';
import { type ParagraphText, paragraphTexts, type QuoteSpan } from './quotes';

/** Who said a quote: a person's fullest name, or a description of an unnamed speaker. */
export interface SpeakerAttribution {
  speaker: string | null;
  role: string | null;
  /** True for an unnamed speaker ("one official from Russia"). */
  anonymous: boolean;
}

/** Most words between a closing quote mark and its reporting verb ("Kremlin spokesperson Dmitry Peskov told"). */
const MAX_AFTER_WORDS = 9;

/** Most words before the verb of a new sentence after a closed quote ("Dr Jane Doe said" = 3). */
const CLOSED_AFTER_WORDS = 3;

/** Most words after a clause-final reporting verb ("told reporters" = 1). */
const TAIL_VERB_MAX_OBJECT_WORDS = 2;

/** How many paragraphs back a pronoun may look for its person. */
const PRONOUN_PARAGRAPH_WINDOW = 3;

/** Most words of an unnamed description up to its head noun ("a Downing Street spokesman" = 4). */
const DESCRIPTION_MAX_WORDS = 6;

/** Most words before a name for it to count as its sentence's subject. */
const SUBJECT_MAX_LEAD_WORDS = 3;

/**
 * Sentences after a pronoun searched for its person when none comes before: a news lede often
 * describes someone ("A retired school cook … what she calls “…”") and names them next.
 */
const CATAPHORA_SENTENCES = 2;

/** Sentences at the top of a story that form its lede (unit: sentences, counted from 0). */
const LEDE_SENTENCES = 2;

type Gender = 'f' | 'm';

/**
 * Gender cues, kept simple on purpose: an honorific before a name (Mr / Mrs, Ms, Miss), a
 * gendered role or descriptor ("spokeswoman", "grandmother-of-six"), and the pronoun a quote was
 * already resolved with. A pronoun or descriptor then skips people known to differ; people with
 * no cue stay eligible.
 */
const HONORIFIC_GENDER: Record<string, Gender> = {
  mr: 'm',
  sir: 'm',
  lord: 'm',
  mrs: 'f',
  ms: 'f',
  miss: 'f',
  dame: 'f',
  lady: 'f',
};
const FEMALE_WORD =
  /(?:^|[\s-])(?:\p{L}*woman|women|wife|mother|grandmother|gran|granny|grandma|daughter|sister|aunt|niece|queen|princess|actress|widow|girl|mum|mom|she)(?:$|[\s-])/iu;
const MALE_WORD =
  /(?:^|[\s-])(?:\p{L}*(?<!wo)man|men|husband|father|grandfather|grandad|grandpa|son|brother|uncle|nephew|king|prince|actor|widower|boy|dad|he)(?:$|[\s-])/iu;

/** The gender a word or phrase states ("spokeswoman" → f, "the father-of-two" → m), or null. */
function genderOf(phrase: string | null | undefined): Gender | null {
  if (!phrase) return null;
  if (FEMALE_WORD.test(phrase)) return 'f';
  if (MALE_WORD.test(phrase)) return 'm';
  return null;
}

/** Descriptions that stand for an already named person: "the 71-year-old", "the grandmother-of-six". */
const PERSON_DESCRIPTOR =
  /^(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old$|^\p{L}+-of-\p{L}+$|^(?:grand)?(?:mother|father|mum|dad|ma|pa)$|^(?:gran|granny|grandad|pensioner|retiree|widow|widower|teenager|youngster|woman|man|girl|boy|veteran|newcomer|victim)$/iu;

const PRONOUNS = /^(?:he|she|they)$/iu;
const FIRST_PERSON = /^(?:i|we)$/iu;
const DETERMINERS =
  /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|another|some|several|her|his|their|its|the)\b/iu;

interface Candidate {
  speaker: string;
  role: string | null;
  anonymous: boolean;
  sentence: number;
  offset: number;
  subject: boolean;
  paragraph: number;
}

const NO_SPEAKER: SpeakerAttribution = { speaker: null, role: null, anonymous: false };

/** Most words of a whole unnamed description ("a senior official with insight into high-level Kremlin talks" = 9). */
const DESCRIPTION_PHRASE_MAX_WORDS = 12;

/** Words that make a phrase a clause rather than a noun phrase describing a speaker. */
const CLAUSE_WORDS =
  /^(?:and|or|but|then|is|are|was|were|has|have|had|will|would|could|did|does|do)$/iu;

/**
 * The speaker phrase before (or after) a reporting verb, cut to its noun phrase: a verb
 * coordinated with the reporting verb is dropped ("a woman … leant over and said" → "a woman …",
 * "Acme stepped in and tweeted" → "Acme"), so is a leading "as" ("as Reuters reported") and any
 * words before the determiner of an unnamed description ("hard a woman passing" → "a woman passing").
 */
export function speakerPhrase(phrase: string): string {
  let words = phrase
    .trim()
    .replace(/^[,\s]+|[,\s]+$/gu, '')
    .split(/\s+/u)
    .filter((w) => w !== '');
  while (words.length > 1 && /^(?:as|and|but|so|then|while|when)$/iu.test(words[0] ?? ''))
    words = words.slice(1);
  if (words.length > 1 && /^(?:and|or|then)$/iu.test(words[words.length - 1] ?? '')) {
    words = words.slice(0, coordinatedSubjectLength(words));
  }
  const head = words.findIndex(
    (w) => isRoleNoun(w) || SOURCE_NOUNS.has(w.toLowerCase()) || PERSON_NOUNS.has(w.toLowerCase()),
  );
  let det = -1;
  for (let k = head - 1; k > 0; k--) {
    if (DETERMINERS.test(words[k] ?? '') && /^\p{L}+$/u.test(words[k] ?? '')) {
      det = k;
      break;
    }
  }
  if (det > 0 && !words.slice(0, det).some((w) => isNameWord(w))) words = words.slice(det);
  return words.join(' ');
}

/** Lowercases the leading determiner of a description ("One official" → "one official"). */
function describe(phrase: string): string {
  const trimmed = phrase.trim().replace(/^(?:and|but)\s+/iu, '');
  return DETERMINERS.test(trimmed) ? trimmed.charAt(0).toLowerCase() + trimmed.slice(1) : trimmed;
}

/** Person names of a phrase that are not possessives nor objects of a preposition. */
function headNames(phrase: string) {
  return findNames(phrase).filter((m) => {
    if (/^['’]/u.test(phrase.slice(m.end))) return false;
    const before = phrase.slice(0, m.start).trim().split(/\s+/u).pop()?.toLowerCase() ?? '';
    return !PREPOSITIONS.has(before) && !/['’]s$/u.test(before);
  });
}

/** Builds the per-story context: people and salient mentions in order. */
function buildCandidates(
  sentences: Sentence[],
  people: PersonIndex,
  genders: Map<string, Gender>,
): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentences) {
    // Names inside quotation marks are titles or quoted words, not people of the story.
    const text = maskQuotations(s.text);
    for (const m of findNames(text)) {
      const full = fullestName(m.name, people);
      const honorific = /\b(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, m.start - 6), m.start));
      const cue =
        HONORIFIC_GENDER[honorific?.[1]?.toLowerCase() ?? ''] ??
        genderOf(m.role ?? people.roles.get(full));
      if (cue && !genders.has(full)) genders.set(full, cue);
      if (m.name.split(' ').length < 2 && !people.names.includes(full) && !m.introduced) continue;
      const lead = text.slice(0, m.start).replace(/^[^,]*,\s*/u, '');
      const leadWords = lead.trim() === '' ? 0 : lead.trim().split(/\s+/u).length;
      // The object of a preposition ("an analyst at Cross Research") is not the subject.
      const governed = PREPOSITIONS.has(
        text.slice(0, m.start).trim().split(/\s+/u).pop()?.toLowerCase() ?? '',
      );
      const subject =
        !governed &&
        leadWords <= SUBJECT_MAX_LEAD_WORDS &&
        !/^['’]/u.test(s.text.slice(m.end, m.end + 2))
          ? true
          : /^\s*['’]s\b/u.test(text.slice(m.end)) && m.start === 0;
      out.push({
        speaker: full,
        role: m.role ?? people.roles.get(full) ?? null,
        anonymous: false,
        sentence: s.index,
        offset: m.start,
        subject,
        paragraph: s.paragraph,
      });
    }
    // Unnamed subjects introduced indefinitely: "A Downing Street spokesman rejected that."
    const d = /^(?:([^,“"]{0,40}),\s+)?((?:an?|one|another|her|his|their)\s+[^,.;:]*)/iu.exec(text);
    const intro = d?.[1] ?? '';
    if (d?.[2] && findNames(intro).length === 0) {
      const words = d[2].split(/\s+/u).slice(0, DESCRIPTION_MAX_WORDS);
      const head = words.findIndex(
        (w, k) =>
          k > 0 &&
          (isRoleNoun(w) || SOURCE_NOUNS.has(w.toLowerCase()) || PERSON_NOUNS.has(w.toLowerCase())),
      );
      if (head > 0) {
        out.push({
          speaker: describe(words.slice(0, head + 1).join(' ')),
          role: null,
          anonymous: true,
          sentence: s.index,
          offset: d.index + (d[0].length - d[2].length),
          subject: true,
          paragraph: s.paragraph,
        });
      }
    }
  }
  return out.sort((a, b) => a.sentence - b.sentence || a.offset - b.offset);
}

/** A profile's main person is named in at least this many sentences (unit: sentences). */
const MAIN_PERSON_MIN_MENTIONS = 5;
/** …and at least this many times as often as the other person (unit: ratio). */
const MAIN_PERSON_RATIO = 3;

/** Attributes a speaker to each quoted span, in order. */
export function attributeSpeakers(sentences: Sentence[], spans: QuoteSpan[]): SpeakerAttribution[] {
  const people = indexPeople(sentences.map((s) => s.text));
  const genders = new Map<string, Gender>();
  const candidates = buildCandidates(sentences, people, genders);
  const paragraphs = paragraphTexts(sentences);
  const results: SpeakerAttribution[] = [];
  // People the story has speak by name somewhere ("Wiig says", "said Peskov"): a pronoun that
  // could be them or someone only talked about ("Fey was the first female head writer. It
  // was tough, she says") is them.
  const speaksByName = new Set<string>();
  const verbAt = (word: string | undefined) => word !== undefined && SPEECH_VERBS.has(word);
  for (const s of sentences) {
    const subject = findSpeechSubject(s.text);
    for (const n of subject ? findNames(subject) : [])
      speaksByName.add(fullestName(n.name, people));
    // A name right after a reporting verb ("…?” said Thomas Ricks, a senior fellow) or right
    // before one ("Gates told an audience").
    for (const n of findNames(s.text)) {
      const before = /(\p{Ll}+)\s+(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}$/u.exec(
        s.text.slice(0, n.start),
      )?.[1];
      const after = /^\s+(?:has\s+|had\s+|also\s+)?(\p{Ll}+)/u.exec(s.text.slice(n.end))?.[1];
      if (verbAt(before) || verbAt(after)) speaksByName.add(fullestName(n.name, people));
    }
  }
  // The story's main person: the one its sentences name most (a profile's interviewee).
  const mentionCount = new Map<string, number>();
  let mainPerson: string | null = null;
  let mostMentions = 0;
  for (const name of people.names) {
    const surname = name.split(' ').pop() ?? name;
    const mentions = sentences.filter((s) => s.text.includes(surname)).length;
    mentionCount.set(name, mentions);
    if (mentions > mostMentions) {
      mainPerson = name;
      mostMentions = mentions;
    }
  }
  // Main by a wide margin: named in this many sentences, and this many times as often as the
  // person a pronoun would otherwise go to (units: sentences, ratio).
  const dominates = (other: string) =>
    mostMentions >= MAIN_PERSON_MIN_MENTIONS &&
    mostMentions >= MAIN_PERSON_RATIO * (mentionCount.get(other) ?? 0);

  const resolvePronoun = (
    sentence: number,
    offset: number,
    paragraph: number,
    roleNoun?: string,
    gender?: Gender | null,
    namedOnly = false,
  ) => {
    const fits = (c: Candidate) => {
      const known = genders.get(c.speaker) ?? (c.anonymous ? genderOf(c.speaker) : null);
      return !(gender && known && known !== gender) && !(namedOnly && c.anonymous);
    };
    const before = candidates.filter(
      (c) =>
        (c.sentence < sentence || (c.sentence === sentence && c.offset < offset)) &&
        paragraph - c.paragraph < PRONOUN_PARAGRAPH_WINDOW &&
        fits(c),
    );
    const fitting = roleNoun
      ? // Whole words: "the founder" is not the co-founder, "the president" not the vice-president.
        before.filter((c) =>
          (c.role ?? '')
            .toLowerCase()
            .split(/[\s,]+/u)
            .some((w) => stripPossessive(w) === roleNoun.toLowerCase()),
        )
      : before;
    let pick = fitting.filter((c) => c.subject).pop() ?? fitting.pop();
    // Someone only talked about, in a story about someone who speaks: the pronoun is the
    // story's main person ("Fey was the first female head writer. It was tough, she says").
    if (
      pick &&
      !pick.anonymous &&
      mainPerson &&
      pick.speaker !== mainPerson &&
      !speaksByName.has(pick.speaker) &&
      speaksByName.has(mainPerson) &&
      dominates(pick.speaker)
    ) {
      const main = fitting.findLast((c) => c.speaker === mainPerson);
      if (main) pick = main;
    }
    // Nobody named yet, or only the lede's "a retired cook": the person named just after.
    if (!roleNoun && (!pick || (pick.anonymous && pick.sentence < LEDE_SENTENCES))) {
      const ahead = candidates.find(
        (c) =>
          c.sentence > sentence &&
          c.sentence <= sentence + CATAPHORA_SENTENCES &&
          c.subject &&
          !c.anonymous &&
          fits(c),
      );
      if (ahead) pick = ahead;
    }
    return pick ? { speaker: pick.speaker, role: pick.role, anonymous: pick.anonymous } : null;
  };

  /** Turns a speaker phrase into a speaker (name, pronoun, role or description). */
  const fromPhrase = (
    phrase: string,
    sentence: number,
    offset: number,
    paragraph: number,
  ): SpeakerAttribution | null => {
    const np = speakerPhrase(phrase);
    if (np === '') return null;
    if (FIRST_PERSON.test(np)) return null;
    if (PRONOUNS.test(np)) {
      const found = resolvePronoun(sentence, offset, paragraph, undefined, genderOf(np));
      // The pronoun a quote is resolved with is a gender cue for that person from now on.
      const cue = genderOf(np);
      if (found && !found.anonymous && cue && !genders.has(found.speaker))
        genders.set(found.speaker, cue);
      return found;
    }
    // A lone capitalized word counts as a person only when the story knows it as one.
    const names = headNames(np).filter(
      (n) =>
        n.name.includes(' ') ||
        n.introduced ||
        people.names.includes(fullestName(n.name, people)) ||
        n.name === np,
    );
    const m = names[names.length - 1];
    if (m) {
      const full = fullestName(m.name, people);
      return { speaker: full, role: m.role ?? people.roles.get(full) ?? null, anonymous: false };
    }
    // "the spokeswoman added", "the former minister told": the last person with that role;
    // "the 71-year-old said", "the grandmother-of-six told": the last fitting named person.
    const definite = /^the\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}\p{N}-]+)$/iu.exec(np);
    const head = definite?.[1];
    if (head && isRoleNoun(head)) {
      const found = resolvePronoun(sentence, offset, paragraph, head, genderOf(head));
      if (found) return found;
    } else if (head && PERSON_DESCRIPTOR.test(head)) {
      // "the 71-year-old", "the grandmother-of-six" describe a named person; "the woman" may
      // also be the unnamed one just introduced ("A resident who asked not to be named said …").
      const namedOnly = /\d|-/u.test(head);
      const found = resolvePronoun(
        sentence,
        offset,
        paragraph,
        undefined,
        genderOf(head),
        namedOnly,
      );
      if (found) return found;
    }
    const words = np.split(/\s+/u);
    const hasSourceWord = words.some(
      (w) =>
        isRoleNoun(w) ||
        // Plural roles: "one of the project managers".
        (/s$/u.test(w) && isRoleNoun(w.slice(0, -1))) ||
        SOURCE_NOUNS.has(w.toLowerCase()) ||
        PERSON_NOUNS.has(w.toLowerCase()) ||
        /^(?:son|daughter|wife|husband|mother|father|friend|neighbour|neighbor|commuter|fan|fans|worker|witness|victim)s?$/iu.test(
          w,
        ),
    );
    if (!hasSourceWord && !words.some((w) => isNameWord(w))) return null;
    // A description is a noun phrase: a clause ("the deal was signed and") is no speaker.
    if (words.length > DESCRIPTION_PHRASE_MAX_WORDS || words.some((w) => CLAUSE_WORDS.test(w)))
      return null;
    return { speaker: describe(np), role: null, anonymous: true };
  };

  /** Speaker from the text after a closing mark: "…,” she said" / "…,” said X, a …". */
  const fromAfter = (
    after: string,
    s: number,
    off: number,
    p: number,
    maxWords = MAX_AFTER_WORDS,
  ) => {
    // Honorific periods ("Dr. Ana Lima") do not end the clause.
    const unabbreviated = after.replace(
      /\b(Mr|Mrs|Ms|Dr|Prof|St|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Det|Insp)\./gu,
      '$1 ',
    );
    const clause = unabbreviated.split(/[.?!;:“"«‘]/u)[0] ?? '';
    const ws = [...clause.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)];
    const acc = /^[\s,]*according to\s+([^,]+)/iu.exec(clause);
    if (acc?.[1]) return fromPhrase(acc[1], s, off, p);
    for (let k = 0; k < Math.min(ws.length, maxWords + 1); k++) {
      const w = ws[k];
      if (!w || !SPEECH_VERBS.has(w[0])) continue;
      const subject = clause.slice(0, w.index).replace(/\b(?:has|had|also|later|then)\s*$/u, '');
      if (subject.trim().replace(/,/g, '') !== '') return fromPhrase(subject, s, off, p);
      // Inverted: "said Carsten Brzeski, ING’s global head of macro".
      const rest = clause.slice(w.index + w[0].length);
      const np =
        /^\s*([^,]+?)(?=,|\s+(?:who|in|on|at|during|after|before|when|while|as)\s|$)/u.exec(rest);
      // "said the company’s lawyer, Mark Stein": the name after the role is the speaker.
      const named = np?.[1]
        ? /^,\s*((?:\p{Lu}[\p{L}’'.-]*\s?){1,4}?)\s*(?:,|$)/u.exec(
            rest.slice(np.index + np[0].length),
          )
        : null;
      if (
        np?.[1] &&
        named?.[1] &&
        // No name of its own but an owner's ("Keystone’s chief economist").
        findNames(np[1]).every((n) =>
          /['’]s?$/u.test(np[1]?.slice(n.start, n.end + 2).trim() ?? ''),
        ) &&
        named[1]
          .trim()
          .split(/\s+/u)
          .every((w) => isNameWord(w))
      )
        return fromPhrase(`${np[1].trim()} ${named[1].trim()}`, s, off, p);
      if (np?.[1]) return fromPhrase(np[1], s, off, p);
      return null;
    }
    // A long subject with its appositive, the verb ending the clause: "“…” when he returns,
    // Ana Lima, chairman of the port authority, told reporters."
    const tailVerb = ws.findLastIndex((w) => SPEECH_VERBS.has(w[0]));
    if (
      tailVerb > maxWords &&
      maxWords === MAX_AFTER_WORDS &&
      ws.length - tailVerb <= TAIL_VERB_MAX_OBJECT_WORDS + 1
    ) {
      const subject = findSpeechSubject(clause);
      if (subject && findNames(subject).length > 0) return fromPhrase(subject, s, off, p);
    }
    return null;
  };

  /** Speaker from the text before an opening mark in its sentence: "X said: “…”". */
  const fromLead = (lead: string, s: number, off: number, p: number) => {
    if (lead.trim() === '') return null;
    // Naming verbs right before a quoted phrase: "what she calls “…”", "which Ana Lima described as “…”".
    const naming =
      /\b(he|she|they|\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+)?)\s+(?:calls|called|describes|described|dubs|dubbed|terms|termed)\b[^.;:!?]{0,40}$/u.exec(
        lead,
      );
    if (naming?.[1]) {
      const found = fromPhrase(naming[1], s, off, p);
      if (found) return found;
    }
    const subject = findSpeechSubject(lead);
    // A pronoun looks back from where it stands, not from the quote: in "she said, adding that
    // Cook has been “…”", Cook comes after "she" and cannot be her.
    const at = subject ? maskQuotations(lead).lastIndexOf(subject) : -1;
    if (subject) return fromPhrase(subject, s, at >= 0 ? at : off, p);
    if (/:\s*$/u.test(lead)) {
      const first = headNames(lead).find(
        (n) =>
          n.name.includes(' ') ||
          n.introduced ||
          people.names.includes(fullestName(n.name, people)),
      );
      if (first) {
        const full = fullestName(first.name, people);
        return {
          speaker: full,
          role: first.role ?? people.roles.get(full) ?? null,
          anonymous: false,
        };
      }
    }
    return null;
  };

  /** Speaker of a paragraph without quotes, from its reporting verb or its leading subject. */
  const fromParagraphSubject = (para: ParagraphText, p: number) => {
    for (let k = para.sentences.length - 1; k >= 0; k--) {
      const ps = para.sentences[k];
      if (!ps) continue;
      const text = para.text.slice(ps.start, ps.end);
      const subject = findSpeechSubject(text);
      const found = subject ? fromPhrase(subject, ps.index, text.length, p) : null;
      if (found) return found;
    }
    const firstSentence = para.sentences[0];
    if (!firstSentence) return null;
    const text = para.text.slice(firstSentence.start, firstSentence.end);
    const lead = /^(?:[^,]{0,60},\s+)?([\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]*)*)/u.exec(text);
    return lead?.[1] ? fromPhrase(lead[1], firstSentence.index, lead.index, p) : null;
  };

  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    const para = span ? paragraphs.get(span.paragraph) : undefined;
    if (!span || !para) {
      results.push(NO_SPEAKER);
      continue;
    }
    const sent = para.sentences.find((x) => x.index === span.sentence);
    const sentStart = sent?.start ?? 0;
    const sentEnd = sent?.end ?? para.text.length;
    const next = spans[k + 1];
    const afterEnd =
      next && next.paragraph === span.paragraph
        ? Math.min(next.start, para.text.length)
        : para.text.length;
    // The attribution after a quote may run past the sentence end only up to the next quote.
    const after = para.text.slice(span.end, Math.max(span.end, Math.min(afterEnd, sentEnd + 200)));
    const lead = para.text.slice(sentStart, span.start);
    const offset = span.start - sentStart;
    const p = span.paragraph;
    let found: SpeakerAttribution | null = null;
    const lastPiece = span.pieces[span.pieces.length - 1];
    const firstAfter = lastPiece ? para.text.slice(span.start, span.end) : after;
    // Split quotes: the attribution sits between the pieces.
    const firstPiece = span.pieces[0];
    if (firstPiece) {
      found = fromAfter(
        para.text.slice(firstPiece.after, firstPiece.start),
        span.sentence,
        offset,
        p,
      );
    }
    // A quote closed by its own full stop is followed by a new sentence: that sentence attributes
    // it only when it is a bare "Jane Doe said.", not when it goes on about someone else.
    const closed = /[.?!…]$/u.test(span.text) && /^\s*\p{Lu}/u.test(after);
    if (!found && !firstAfter.startsWith('“'))
      found = fromAfter(after, span.sentence, offset, p, closed ? CLOSED_AFTER_WORDS : undefined);
    if (!found) found = fromLead(lead, span.sentence, offset, p);
    // An earlier quote of the same paragraph: “X,” he said. “Y.”
    if (!found) {
      const prev = k > 0 ? spans[k - 1] : undefined;
      const prevResult = k > 0 ? results[k - 1] : undefined;
      if (prev && prevResult && prev.paragraph === p && prevResult.speaker) found = prevResult;
    }
    // An earlier sentence of the paragraph names the speaker: "Simes said …. “Quote.”"
    if (!found && lead.trim() === '') {
      const earlier = para.sentences.filter((x) => x.end <= sentStart);
      if (earlier.length > 0) {
        found = fromParagraphSubject(
          {
            text: para.text,
            sentences: earlier,
          },
          p,
        );
      }
    }
    // A quote-only paragraph keeps the speaker of the previous paragraph.
    const outside = (para.text.slice(0, span.start) + para.text.slice(span.end)).replace(
      /“[^”]*”?|"[^"]*"?|«[^»]*»?|‘[^’]*’?/gu,
      '',
    );
    const quoteOnly = outside.replace(/[\s\p{P}]/gu, '') === '';
    if (!found && (quoteOnly || span.continued)) {
      const prevSpanIndex = spans.findLastIndex(
        (x, j) => j < k && x.paragraph === p - 1 && !x.partial,
      );
      const prevResult = prevSpanIndex >= 0 ? results[prevSpanIndex] : undefined;
      if (prevResult?.speaker) found = prevResult;
      else if (prevSpanIndex < 0) {
        const prevPara = paragraphs.get(p - 1);
        if (prevPara) found = fromParagraphSubject(prevPara, p - 1);
      }
    }
    results.push(found ?? NO_SPEAKER);
    if (found?.speaker) {
      candidates.push({
        speaker: found.speaker,
        role: found.role,
        anonymous: found.anonymous,
        sentence: span.sentence,
        offset,
        subject: true,
        paragraph: p,
      });
      candidates.sort((a, b) => a.sentence - b.sentence || a.offset - b.offset);
    }
  }
  return results;
}
