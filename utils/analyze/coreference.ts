/**
 * Coreference: who a pronoun ("she said"), a role description ("the spokeswoman") or a person
 * descriptor ("the 71-year-old") stands for. The `EntityTracker` keeps the story's salient
 * mentions in order (people by name, unnamed sources introduced indefinitely) with gender cues,
 * and resolves a mention to the last fitting one, subjects first. The speakers stage adds each
 * resolved quote speaker to it as it goes; `resolveChains` runs it over the story's own
 * sentences to give the document its coreference chains.
 */
import type { AnnotatedDocument } from './annotate';
import { PREPOSITIONS, SPEECH_VERBS } from './lexicon';
import { findNames, fullestName, isHeadAt, isRoleNoun, stripPossessive } from './names';

export type Gender = 'f' | 'm';

/** A salient mention a pronoun or description may stand for. */
export interface Candidate {
  speaker: string;
  role: string | null;
  anonymous: boolean;
  sentence: number;
  offset: number;
  subject: boolean;
  paragraph: number;
}

/** Who a mention resolves to. */
export interface Referent {
  speaker: string;
  role: string | null;
  anonymous: boolean;
}

/** A pronoun or description linked to the entity it stands for, with where it stands. */
export interface CoreferenceLink {
  sentence: number;
  text: string;
  kind: 'pronoun' | 'description';
}

/** One entity and the pronouns and descriptions that stand for it, in story order. */
export interface CoreferenceChain {
  entity: string;
  anonymous: boolean;
  links: CoreferenceLink[];
}

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
/** A profile's main person is named in at least this many sentences (unit: sentences). */
const MAIN_PERSON_MIN_MENTIONS = 5;
/** …and at least this many times as often as the other person (unit: ratio). */
const MAIN_PERSON_RATIO = 3;

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
export function genderOf(phrase: string | null | undefined): Gender | null {
  if (!phrase) return null;
  if (FEMALE_WORD.test(phrase)) return 'f';
  if (MALE_WORD.test(phrase)) return 'm';
  return null;
}

/** Descriptions that stand for an already named person: "the 71-year-old", "the grandmother-of-six". */
const PERSON_DESCRIPTOR =
  /^(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old$|^\p{L}+-of-\p{L}+$|^(?:grand)?(?:mother|father|mum|dad|ma|pa)$|^(?:gran|granny|grandad|pensioner|retiree|widow|widower|teenager|youngster|woman|man|girl|boy|veteran|newcomer|victim)$/iu;

/** Determiners and number words that open an unnamed description ("one official"). */
export const DESCRIPTION_DETERMINERS =
  /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|another|some|several|her|his|their|its|the)\b/iu;

/** Lowercases the leading determiner of a description ("One official" → "one official"). */
export function describe(phrase: string): string {
  const trimmed = phrase.trim().replace(/^(?:and|but)\s+/iu, '');
  return DESCRIPTION_DETERMINERS.test(trimmed)
    ? trimmed.charAt(0).toLowerCase() + trimmed.slice(1)
    : trimmed;
}

/** The named people of one sentence as candidates, noting gender cues on the way. */
function namedCandidates(
  doc: AnnotatedDocument,
  i: number,
  genders: Map<string, Gender>,
): Candidate[] {
  const s = doc.sentences[i];
  if (!s) return [];
  const { people } = doc;
  const text = doc.masked[i] ?? s.text;
  const out: Candidate[] = [];
  // Names inside quotation marks are titles or quoted words, not people of the story.
  for (const m of doc.namesOutsideQuotes[i] ?? []) {
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
    const role = m.role ?? people.roles.get(full) ?? null;
    out.push({
      speaker: full,
      role,
      anonymous: false,
      sentence: s.index,
      offset: m.start,
      subject,
      paragraph: s.paragraph,
    });
  }
  return out;
}

/** An unnamed subject introduced indefinitely: "A Downing Street spokesman rejected that." */
function unnamedCandidate(doc: AnnotatedDocument, i: number): Candidate | null {
  const s = doc.sentences[i];
  const text = doc.masked[i];
  if (!s || text === undefined) return null;
  const d = /^(?:([^,“"]{0,40}),\s+)?((?:an?|one|another|her|his|their)\s+[^,.;:]*)/iu.exec(text);
  const intro = d?.[1] ?? '';
  if (!d?.[2] || findNames(intro).length > 0) return null;
  const words = d[2].split(/\s+/u).slice(0, DESCRIPTION_MAX_WORDS);
  const head = words.findIndex((_, k) => k > 0 && isHeadAt(words, k));
  if (head <= 0) return null;
  return {
    speaker: describe(words.slice(0, head + 1).join(' ')),
    role: null,
    anonymous: true,
    sentence: s.index,
    offset: d.index + (d[0].length - d[2].length),
    subject: true,
    paragraph: s.paragraph,
  };
}

/**
 * How far before a name its reporting verb is looked for: a verb and up to three capitalized
 * words. Reading the whole sentence before every name made the scan quadratic on long sentences
 * (unit: characters).
 */
const LOOK_BACK = 160;

/** People the story has speak by name somewhere ("Wiig says", "said Peskov"). */
function peopleWhoSpeakByName(doc: AnnotatedDocument): Set<string> {
  const speaks = new Set<string>();
  const isSpeechVerb = (w: string | undefined) => w !== undefined && SPEECH_VERBS.has(w);
  doc.sentences.forEach((s, i) => {
    const subject = doc.speechSubjects[i];
    for (const n of subject ? findNames(subject) : []) speaks.add(fullestName(n.name, doc.people));
    // A name right after a reporting verb ("…?” said Thomas Ricks, a senior fellow) or right
    // before one ("Gates told an audience").
    for (const n of doc.names[i] ?? []) {
      const before = /(?<!\p{Ll})(\p{Ll}+)\s+(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}$/u.exec(
        s.text.slice(Math.max(0, n.start - LOOK_BACK), n.start),
      )?.[1];
      const after = /^\s+(?:has\s+|had\s+|also\s+)?(\p{Ll}+)/u.exec(s.text.slice(n.end))?.[1];
      if (isSpeechVerb(before) || isSpeechVerb(after)) speaks.add(fullestName(n.name, doc.people));
    }
  });
  return speaks;
}

/** Where a mention stands and what it says of its referent. */
export interface MentionQuery {
  sentence: number;
  offset: number;
  paragraph: number;
  /** A role noun the referent must carry ("the founder" → founder). */
  roleNoun?: string;
  gender?: Gender | null;
  /** Only named people (a person descriptor with a number: "the 71-year-old"). */
  namedOnly?: boolean;
}

/** The story's salient mentions in order, and the resolution of a pronoun or description to one. */
export class EntityTracker {
  readonly candidates: Candidate[] = [];
  readonly genders = new Map<string, Gender>();
  private readonly speaksByName: Set<string>;
  private readonly mainPerson: string | null = null;
  private readonly mostMentions: number = 0;

  constructor(private readonly doc: AnnotatedDocument) {
    doc.sentences.forEach((_, i) => {
      this.candidates.push(...namedCandidates(doc, i, this.genders));
      const unnamed = unnamedCandidate(doc, i);
      if (unnamed) this.candidates.push(unnamed);
    });
    this.candidates.sort((a, b) => a.sentence - b.sentence || a.offset - b.offset);
    this.speaksByName = peopleWhoSpeakByName(doc);
    // The story's main person: the one its sentences name most (a profile's interviewee).
    for (const [name, mentions] of doc.mentionCounts) {
      if (mentions > this.mostMentions) {
        this.mainPerson = name;
        this.mostMentions = mentions;
      }
    }
  }

  /** Adds a resolved speaker as a salient subject mention. */
  add(candidate: Candidate): void {
    this.candidates.push(candidate);
    this.candidates.sort((a, b) => a.sentence - b.sentence || a.offset - b.offset);
  }

  /** The index of the first candidate for which `after` holds (it must hold for every later one). */
  private firstIndex(after: (c: Candidate) => boolean): number {
    let lo = 0;
    let hi = this.candidates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = this.candidates[mid];
      if (c && after(c)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Records a gender cue for a person unless one is known. */
  noteGender(name: string, gender: Gender | null): void {
    if (gender && !this.genders.has(name)) this.genders.set(name, gender);
  }

  /** Main by a wide margin: named in enough sentences, and that many times as often as `other`. */
  private dominates(other: string): boolean {
    return (
      this.mostMentions >= MAIN_PERSON_MIN_MENTIONS &&
      this.mostMentions >= MAIN_PERSON_RATIO * (this.doc.mentionCounts.get(other) ?? 0)
    );
  }

  private fits(c: Candidate, q: MentionQuery): boolean {
    const known = this.genders.get(c.speaker) ?? (c.anonymous ? genderOf(c.speaker) : null);
    return !(q.gender && known && known !== q.gender) && !(q.namedOnly && c.anonymous);
  }

  /** The referent of a pronoun or description at a place in the story, or null. */
  resolve(q: MentionQuery): Referent | null {
    // Candidates are in story order: only those from the window's first paragraph up to the
    // mention are read (binary search), so a long story costs no more per pronoun than a short one.
    const from = this.firstIndex((c) => q.paragraph - c.paragraph < PRONOUN_PARAGRAPH_WINDOW);
    const to = this.firstIndex(
      (c) => c.sentence > q.sentence || (c.sentence === q.sentence && c.offset >= q.offset),
    );
    const before = this.candidates.slice(from, Math.max(from, to)).filter((c) => this.fits(c, q));
    const roleNoun = q.roleNoun?.toLowerCase();
    const fitting = roleNoun
      ? // Whole words: "the founder" is not the co-founder, "the president" not the vice-president.
        before.filter((c) =>
          (c.role ?? '')
            .toLowerCase()
            .split(/[\s,]+/u)
            .some((w) => stripPossessive(w) === roleNoun),
        )
      : before;
    let pick = fitting.filter((c) => c.subject).pop() ?? fitting.pop();
    // Someone only talked about, in a story about someone who speaks: the pronoun is the
    // story's main person ("Fey was the first female head writer. It was tough, she says").
    const main = this.mainPerson;
    if (
      pick &&
      !pick.anonymous &&
      main &&
      pick.speaker !== main &&
      !this.speaksByName.has(pick.speaker) &&
      this.speaksByName.has(main) &&
      this.dominates(pick.speaker)
    ) {
      pick = fitting.findLast((c) => c.speaker === main) ?? pick;
    }
    // Nobody named yet, or only the lede's "a retired cook": the person named just after.
    if (!q.roleNoun && (!pick || (pick.anonymous && pick.sentence < LEDE_SENTENCES))) {
      const ahead = this.candidates
        .slice(
          this.firstIndex((c) => c.sentence > q.sentence),
          this.firstIndex((c) => c.sentence > q.sentence + CATAPHORA_SENTENCES),
        )
        .find((c) => c.subject && !c.anonymous && this.fits(c, q));
      if (ahead) pick = ahead;
    }
    return pick ? { speaker: pick.speaker, role: pick.role, anonymous: pick.anonymous } : null;
  }
}

/** Pronouns that stand for a person of the story (first-person ones are the quote's own voice). */
const THIRD_PERSON_PRONOUN = /^(?:he|she|they)$/iu;
/** "the spokeswoman", "the former minister", "the 71-year-old": a definite description and its head. */
const DEFINITE_DESCRIPTION = /^the\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}\p{N}-]+)$/iu;

/**
 * The referent of a pronoun or a definite description ("the spokeswoman" → the last person with
 * that role; "the 71-year-old" → the last fitting named person), or null when the phrase is
 * neither or nobody fits.
 */
export function resolveMention(
  tracker: EntityTracker,
  phrase: string,
  at: { sentence: number; offset: number; paragraph: number },
): { referent: Referent | null; kind: CoreferenceLink['kind'] } | null {
  if (THIRD_PERSON_PRONOUN.test(phrase)) {
    return { referent: tracker.resolve({ ...at, gender: genderOf(phrase) }), kind: 'pronoun' };
  }
  const head = DEFINITE_DESCRIPTION.exec(phrase)?.[1];
  if (head && isRoleNoun(head)) {
    const referent = tracker.resolve({ ...at, roleNoun: head, gender: genderOf(head) });
    return referent ? { referent, kind: 'description' } : null;
  }
  if (head && PERSON_DESCRIPTOR.test(head)) {
    // "the 71-year-old", "the grandmother-of-six" describe a named person; "the woman" may
    // also be the unnamed one just introduced ("A resident who asked not to be named said …").
    const namedOnly = /\d|-/u.test(head);
    const referent = tracker.resolve({ ...at, gender: genderOf(head), namedOnly });
    return referent ? { referent, kind: 'description' } : null;
  }
  return null;
}

/**
 * The story's coreference chains: each sentence's subject pronoun ("She said …", "He was …")
 * and the subject of its reporting verb when that is a pronoun or a definite description,
 * linked to the entity they stand for. Example: "Ana Lima chairs the port. The chairwoman said
 * the dredging starts in May. She expects delays." → Ana Lima: "The chairwoman", "She".
 */
export function resolveChains(doc: AnnotatedDocument): CoreferenceChain[] {
  const tracker = new EntityTracker(doc);
  const chains = new Map<string, CoreferenceChain>();
  doc.sentences.forEach((s, i) => {
    const masked = doc.masked[i] ?? s.text;
    const phrases = new Map<string, number>();
    const opening = /^\s*(\p{L}+)/u.exec(masked);
    if (opening?.[1] && THIRD_PERSON_PRONOUN.test(opening[1]))
      phrases.set(opening[1], opening.index);
    const subject = doc.speechSubjects[i];
    if (subject) phrases.set(subject, Math.max(0, masked.indexOf(subject)));
    for (const [phrase, offset] of phrases) {
      const found = resolveMention(tracker, phrase, {
        sentence: s.index,
        offset,
        paragraph: s.paragraph,
      });
      if (!found?.referent) continue;
      const { speaker, anonymous } = found.referent;
      const chain = chains.get(speaker) ?? { entity: speaker, anonymous, links: [] };
      chain.links.push({ sentence: s.index, text: phrase, kind: found.kind });
      chains.set(speaker, chain);
    }
  });
  return [...chains.values()];
}
