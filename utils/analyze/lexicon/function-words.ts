import { words } from './words';

/**
 * Words that typically start a sentence. After a soft abbreviation or a dotted acronym
 * ("U.S.", "a.m."), a sentence break is accepted only before one of these, because
 * "U.S. President" and "Nov. 20" are far more common than "... the U.S. The".
 */
export const sentenceStarters = words(`
  the a an he she it they we i you this that these those but and or so yet in on at for if
  when while after before there his her their its our my however meanwhile still since as some
  many most no not one two three last earlier later then now today yesterday what why how who
  where
`);

/** Words that end a source noun phrase when walking back from its verb. */
export const phraseBreakers = words(`
  that which who whom while when if because but although though as since after before than is
  are was were be been will would could should can may might must not it this
`);

/** Words opening an appositive or aside between a subject and its verb (", who …,", ", in a statement,"). */
export const appositiveOpeners = words(`
  who which whose a an the in on at during speaking writing
`);

/** Conjunctions opening a subordinate clause: a reporting verb inside one attributes only that clause. */
export const subordinators = words(`
  while whereas although though whilst if unless because since once until
`);

/** Small words ignored when measuring title case. */
export const titleSmallWords = words(`
  a an the of and or in on for to at by with from de la le
`);

export const prepositions = words(`
  of from at for in with to on by into about over
`);

/**
 * Words capitalized for reasons other than being a name (greetings, numbers, adverbs and
 * prepositions that open a sentence, question words): with the sentence starters, weekdays and
 * months they make the words a capitalized run never treats as a person.
 */
export const capitalizedNonNames = words(`
  your according by with from to of yes which until although though because also even only
  just all both each every four five six seven eight nine ten several tomorrow next
  additionally currently internally nevertheless instead indeed overall asked speaking under
  over about into during without within among here once again more less other another such do
  does did is are was were be been will would can could should must oh well okay ok thank
  thanks please dear god let we’re christmas easter ramadan internet covid covid-19 english
  french perhaps maybe see pause absolutely others voices
`);
