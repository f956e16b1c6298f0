/*
 * Whether a capitalized name a story writes is an organisation, read from how the story uses
 * it, not from a list of names: "Meridian Freight said it …", "the Tarn Ferries company", "Orla
 * Textiles, a carpet maker, …", "Harlow Brothers raised its prices". The names index takes any
 * two capitalized words for a person's name, so without these cues "it" in a figure's label could
 * never stand for a company named with two words (`referent-organisations.ts`).
 *
 * Decision: a cue only ever says "organisation"; a name the story also calls "he" or "she", or
 * introduces with a role, stays a person (the caller checks those first).
 */
import { ORGANIZATION_HEADS, SPEECH_VERBS } from '../lexicon';

/** An invented story, a name in it, and whether the row reads it as an organisation. */
export interface OrganisationCueExample {
  text: string;
  name: string;
}

/** One cue: `apply` says whether the story's text marks `name` as an organisation. */
export interface OrganisationCue {
  name: string;
  example: OrganisationCueExample;
  apply(text: string, name: string): boolean;
}

export const escapeRegExp = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

const HEADS = [...ORGANIZATION_HEADS].join('|');
const SPEECH = [...SPEECH_VERBS].join('|');
/** When or how something was said, between the verb and "it" ("said on Tuesday that it"). */
const WHEN_SAID = String.raw`(?:\s+(?:on\s+\p{Lu}\p{Ll}+|in\s+a\s+statement|today|yesterday|last\s+week))?`;
/** Most words between "a"/"the" and the head noun in an appositive ("a family-owned carpet maker") (unit: words). */
const MAX_APPOSITIVE_MODIFIERS = 3;

/** The cues, in order; the first that holds decides. */
export const ORGANISATION_CUES: readonly OrganisationCue[] = [
  {
    // "Meridian Freight said it would …": a person says "he" or "she" of themselves.
    name: 'said-it',
    example: {
      text: 'Meridian Freight said on Tuesday that it would hire 200 drivers.',
      name: 'Meridian Freight',
    },
    apply: (text, name) =>
      new RegExp(
        `(?<!\\p{L})${escapeRegExp(name)}\\s+(?:${SPEECH})${WHEN_SAID}\\s+(?:that\\s+)?it\\b`,
        'u',
      ).test(text),
  },
  {
    // "the Tarn Ferries company", "the Orla Textiles group": the name modifies an organisation head.
    name: 'the-name-head',
    example: {
      text: 'Workers at the Tarn Ferries company went on strike.',
      name: 'Tarn Ferries',
    },
    apply: (text, name) =>
      new RegExp(`\\bthe\\s+${escapeRegExp(name)}\\s+(?:${HEADS})\\b`, 'iu').test(text),
  },
  {
    // "Orla Textiles, a carpet maker, …", "Orla Textiles, the region's largest employer": an
    // appositive headed by an organisation noun.
    name: 'appositive-head',
    example: {
      text: 'Orla Textiles, a family-owned carpet maker, opened a plant.',
      name: 'Orla Textiles',
    },
    apply: (text, name) =>
      new RegExp(
        `(?<!\\p{L})${escapeRegExp(name)},\\s+(?:a|an|the)\\s+(?:[\\p{L}’'-]+\\s+){0,${MAX_APPOSITIVE_MODIFIERS}}(?:${HEADS})\\b`,
        'u',
      ).test(text),
  },
  {
    // "Harlow Brothers raised its prices": a person's own things are "his" or "her".
    name: 'verb-its',
    example: {
      text: 'Harlow Brothers raised its prices in May.',
      name: 'Harlow Brothers',
    },
    apply: (text, name) =>
      new RegExp(
        `(?<!\\p{L})${escapeRegExp(name)}\\s+(?:has\\s+|had\\s+)?\\p{Ll}+\\s+its\\b`,
        'u',
      ).test(text),
  },
];

/** Whether the story's text marks a capitalized name as an organisation (ORGANISATION_CUES). */
export function hasOrganisationCue(text: string, name: string): boolean {
  return ORGANISATION_CUES.some((cue) => cue.apply(text, name));
}
