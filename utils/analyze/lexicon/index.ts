/**
 * The analyzer's lexicon: every word list, one home per idea, assembled here. The data files
 * (speech, people, organizations, function-words, abbreviations…) hold the words; this module
 * builds the sets the stages read and checks the lists against each other (`lexiconProblems`,
 * run by tests/unit/lexicon.test.ts): a duplicate entry, or a word in two lists that must not
 * share words, is a defect.
 */
import { numberAbbreviations, softAbbreviations, titleAbbreviations } from './abbreviations';
import * as figureWords from './figure-words';
import {
  appositiveOpeners,
  capitalizedNonNames,
  phraseBreakers,
  prepositions,
  sentenceStarters,
  subordinators,
  titleSmallWords,
} from './function-words';
import * as numbers from './numbers';
import {
  documentHeads,
  organizationHeads,
  orgWords,
  partyMembers,
  placeReferenceNouns,
} from './organizations';
import {
  honorifics,
  initialisms,
  nameParticles,
  personNouns,
  roleModifiers,
  roleNouns,
  sourceNouns,
} from './people';
import * as quantityVerbs from './quantity-verbs';
import { chantVerbs, quoteCueWords, quoteSpeakerOpeners } from './quote-cues';
import { attributionVerbs, speechVerbs, speechVerbsGerman } from './speech';
import { CALENDAR_UNITS, MONTH_NAMES, MONTH_SHORT, TIME_ZONES, WEEKDAYS } from './time';
import * as units from './units';

/** The word lists a data module exports (maps and lists of pairs left out), by export name. */
function listsOf(module: Record<string, unknown>): Record<string, readonly string[]> {
  return Object.fromEntries(
    Object.entries(module).filter(
      (entry): entry is [string, readonly string[]] =>
        Array.isArray(entry[1]) && entry[1].every((w) => typeof w === 'string'),
    ),
  );
}

/** Every list by name, as written in its data file (duplicates kept so validation can see them). */
export const LISTS = {
  speechVerbs,
  speechVerbsGerman,
  attributionVerbs,
  quoteCueWords,
  quoteSpeakerOpeners,
  chantVerbs,
  honorifics,
  roleNouns,
  roleModifiers,
  nameParticles,
  initialisms,
  sourceNouns,
  personNouns,
  orgWords,
  organizationHeads,
  documentHeads,
  partyMembers,
  placeReferenceNouns,
  sentenceStarters,
  phraseBreakers,
  appositiveOpeners,
  subordinators,
  titleSmallWords,
  prepositions,
  titleAbbreviations,
  numberAbbreviations,
  softAbbreviations,
  capitalizedNonNames,
  monthNames: MONTH_NAMES,
  monthShort: MONTH_SHORT,
  weekdays: WEEKDAYS,
  timeZones: TIME_ZONES,
  calendarUnits: CALENDAR_UNITS,
  ...listsOf(numbers),
  ...listsOf(units),
  ...listsOf(figureWords),
  ...listsOf(quantityVerbs),
} satisfies Record<string, readonly string[]>;

type ListName = string;

/** Lists written with their capitals on purpose (names, German nouns, time zones, dotted initials). */
export const CASED_LISTS: ListName[] = [
  'initialisms',
  'timeZones',
  'FOREIGN_SCALE_WORDS',
  'FOREIGN_CURRENCY_WORDS',
  'GERMAN_PERCENT_WORDS',
  'TEMPERATURE_UNITS',
  'DATA_UNITS',
  'DECIMAL_COMMA_UNIT_WORDS',
];

/**
 * Pairs of lists that must share no word, each with why: a word in both would make the same
 * token two incompatible things at once.
 */
export const DISJOINT: [ListName, ListName, string][] = [
  ['organizationHeads', 'documentHeads', 'a source is an organisation or a document, never both'],
  ['speechVerbs', 'roleNouns', 'a speech verb is never the role before a name'],
  ['speechVerbs', 'attributionVerbs', 'one home per verb: a speech verb already attributes'],
  ['speechVerbs', 'quoteCueWords', 'one home per verb: a speech verb already attributes'],
  ['attributionVerbs', 'quoteCueWords', 'one home per word that attributes a quoted phrase'],
  ['quoteCueWords', 'chantVerbs', 'one home per word: the union is QUOTE_CUE_WORDS'],
  ['honorifics', 'orgWords', 'an honorific starts a person, never an organisation'],
  [
    'nameParticles',
    'sentenceStarters',
    'a name particle sits inside a name, never starts a sentence',
  ],
  ['roleModifiers', 'speechVerbs', 'a role word is never the verb of the attribution'],
  ['personNouns', 'speechVerbs', 'a person noun is never the verb of the attribution'],
  [
    'capitalizedNonNames',
    'sentenceStarters',
    'one home per word: the union is CAPITALIZED_STOPWORDS',
  ],
  ['capitalizedNonNames', 'monthNames', 'one home per word: the union is CAPITALIZED_STOPWORDS'],
  ['capitalizedNonNames', 'weekdays', 'one home per word: the union is CAPITALIZED_STOPWORDS'],
  ['softAbbreviations', 'monthShort', 'one home per word: the union is SOFT_ABBREVIATIONS'],
  [
    'titleAbbreviations',
    'softAbbreviations',
    'a title never ends a sentence; a soft abbreviation may',
  ],
  // The figures stage's lists: one home per unit, currency, number word, month and direction.
  ...pairwise(
    [
      'AREA_UNITS',
      'SPEED_UNITS',
      'DISTANCE_UNITS',
      'WEIGHT_UNITS',
      'VOLUME_UNITS',
      'TEMPERATURE_UNITS',
      'CURRENCY_WORDS',
      'FOREIGN_CURRENCY_WORDS',
    ],
    'a unit measures one kind of thing',
  ),
  ...pairwise(
    ['PERCENT_WORDS', 'GERMAN_PERCENT_WORDS', 'OTHER_PERCENT_WORDS'],
    'one home per percent word',
  ),
  ...pairwise(['NUMBER_WORDS', 'TENS_WORDS', 'VAGUE_QUANTITIES'], 'one home per number word'),
  ...pairwise(['SCALE_WORDS', 'FOREIGN_SCALE_WORDS', 'SCALE_SUFFIXES'], 'one home per scale word'),
  ...pairwise(['monthNames', 'monthShort', 'weekdays', 'calendarUnits'], 'one home per time word'),
  ...pairwise(['ENGLISH_MARKERS', 'FOREIGN_MARKERS'], 'a word marks one language'),
  ...pairwise(['RISE_STEMS', 'FALL_STEMS'], 'a change goes one way'),
  ...pairwise(
    ['COMPARATIVES', 'PARTICLES', 'FREQUENCY_ADVERBS', 'TIME_UNIT_NOUNS'],
    'one home per figure word',
  ),
];

/** Every pair of the given lists, as DISJOINT rows. */
function pairwise(names: ListName[], why: string): [ListName, ListName, string][] {
  return names.flatMap((a, i) =>
    names.slice(i + 1).map((b): [ListName, ListName, string] => [a, b, why]),
  );
}

/** The duplicate entries and forbidden overlaps in the lexicon, as readable lines (none when valid). */
export function lexiconProblems(
  lists: Record<string, readonly string[]> = LISTS,
  disjoint: [string, string, string][] = DISJOINT,
): string[] {
  const problems: string[] = [];
  for (const [name, list] of Object.entries(lists)) {
    const seen = new Set<string>();
    for (const word of list) {
      if (seen.has(word)) problems.push(`${name}: duplicate "${word}"`);
      seen.add(word);
    }
  }
  for (const [a, b, why] of disjoint) {
    const other = new Set(lists[b]);
    for (const word of lists[a] ?? []) {
      if (other.has(word)) problems.push(`${a} and ${b} share "${word}" (${why})`);
    }
  }
  return problems;
}

/** Verbs that report speech or writing, in the forms news copy uses (English and German). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([...speechVerbs, ...speechVerbsGerman]);
/** Verbs that attribute a quoted phrase without being speech verbs, and speech participles. */
export const ATTRIBUTION_VERBS: ReadonlySet<string> = new Set(attributionVerbs);
/** Words beyond the speech and attribution verbs that attribute a short quoted phrase. */
export const QUOTE_CUE_WORDS: ReadonlySet<string> = new Set([...quoteCueWords, ...chantVerbs]);
/** Verbs that introduce a chant ("chanted"). */
export const CHANT_VERBS: ReadonlySet<string> = new Set(chantVerbs);
/** Lowercase words that open a speaker phrase right after a quotation ("she", "the", "one"). */
export const QUOTE_SPEAKER_OPENERS: ReadonlySet<string> = new Set(quoteSpeakerOpeners);
/** Honorifics that precede a name and are not part of it (lower case, no period). */
export const HONORIFICS: ReadonlySet<string> = new Set(honorifics);
/** Nouns that name a role or office. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(roleNouns);
/** Words that may sit, lowercase, inside a role phrase before its role noun. */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set(roleModifiers);
/** Lowercase particles inside names ("van", "de"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(nameParticles);
/** Dotted capitals that are places, bodies or times, never a person's initials. */
export const INITIALISMS: ReadonlySet<string> = new Set(initialisms);
/** Head nouns of phrases that can be a source ("officials", "a spokesman"). */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set(sourceNouns);
/** Head nouns that denote people. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(personNouns);
/** Words that make a capitalized run an organisation, place or thing. */
export const ORG_WORDS: ReadonlySet<string> = new Set(orgWords);
/** Nouns heading a phrase that names an organisation a story cites. */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set(organizationHeads);
/** Nouns a story refers back to a named place with ("the state", "the country"). */
export const PLACE_REFERENCE_NOUNS: ReadonlySet<string> = new Set(placeReferenceNouns);
/** Nouns heading a phrase that names a document a story cites. */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set(documentHeads);
/** Nouns for a member of a party or camp ("a Nevada Democrat"). */
export const PARTY_MEMBERS: ReadonlySet<string> = new Set(partyMembers);
/** Words that may start a sentence capitalized without being a name. */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(sentenceStarters);
/** Words that end a source phrase. */
export const PHRASE_BREAKERS: ReadonlySet<string> = new Set(phraseBreakers);
/** Words that open an appositive after a name. */
export const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set(appositiveOpeners);
/** Conjunctions that open a subordinate clause. */
export const SUBORDINATORS: ReadonlySet<string> = new Set(subordinators);
/** Small words a title-cased heading keeps lowercase. */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(titleSmallWords);
/** Prepositions that end a speaker description. */
export const PREPOSITIONS: ReadonlySet<string> = new Set(prepositions);
/** Abbreviations before a name whose period does not end a sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(titleAbbreviations);
/** Abbreviations that precede a number ("No. 5"). */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(numberAbbreviations);
/** Month abbreviations as written before a day ("Nov. 20"), lower case, no period. */
export const MONTH_ABBREVIATIONS: readonly string[] = MONTH_SHORT;
/** Abbreviations that usually continue the sentence but may end one, month abbreviations included. */
export const SOFT_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...softAbbreviations,
  ...MONTH_SHORT,
]);
/** Capitalized words that start sentences or name times, never people. */
export const CAPITALIZED_STOPWORDS: ReadonlySet<string> = new Set([
  ...sentenceStarters,
  ...capitalizedNonNames,
  ...WEEKDAYS,
  ...MONTH_NAMES,
  ...MONTH_SHORT,
]);
