/*
 * Labels that name who: a figure's `measures` whose subject or possessive is a pronoun ("amount
 * she spent", "share of vote he won", "units it sold") or a bare description ("workers the bank
 * shed") names the entity it stands for instead, in the short form a reader knows: the surname of
 * a person, the organisation's name as the story writes it ("amount Lima spent", "units Corvane
 * Foods sold"). Only a confident resolution replaces a word; otherwise the label keeps it
 * (the first label naming a person writes the full name: `referent-first-names.ts`).
 *
 * People are resolved by the analyzer's coreference tracker (coreference.ts), which knows the
 * story's named people and their gender cues; a pronoun is replaced only when the person it
 * resolves to is named and no other named person in reach could be meant. Organisations are
 * not tracked there, so "it", "its" and "the company" are resolved here, from the subjects of
 * the figure's own clause and the sentences just before: the nearest subject must be a
 * capitalized name that is not a person's, with no other subject in between.
 *
 * Decision: "they" and "their" never name one entity: in news copy they stand for groups (voters,
 * households, the two parties) far more often; only the group a sentence opens on replaces them
 * (`group-pronoun` in `referent-pronoun-owner-rules.ts`).
 */
import type { Sentence } from '../../summary';
import type { AnnotatedDocument } from '../annotate';
import { EntityTracker, resolveMention } from '../coreference';
import { ORGANIZATION_HEADS } from '../lexicon';
import { MONTH_NAMES, WEEKDAYS } from '../lexicon/time';
import { memoized } from '../memo';
import { isKnownSurname, isRoleNoun } from '../names';
import { FUNCTION_WORDS } from './grammar';
import { escapeRegExp } from './organisation-cues';
import { MAX_LABEL_WORDS, OWNER_RULES, possessive, replaceWord } from './owner-rules';
import { describedSubject } from './referent-descriptions';
import { MAIN_ORGANISATION_RULES, mainOrganisation } from './referent-main-organisation';
import { organisationFor } from './referent-organisations';
import { personFor } from './referent-people';
import { PLACE_NOUN, placeFor } from './referent-places';
import { PRONOUN_OWNER_RULES } from './referent-pronoun-owner-rules';

/** An invented story, the figure's value in it, and the `measures` it gets with the rule applied. */
export interface ReferentExample {
  /** The story's headline, when the row reads it. */
  title?: string;
  paragraphs: string[];
  figure: string;
  measures: string;
}

/** What a referent rule reads about one figure's label. */
export interface ReferentContext {
  measures: string;
  sentence: Sentence;
  /** Where the figure starts in its sentence. */
  start: number;
  /** The named person a pronoun or possessive stands for (surname), or null when not confident. */
  person(pronoun: string): string | null;
  /** The organisation "it", "its" or "the company" stands for, or with `described` its description ("the studio"). */
  organisation(described?: boolean): string | null;
  /** The organisation the sentence before (same or previous paragraph) opens on, or null. */
  organisationBefore(): string | null;
  /** The organisation the story is about (`referent-main-organisation.ts`), or null. */
  mainOrganisation(): string | null;
  /** The named person a role description of the sentence stands for ("the coach"), or null. */
  described(description: string): string | null;
  /** The place a description at `at` of the sentence stands for ("the state"), or null. */
  place(at: number): string | null;
  /** Whether a name is one of the story's people ("Lima" for Ana Lima). */
  isPerson(name: string): boolean;
}

/** One rewrite: `apply` returns the label with the referent named, or null to leave it. */
export interface ReferentRule {
  name: string;
  example: ReferentExample;
  apply(ctx: ReferentContext): string | null;
}

/** A description that stands for a place the story named ("the state", "the country"). */
const PLACE_DESCRIPTION = new RegExp(`(?<!\\p{L})(?:the\\s+)?(${PLACE_NOUN})(?![\\p{L}’'-])`, 'u');
/** A word that may modify an organisation's head ("Welsh", "struggling"), not a function word. */
const MODIFIER = String.raw`(?!(?:the|a|an|of|and|or|to|in|on|for|by|with|that|its|their)\b)[\p{L}-]+`;

/**
 * A possessive pronoun the sentence writes right before one of the label's words ("His salary
 * rose to $95,000" with label "salary"; "two-thirds of its territory" with "share of
 * territory"), and where that word starts in the label; the first such word wins.
 */
function possessiveOf(
  ctx: ReferentContext,
  which: string,
): { pronoun: string; at: number; length: number } | null {
  // A sentence without the pronoun needs no pattern per label word (speed budget).
  if (PRONOUN_ANYWHERE[which]?.test(ctx.sentence.text) === false) return null;
  // "its value was $349bn, behind Halden’s $358bn": a figure right after a name's possessive is
  // that name's, not the company's "its" stands for ("Monday’s" is a time, not a name).
  const owner = /(\p{Lu}[\p{L}-]*)[’']s?\s+$/u.exec(ctx.sentence.text.slice(0, ctx.start))?.[1];
  if (which === 'its' && owner && !CALENDAR.has(owner.toLowerCase())) return null;
  for (const w of ctx.measures.matchAll(/(?<![\p{L}’'-])\p{Ll}[\p{Ll}-]*/gu)) {
    if (FUNCTION_WORDS.has(w[0])) continue;
    const m = pronounBefore(`${which}\u0000${w[0]}`).exec(ctx.sentence.text);
    if (!m?.[1]) continue;
    const pronoun = m[1].toLowerCase();
    // The label may keep the pronoun itself ("rise in its shares"): it is replaced, not doubled.
    const kept = new RegExp(`(?<!\\p{L})${pronoun}\\s+$`, 'iu').exec(
      ctx.measures.slice(0, w.index),
    );
    return kept
      ? { pronoun, at: kept.index, length: w.index - kept.index }
      : { pronoun, at: w.index, length: 0 };
  }
  return null;
}

const CALENDAR = new Set([...MONTH_NAMES, ...WEEKDAYS]);
/** Where `pronounBefore` can match at all: the pronoun and a space, whatever word follows. */
const PRONOUN_ANYWHERE: Record<string, RegExp> = {
  'his|her': /(?<!\p{L})(?:his|her)\s/iu,
  its: /(?<!\p{L})(?:its)\s/iu,
};

/** "its shares": one of `which` pronouns before `word`; each built once per story (speed budget). */
const pronounBefore = memoized((key: string) => {
  const [which, word] = key.split('\u0000') as [string, string];
  return new RegExp(`(?<!\\p{L})(${which})\\s+${escapeRegExp(word)}(?![\\p{L}-])`, 'iu');
});

const SUBJECT_PRONOUNS = /\b(he|she|him)\b/u;
// "it is", "it has" alone are often a dummy subject; "it had bought" is the company's doing.
const ORG_PRONOUN = /\b(it)\b(?!\s+(?:is|was)\b)(?!\s+(?:has|had)(?:\s*$|\s+\P{Ll}))/u;

export const REFERENT_RULES: readonly ReferentRule[] = [
  {
    name: 'person-pronoun',
    example: {
      paragraphs: [
        'Ana Lima runs the harbour board. Last year she spent $4 million on new cranes.',
      ],
      figure: '$4 million',
      measures: 'amount Lima spent on new cranes',
    },
    apply(ctx) {
      const m = SUBJECT_PRONOUNS.exec(ctx.measures);
      if (!m?.[1]) return null;
      const name = ctx.person(m[1]);
      return name ? replaceWord(ctx.measures, m.index, m[1].length, name) : null;
    },
  },
  {
    name: 'person-possessive',
    example: {
      paragraphs: [
        'Tom Reyes has run the dockers’ union since 2015. His salary rose to $95,000 a year.',
      ],
      figure: '$95,000 a year',
      measures: 'Reyes’ salary',
    },
    apply(ctx) {
      const m = possessiveOf(ctx, 'his|her');
      if (!m) return null;
      const name = ctx.person(m.pronoun);
      return name ? replaceWord(ctx.measures, m.at, m.length, possessive(name)) : null;
    },
  },
  {
    name: 'person-description',
    example: {
      paragraphs: [
        'Coach Rita Vance took over the club in May. The coach signed 14 players before the season.',
      ],
      figure: '14 players',
      measures: 'players Vance signed',
    },
    apply(ctx) {
      // The label may keep the role noun alone ("signed by coach"): the sentence says "the coach".
      for (const w of ctx.measures.matchAll(/(?<![\p{L}’'-])\p{Ll}+(?![\p{L}’'-])/gu)) {
        if (!isRoleNoun(w[0])) continue;
        const said = new RegExp(`\\bthe\\s+(?:\\p{Ll}+\\s+)?${w[0]}\\b`, 'iu').exec(
          ctx.sentence.text,
        );
        const name = said ? ctx.described(said[0]) : null;
        if (!name) continue;
        const the = /\bthe\s+(?:\p{Ll}+\s+)?$/u.exec(ctx.measures.slice(0, w.index));
        const at = the ? the.index : w.index;
        return replaceWord(ctx.measures, at, w.index + w[0].length - at, name);
      }
      return null;
    },
  },
  {
    // "The 29-year-old won the race" → "age": an age the sentence uses to refer back to a person
    // named before is that person's age.
    name: 'age-description',
    example: {
      paragraphs: [
        'Rosa Pinto won the Harlow ten-mile race on Sunday. The 29-year-old took the lead early.',
      ],
      figure: '29-year-old',
      measures: 'Pinto’s age',
    },
    apply(ctx) {
      const text = ctx.sentence.text;
      // "The Briton, 25, led" → "age of the Briton": the description the label names.
      const of = /^age of (?:the\s+)?(\p{L}[\p{L}-]*)$/u.exec(ctx.measures)?.[1];
      const age = /^[\p{L}\p{N}-]+-year-old(?![\p{L}-])/u.exec(text.slice(ctx.start))?.[0];
      const bare =
        /^age\b(?!\s+of\b)/u.test(ctx.measures) &&
        /(?:^|\s)the\s+$/iu.test(text.slice(0, ctx.start));
      const name = of || (age && bare) ? ctx.described(`the ${of ?? age}`) : null;
      // "age at Lima’s first race" already says whose.
      if (!name || ctx.measures.includes(name)) return null;
      return `${possessive(name)}${of ? 'age' : ctx.measures}`;
    },
  },
  {
    // "Voters in Tarnland … Turnout in the state rose to 61%" → "turnout in the state": the
    // place the description stands for, named after it (`referent-places.ts`).
    name: 'place-description',
    example: {
      paragraphs: [
        'Voters in Tarnland went to the polls on Sunday. Turnout in the state rose to 61%.',
      ],
      figure: '61%',
      measures: 'Turnout in the state of Tarnland',
    },
    apply(ctx) {
      const m = PLACE_DESCRIPTION.exec(ctx.measures);
      if (!m?.[1]) return null;
      // The label may drop the article ("rate in country"): the sentence says "the country".
      const said = new RegExp(`\\bthe\\s+${m[1]}\\b`, 'iu').exec(ctx.sentence.text);
      const name = said ? ctx.place(said.index) : null;
      // "the state of Tarnland" keeps the description's own word; "the country of the UK" reads
      // wrong, so a place written with its article is left out.
      if (!name || /^the\s/u.test(name)) return null;
      const at = m.index + m[0].length;
      const out = `${ctx.measures.slice(0, m.index)}the ${m[1]} of ${name}${ctx.measures.slice(at)}`;
      return out.split(/\s+/u).length <= MAX_LABEL_WORDS ? out : null;
    },
  },
  {
    name: 'organisation-pronoun',
    example: {
      paragraphs: ['Corvane Foods grew fast. It sold 4 million cans last year.'],
      figure: '4 million cans',
      measures: 'cans Corvane Foods sold last year',
    },
    apply(ctx) {
      const m = ORG_PRONOUN.exec(ctx.measures);
      if (!m?.[1]) return null;
      const name = ctx.organisation(true);
      return name ? replaceWord(ctx.measures, m.index, m[1].length, name) : null;
    },
  },
  {
    name: 'organisation-possessive',
    example: {
      paragraphs: ['Halden Bank closed 40 branches. Its profit fell to $2.1 billion.'],
      figure: '$2.1 billion',
      measures: 'Halden Bank’s profit',
    },
    apply(ctx) {
      const m = possessiveOf(ctx, 'its');
      if (!m) return null;
      const name = ctx.organisation(true);
      return name ? replaceWord(ctx.measures, m.at, m.length, possessive(name)) : null;
    },
  },
  {
    // "It had 400 employees" → "its employees" (counted-held-by-subject) → "Halden Bank’s
    // employees": a label that opens on the possessive of the clause's subject pronoun.
    name: 'holder-possessive',
    example: {
      paragraphs: ['Halden Bank grew fast in 2019. It had 400 employees by May.'],
      figure: '400 employees',
      measures: 'Halden Bank’s employees by May',
    },
    apply(ctx) {
      const m = /^(its|his|her)\s/u.exec(ctx.measures);
      if (!m?.[1]) return null;
      const subject = m[1] === 'its' ? 'it' : m[1] === 'his' ? 'he' : 'she';
      if (
        !new RegExp(`\\b${subject}\\s+(?:\\p{Ll}+\\s+)?(?:has|have|had)\\b`, 'iu').test(
          ctx.sentence.text,
        )
      )
        return null;
      const name = subject === 'it' ? ctx.organisation(true) : ctx.person(subject);
      return name ? replaceWord(ctx.measures, 0, m[1].length + 1, possessive(name)) : null;
    },
  },
  {
    name: 'organisation-description',
    example: {
      paragraphs: ['Halden Bank cut costs this spring. The bank shed 1,200 workers in March.'],
      figure: '1,200 workers',
      measures: 'workers Halden Bank shed in March',
    },
    apply(ctx) {
      // The label may keep the head alone ("cans sold by company"): the sentence says "the company".
      for (const w of ctx.measures.matchAll(/(?<![\p{L}’'-])\p{Ll}+(?![\p{L}-])/gu)) {
        if (!ORGANIZATION_HEADS.has(w[0])) continue;
        // "the Welsh club", "the US bank": up to two modifiers before the head.
        const said = new RegExp(`\\bthe\\s+((?:${MODIFIER}\\s+){0,2}?)${w[0]}\\b`, 'iu').exec(
          ctx.sentence.text,
        );
        if (!said) continue;
        // A capitalized modifier would pass for the sentence's own subject ("Welsh"): the name
        // is the sentence before's.
        const name = /\p{Lu}/u.test(said[1] ?? '') ? ctx.organisationBefore() : ctx.organisation();
        if (!name) return null;
        const the = new RegExp(`(?:\\bthe\\s+)?${escapeRegExp(said[1] ?? '')}$`, 'iu').exec(
          ctx.measures.slice(0, w.index),
        );
        const at = the ? the.index : w.index;
        // "company’s revenue" → "Corvane Foods’ revenue".
        const end =
          w.index +
          w[0].length +
          (/s$/u.test(name) && /^[’']s\b/u.test(ctx.measures.slice(w.index + w[0].length)) ? 2 : 0);
        return replaceWord(
          ctx.measures,
          at,
          end - at,
          /s$/u.test(name) && end > w.index + w[0].length ? `${name}’` : name,
        );
      }
      return null;
    },
  },
  ...OWNER_RULES,
  ...PRONOUN_OWNER_RULES,
  ...MAIN_ORGANISATION_RULES,
];

/** A label-rewriter for one story: names the referents of pronouns in figure labels. */
export function referentNamer(
  doc: AnnotatedDocument,
): (measures: string, sentence: Sentence, start: number) => { measures: string; rule: string } {
  let tracker: EntityTracker | null = null;
  return (measures, sentence, start) => {
    const text = sentence.text;
    if (
      !/\b(?:he|she|him|his|her|it|its|the|they|their)\b|\p{Lu}\S*[’']|,\s+an?\s/iu.test(
        `${measures} ${text}`,
      )
    ) {
      return { measures, rule: '' };
    }
    const ctx: ReferentContext = {
      measures,
      sentence,
      start,
      person(pronoun) {
        tracker ??= new EntityTracker(doc);
        // The pronoun's place: its occurrence nearest before the figure, else the first after.
        const re = new RegExp(`\\b${pronoun}\\b`, 'giu');
        let offset = -1;
        for (const m of text.matchAll(re)) if (m.index <= start || offset < 0) offset = m.index;
        return offset < 0 ? null : personFor(tracker, sentence, pronoun, offset, doc);
      },
      described(description) {
        tracker ??= new EntityTracker(doc);
        const at = text.toLowerCase().indexOf(description.toLowerCase());
        if (at < 0) return null;
        const found = resolveMention(tracker, description, {
          sentence: sentence.index,
          offset: at,
          paragraph: sentence.paragraph,
        });
        const referent = found?.referent;
        if (!referent || referent.anonymous) return null;
        return referent.speaker.split(/\s+/u).pop() ?? null;
      },
      place(at) {
        return placeFor(doc, sentence.index, at);
      },
      isPerson: (name) => isKnownSurname(name, doc.people),
      mainOrganisation() {
        return mainOrganisation(doc);
      },
      organisationBefore() {
        const before = doc.sentences[sentence.index - 1];
        if (!before || before.paragraph < sentence.paragraph - 1) return null;
        return organisationFor(doc, before.index, 0);
      },
      organisation(described) {
        // The pronoun or description the label took: its first place in the sentence.
        const at = /\b(?:its?|the\s+\p{Ll}+)\b/iu.exec(text)?.index ?? start;
        const name = organisationFor(doc, sentence.index, at);
        return name ?? (described ? describedSubject(text, start) : null);
      },
    };
    const names: string[] = [];
    for (const rule of REFERENT_RULES) {
      const out = rule.apply(ctx);
      if (out && out !== ctx.measures) {
        ctx.measures = out;
        names.push(rule.name);
      }
    }
    return { measures: ctx.measures, rule: names.join('+') };
  };
}
