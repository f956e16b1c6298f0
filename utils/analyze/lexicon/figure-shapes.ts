/**
 * Words that make a span a figure by its shape, or a name rather than a figure (figures stage,
 * issue 12): places and career counts, multiplying verbs, race times, event names, category bounds.
 */
import { words } from './words';

/** Verbs a finishing place follows ("finished third", "came in second", "ranked fifth"). */
export const PLACE_VERBS = words(`
  finished finishing finishes finish came coming comes come placed placing ranked ranking ranks
  ended ending manage managed managing clinched claimed secured`);

/** Verbs a score is won, lost or drawn with ("beat the Hawks 3-1", "lost 2-0 to", "drew 1-1 with"). */
export const CONTEST_VERBS = words(`
  beat beats beating defeat defeats defeated defeating win wins won winning lose loses lost losing
  draw draws drew drawn drawing edge edges edged edging lead leads led leading trail trails trailed
  trailing thrash thrashed rout routed`);

/** Verbs a vote tally is cast with ("voted 6-1 to approve", "the Senate voted 52 to 48"). */
export const TALLY_VERBS = words('vote votes voted voting');

/** Words after an ordinal that make it a place ("third place", "fifth-placed"). */
export const PLACE_NOUNS = words('place placed position spot');

/**
 * Nouns after an ordinal that name an item of a sequence, never a count ("second quarter",
 * "second term", "third round"): the ordinal before them is not a figure.
 */
export const SEQUENCE_NOUNS = words(`
  quarter half term round leg stage day week month year season period innings set session reading
  hour minute phase tier division part chapter generation edition floor grade class century time
  half-time quarter-final semi-final`);

/**
 * Nouns an ordinal after a possessive counts in a career or a run ("her 20th world record", "his
 * ninth title", "its second profit warning").
 */
export const CAREER_COUNT_NOUNS = words(`
  title titles record records win victory medal gold goal goals trophy crown championship major
  cap century hat-trick warning cut rise increase hike loss defeat appearance start
  marathon triumph`);

/** Period phrases that make an ordinal a count of events in a run or a period ("… of the season"). */
export const COUNT_PERIODS = words(`
  season year month week campaign career tournament row decade championships games`);

/** Verbs that multiply a quantity, as "twice" does ("profits tripled", "sales doubled"). */
export const MULTIPLYING_VERBS = words(`
  doubled tripled trebled quadrupled halved doubling tripling trebling quadrupling halving`);

/** Their base forms, read only after "to" or a modal ("is set to double") or a plural subject. */
export const MULTIPLYING_BASES = words('double triple treble quadruple halve');

/** Their third-person forms, read only before a possessive ("doubles its dividend"). */
export const MULTIPLYING_PRESENT = words('doubles triples trebles quadruples halves');

/** Nouns and adjectives after a distance that make it the name of a race ("the 60m final"). */
export const EVENT_NOUNS = words(`
  final finals heat heats semi-final semi-finals semifinal semis race title titles gold silver
  bronze medal medallist medalist record hurdles relay freestyle butterfly backstroke breaststroke
  medley steeplechase hurdler hurdlers runner runners sprinter sprinters swimmer swimmers champion champions
  championship crown event events specialist world indoor outdoor personal season`);

/** Class nouns whose age or size bound names who a rule covers ("children under 5"). */
export const CLASS_NOUNS = words(`
  children people adults pupils kids babies infants teenagers students workers staff employees
  households families firms companies businesses employers drivers passengers patients women men
  girls boys those anyone pensioners savers homes properties cars vehicles`);

/** Words that say a sentence sets a rule, so a bound in it names whom the rule covers. */
export const RULE_WORDS: readonly string[] = [
  'have to',
  'has to',
  ...words(`
  must required require requires requirement rule rules law laws apply applies applied eligible
  exempt entitled allowed banned ban need needs obliged obligation mandatory compulsory free
  refund refunds compensation consult notify qualify qualifies`),
];
