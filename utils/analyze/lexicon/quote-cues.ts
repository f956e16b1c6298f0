import { words } from './words';

/**
 * Words outside quotation marks that attribute a short quoted phrase to someone, beyond the
 * speech and attribution verbs (speech.ts): verbs of naming, comparing, citing, chanting and
 * promising ("referred to him as “a reformer”", "compared it to “a root canal”", "likened the
 * levy to “highway robbery”", "citing her “steady hand”"), and nouns for what someone said
 * ("his claim that “…”", "according to …"), and verbs of talking, stressing, attacking or
 * pronouncing ("talked about “a fierce urgency”", "attacked him for being a “failed
 * candidate”", "pronounced the mayor “a friend”").
 * A sentence with one makes a 1–3-word quotation a partial quote rather than a scare quote
 * (issue 11: the quote stage read such phrases as scare quotes).
 */
export const quoteCueWords = words(`
  refer refers referred referring compare compares compared comparing cite cites cited citing
  liken likens likened likening referenced referencing
  quote quotes quoted quoting deem deems deemed cries cried
  stating argue vow vows promise promises note pledging accusing praising dismissing
  branding labeling labelling mocking touting writing tweeting explaining
  complaining urging recalling announcing blasting slamming shouting yelling portray portrays portrayed portraying
  characterizes characterizing dubbing
  according accusation accusations claim statement statements remark comment pledge assertion
  admission
  accuse hammering hammered talking talked pronounced pronounces stressing attacked attacking
  lament
`);

/**
 * Lowercase words that can open the speaker phrase right after a quotation ("…,” she said",
 * "…,” the mayor said", "…,” one resident said"): after a quote, a speech verb only attributes
 * it when the words before the verb start with one of these or with a capital.
 */
export const quoteSpeakerOpeners = words(`
  he she they we i you it his her their its our the a an one another some two three several
  many most both each
`);

/**
 * Verbs that introduce a chant or a slogan shouted in unison ("the crowd chanted “Harbour for
 * All!”"): a quotation right after one is the crowd's words even when written in title case.
 */
export const chantVerbs = words(`
  chant chants chanted chanting
`);
