/**
 * What a duration or distance measures when the words right after it say: "… years old" is an
 * age, "… miles away" a distance from a place. Rows of `MEASURE_RULES`, each with its invented
 * example; they run after the shape rules.
 */
import type { MeasureRule } from './describe';
import { nounLike, phraseAfter, phraseBefore, verbBase, wordsOf } from './grammar';

/** A compass direction then "of" and a place: " south of the Florida coast", " north-east of Lund". */
const DIRECTION_OF =
  /^\s+((?:north|south|east|west)(?:-?(?:east|west))?|(?:North|South|East|West)(?:-?(?:east|west))?)\s+of\s+([^,.;:()—–]+)/u;

/** "the depot in Granby, ", "Harbour Lab in Granby, ": a noun phrase a place name locates, before a comma. */
const PLACE_IN_NAME =
  /(?:\bthe\s+((?:[\p{L}-]+\s+){1,3}?)|\b((?:[A-Z][\p{L}-]+\s+){1,3}))(in|of|near|at)\s+((?:the\s+)?[A-Z][\p{L}-]+(?:\s[A-Z][\p{L}-]+)*),\s*(?:\p{Ll}+\s+)?$/u;

/** The span rules, in order. */
export const SPAN_RULES: readonly MeasureRule[] = [
  {
    // "buildings almost 30 years old", "adults 18 to 24 years old", "games that are 40 years
    // old": an age, of the noun before (a duration followed by "old" is never a stretch of time).
    name: 'years-old',
    example: {
      sentence: 'The council will replace water pipes that are nearly 90 years old.',
      figure: 'nearly 90 years',
      measures: 'age of water pipes',
    },
    apply: (ctx) => {
      if (ctx.category !== 'duration' || !/^\s+old\b/u.test(ctx.right)) return null;
      const head = ctx.before.replace(
        /\s+(?:(?:who|that|which)\s+)?(?:(?:is|are|was|were|to\s+be)\s+)?(?:almost|nearly|about|around|some|roughly|just|over|under|at\s+least|more\s+than)?\s*$/u,
        '',
      );
      // A word after "will", "to" or another modal is a verb ("will replace water pipes").
      const afterModal = head.replace(
        /^.*\b(?:will|would|to|can|could|must|should|may|might)\s+\p{Ll}+\s+/u,
        '',
      );
      const words = phraseBefore(wordsOf(afterModal)).split(' ');
      // Only the noun phrase after the clause's verb: "replace water pipes" → "water pipes".
      const verbAt = words.findLastIndex(
        (w) => /^\p{Ll}/u.test(w) && (/ed$/u.test(w) || verbBase(w) !== null),
      );
      const noun = words.slice(verbAt + 1).join(' ');
      const last = words.at(-1) ?? '';
      return noun && nounLike(last.toLowerCase()) ? `age of ${noun}` : 'age';
    },
  },
  {
    // "a reef 30 miles (48 km) east of the cape", "lies 12 miles north of Dover": a distance in
    // a compass direction from a place, of the noun phrase right before it when there is one.
    name: 'distance-direction-of',
    example: {
      sentence: 'Divers found the wreck of a barge 12 miles north of the harbour mouth.',
      figure: '12 miles',
      measures: 'distance of barge north of harbour mouth',
    },
    apply: (ctx) => {
      if (ctx.category !== 'distance') return null;
      const m = DIRECTION_OF.exec(ctx.right.replace(/^\s*\([^()]*\)/u, ''));
      const place = m?.[2] ? phraseAfter(m[2]) : '';
      if (!m?.[1] || !place) return null;
      const where = `${m[1].toLowerCase()} of ${place}`;
      // "a barge 12 miles": the noun right before, after its determiner; a verb there is none.
      const noun = /\b(?:the|a|an|its|their)\s+((?:[\p{Ll}-]+\s+)?[\p{Ll}-]{3,})\s+$/u.exec(
        ctx.before,
      )?.[1];
      const head = noun?.split(' ').at(-1) ?? '';
      const of = noun && nounLike(head) && verbBase(head) !== head ? `of ${noun} ` : '';
      return `distance ${of}${where}`;
    },
  },
  {
    // "stay at least 200 feet away from the fire trucks", "ships 400 miles away": a distance kept,
    // from what the "from" phrase or the noun before names (not what the verb's subject did).
    name: 'distance-away',
    example: {
      sentence: 'Drivers must stay at least 200 feet away from the fire trucks.',
      figure: 'at least 200 feet',
      measures: 'distance from fire trucks',
    },
    apply: (ctx) => {
      if (ctx.category !== 'distance') return null;
      const away = /^\s+(?:away|apart)\b(?:\s+from\s+([^,.;]+))?/u.exec(ctx.right);
      if (!away) return null;
      const from = away[1] ? phraseAfter(away[1]) : '';
      if (from) return `distance from ${from}`;
      // "sent to the depot in Granby, 170 km away": the place before the comma, with the noun a
      // place name locates ("depot in Granby", not "Granby" alone).
      const located = PLACE_IN_NAME.exec(ctx.before);
      if (located) return `distance from ${located[1] ?? located[2]}${located[3]} ${located[4]}`;
      const place = /([A-Z][\p{L}-]+(?:\s[A-Z][\p{L}-]+)*),\s*(?:\p{Ll}+\s+)?$/u.exec(
        ctx.before,
      )?.[1];
      if (place) return `distance from ${place}`;
      // A verb's base form ("stay 30 feet away") is not what is away; a word after a preposition
      // or determiner is a noun even when it could be a verb ("from ships 400 miles away").
      const noun = /\b([\p{Ll}-]{3,})\s+$/u.exec(ctx.before)?.[1];
      const afterPreposition = /\b(?:from|of|on|in|at|the|its|their)\s+[\p{Ll}-]+\s+$/u.test(
        ctx.before,
      );
      return noun && (afterPreposition || (nounLike(noun) && verbBase(noun) !== noun))
        ? `distance of ${noun}`
        : 'distance';
    },
  },
];
