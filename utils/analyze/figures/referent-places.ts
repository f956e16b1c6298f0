/*
 * The place a figure label's "the state", "the country" or "the city" stands for (`referents.ts`):
 * news copy names a place once ("Voters in Tarnland …") and then refers back to it with a
 * description ("turnout in the state rose to 61%"), which leaves the label without its where.
 *
 * A place is a capitalized name the story writes after "in" somewhere ("in Tarnland") and that
 * is no person the story names. The candidates are the places named before the description in
 * its own sentence, in the sentences just before it in the same paragraph or the one before,
 * and in the headline; the one the story names most wins (ties: the nearest). Without a
 * candidate the label keeps its description.
 */
import type { AnnotatedDocument } from '../annotate';
import { PLACE_REFERENCE_NOUNS } from '../lexicon';
import { MONTH_NAMES, WEEKDAYS } from '../lexicon/time';
import { alternation } from '../lexicon/words';
import { escapeRegExp } from './organisation-cues';

/** PLACE_REFERENCE_NOUNS as a pattern ("state|country|…"). */
export const PLACE_NOUN = `(?:${alternation([...PLACE_REFERENCE_NOUNS])})`;

/** How many sentences before the description's own are read for a place (unit: sentences). */
const PLACE_SENTENCES = 3;

/** A capitalized run of one to three words ("Tarnland", "New Corvia", "Port of Halden"). */
const CAPITALIZED_RUN =
  /(?<![\p{L}\p{N}’'-])\p{Lu}(?:[\p{Ll}’'-]+|\p{Lu}{1,2})(?:\s+(?:of\s+)?\p{Lu}[\p{Ll}’'-]+){0,2}(?![\p{L}\p{N}])/gu;

const CALENDAR = new Set([...MONTH_NAMES, ...WEEKDAYS]);

/** Each story's answers of `placeMentions`, and its text joined once. */
const PLACE_CACHE = new WeakMap<
  AnnotatedDocument,
  { text: string; answers: Map<string, number> }
>();

/**
 * How often the story names a place (0: not a place): the sentences and headline that write
 * it, when one of them writes it after "in" and the story names no person by it.
 */
function placeMentions(doc: AnnotatedDocument, name: string): number {
  let story = PLACE_CACHE.get(doc);
  if (!story) {
    story = {
      text: [doc.title, ...doc.sentences.map((s) => s.text)].join('\n'),
      answers: new Map(),
    };
    PLACE_CACHE.set(doc, story);
  }
  const known = story.answers.get(name);
  if (known !== undefined) return known;
  let count = 0;
  const word = escapeRegExp(name);
  const person = doc.people.names.some(
    (full) => full === name || full.split(/\s+/u).includes(name),
  );
  if (!person && !CALENDAR.has(name.toLowerCase())) {
    const after = new RegExp(`\\bin\\s+(?:the\\s+)?${word}(?![\\p{L}\\p{N}])`, 'u');
    if (after.test(story.text)) {
      const any = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'u');
      count = story.text.split('\n').filter((line) => any.test(line)).length;
    }
  }
  story.answers.set(name, count);
  return count;
}

/** The places a text names, with where they start; a run's first word may be the sentence's capital. */
function placesIn(doc: AnnotatedDocument, text: string): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  for (const m of text.matchAll(CAPITALIZED_RUN)) {
    // "In Tarnland", "Tarnland Workers Leave": the longest part of the run that is a place.
    const words = m[0].split(/\s+/u);
    let best: string | null = null;
    for (let i = 0; i < words.length && !best; i++) {
      for (let j = words.length; j > i; j--) {
        const name = words.slice(i, j).join(' ');
        // "Lima’s home town": a possessive is someone's, not a place's name.
        if (!/^of\b|[’']s$/u.test(name) && placeMentions(doc, name) > 0) {
          best = name;
          break;
        }
      }
    }
    if (best) out.push({ name: best, at: m.index + m[0].indexOf(best) });
  }
  return out;
}

/**
 * The place "the state" or "the country" at `at` of sentence `index` stands for, as the story
 * writes it, or null when no place is named before it.
 */
export function placeFor(doc: AnnotatedDocument, index: number, at: number): string | null {
  const own = doc.sentences[index];
  if (!own) return null;
  /** Candidates by distance: the own sentence's nearest first, then the sentences before, then the headline. */
  const found: { name: string; distance: number }[] = [];
  const ownPlaces = placesIn(doc, own.text.slice(0, at)).reverse();
  ownPlaces.forEach((p, i) => {
    found.push({ name: p.name, distance: i });
  });
  for (let i = index - 1; i >= 0 && i >= index - PLACE_SENTENCES; i--) {
    const s = doc.sentences[i];
    if (!s || s.paragraph < own.paragraph - 1) break;
    for (const p of placesIn(doc, s.text).reverse())
      found.push({ name: p.name, distance: 100 * (index - i) });
  }
  for (const p of placesIn(doc, doc.title)) found.push({ name: p.name, distance: 1000 });
  let best: { name: string; mentions: number; distance: number } | null = null;
  for (const f of found) {
    const mentions = placeMentions(doc, f.name);
    if (
      !best ||
      mentions > best.mentions ||
      (mentions === best.mentions && f.distance < best.distance)
    )
      best = { name: f.name, mentions, distance: f.distance };
  }
  if (!best) return null;
  // "in the UK", "in the Gulf": a place the story only writes with its article keeps it.
  const word = escapeRegExp(best.name);
  const text = PLACE_CACHE.get(doc)?.text ?? '';
  const bare = new RegExp(`\\bin\\s+${word}(?![\\p{L}\\p{N}])`, 'u').test(text);
  return bare ? best.name : `the ${best.name}`;
}
