/**
 * Coreference: who a pronoun ("she said"), a role description ("the spokeswoman") or a person
 * descriptor ("the 71-year-old") stands for. The `EntityTracker` keeps the story's salient
 * mentions in order (people by name, unnamed sources introduced indefinitely) with gender cues,
 * and resolves a mention to the last fitting one, subjects first. The speakers stage adds each
 * resolved quote speaker to it as it goes; `resolveChains` runs it over the story's own
 * sentences to give the document its coreference chains.
 */
import type { AnnotatedDocument } from './annotate';
import { type Candidate, type Gender, genderOf, trackerBase } from './entity-mentions';
import { DOCUMENT_HEADS, ORGANIZATION_HEADS, PARTY_MEMBERS } from './lexicon';
import { HONORIFIC_ROLES } from './lexicon/people';
import { isRoleNoun, stripPossessive } from './names';

export {
  type Candidate,
  DESCRIPTION_DETERMINERS,
  describe,
  type Gender,
  genderOf,
} from './entity-mentions';

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

/** Descriptions that stand for an already named person: "the 71-year-old", "the grandmother-of-six". */
const PERSON_DESCRIPTOR =
  /^(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old$|^\p{L}+-of-\p{L}+$|^(?:grand)?(?:mother|father|mum|dad|ma|pa)$|^(?:gran|granny|grandad|pensioner|retiree|widow|widower|teenager|youngster|woman|man|girl|boy|veteran|newcomer|victim)$/iu;

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
  /** Only unnamed people (a bare "the woman": a named one is called by name or age). */
  unnamedOnly?: boolean;
  /**
   * Capitalized words of the description ("the Florida senator" → Florida): the referent's role
   * or the sentence naming it must hold one, so the senator from elsewhere is not taken.
   */
  modifiers?: string[];
}

/**
 * Whether an unnamed speaker is no one "he" or "she" can stand for: a document, an organisation
 * or a group ("the statement", "the book", "the campaign", "dock workers").
 */
function isNoPerson(speaker: string): boolean {
  const head = stripPossessive(speaker.split(/\s+/u).pop() ?? '').toLowerCase();
  return DOCUMENT_HEADS.has(head) || ORGANIZATION_HEADS.has(head) || /[^s]s$/u.test(head);
}

/** The story's salient mentions in order, and the resolution of a pronoun or description to one. */
export class EntityTracker {
  readonly candidates: Candidate[];
  readonly genders: Map<string, Gender>;
  /** The role noun a person's abbreviated title stands for ("Sen. Ana Lima" → senator). */
  private readonly titles: ReadonlyMap<string, string>;
  private readonly speaksByName: Set<string>;
  private readonly mainPerson: string | null;
  private readonly mostMentions: number;

  constructor(private readonly doc: AnnotatedDocument) {
    const base = trackerBase(doc);
    this.candidates = [...base.candidates];
    this.genders = new Map(base.genders);
    this.titles = base.titles;
    this.speaksByName = base.speaksByName;
    this.mainPerson = base.mainPerson;
    this.mostMentions = base.mostMentions;
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

  /**
   * Whether `speaker` is the story's main person and named by a wide margin more often than
   * `other` (see dominates): a figure label may then trust a pronoun resolved to them.
   */
  isMainOver(speaker: string, other: string): boolean {
    return speaker === this.mainPerson && speaker !== other && this.dominates(other);
  }

  /** Main by a wide margin: named in enough sentences, and that many times as often as `other`. */
  private dominates(other: string): boolean {
    return (
      this.mostMentions >= MAIN_PERSON_MIN_MENTIONS &&
      this.mostMentions >= MAIN_PERSON_RATIO * (this.doc.mentionCounts.get(other) ?? 0)
    );
  }

  /**
   * Whether a candidate's role, or the sentence naming it, holds one of a description's
   * modifiers (the description's own sentence holds them anyway: only the role counts there).
   */
  private carries(c: Candidate, q: MentionQuery): boolean {
    const modifiers = q.modifiers;
    if (!modifiers || modifiers.length === 0) return true;
    const sentence = c.sentence === q.sentence ? '' : (this.doc.masked[c.sentence] ?? '');
    const where = `${c.role ?? ''} ${sentence}`;
    return modifiers.some((m) => new RegExp(`\\b${m}\\b`, 'u').test(where));
  }

  private fits(c: Candidate, q: MentionQuery): boolean {
    const known = this.genders.get(c.speaker) ?? (c.anonymous ? genderOf(c.speaker) : null);
    return (
      !(q.gender && known && known !== q.gender) &&
      // "he" or "she" is a person, never "the book" or "the campaign" just quoted.
      !(q.gender && c.anonymous && isNoPerson(c.speaker)) &&
      !(q.namedOnly && c.anonymous) &&
      !(q.unnamedOnly && !c.anonymous) &&
      this.carries(c, q)
    );
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
        before.filter(
          (c) =>
            this.titles.get(c.speaker) === roleNoun ||
            (c.role ?? '')
              .toLowerCase()
              .split(/[\s,]+/u)
              .some(
                (w) =>
                  stripPossessive(w) === roleNoun ||
                  HONORIFIC_ROLES[w.replace(/\.$/u, '')] === roleNoun,
              ),
        )
      : before;
    let pick = fitting.filter((c) => c.subject).pop() ?? fitting.pop();
    // Someone only talked about, in a story about someone who speaks: the pronoun is the
    // story's main person ("Kahler was the first woman to run the troupe. It was hard, she says").
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
/** Person nouns that say nothing but sex and age: "the man", "the woman", "the boy". */
const BARE_PERSON = /^(?:woman|man|girl|boy)$/iu;

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
  // "the Florida senator", "the Utah Republican": the place must be the referent's too.
  const modifiers = phrase
    .split(/\s+/u)
    .slice(1, -1)
    .filter((w) => /^\p{Lu}\p{L}+$/u.test(w));
  if (head && isRoleNoun(head)) {
    const referent = tracker.resolve({ ...at, roleNoun: head, gender: genderOf(head), modifiers });
    return referent ? { referent, kind: 'description' } : null;
  }
  if (head && (PERSON_DESCRIPTOR.test(head) || PARTY_MEMBERS.has(head.toLowerCase()))) {
    // "the 71-year-old", "the grandmother-of-six" describe a named person; "the woman" may
    // also be the unnamed one just introduced ("A resident who asked not to be named said …");
    // "the Nevada Democrat" is a party member named before.
    const namedOnly = /\d|-/u.test(head);
    // "the woman said" after "Ana Lima said" is someone new: a story calls a person it has
    // named by name, age or role, and "the man" or "the woman" only someone it has not named.
    const unnamedOnly = BARE_PERSON.test(head);
    const referent = tracker.resolve({
      ...at,
      gender: genderOf(head),
      namedOnly,
      unnamedOnly,
      modifiers,
    });
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
