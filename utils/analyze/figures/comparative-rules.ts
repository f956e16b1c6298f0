/**
 * A multiple said as a comparison ("the shift was twice as busy", "makes three times as many
 * cars"): what is compared and whose. Without it the label was the clause's last words ("times
 * the shift") or the bare "times as many". A row of `SHAPE_RULES`, before the times row.
 */
import type { MeasureRule } from './describe';
import {
  isDeterminer,
  isInflectedVerb,
  objectPhrase,
  phraseAfter,
  phraseBefore,
  verbBase,
  wordsOf,
} from './grammar';

/** "as tough", "as many cars": the compared adjective and what follows it. */
const AS_ADJECTIVE = /^\s+as\s+(many|much|[\p{Ll}-]+)(?=[\s,.;:]|$)(.*)$/u;
/** Forms of "be" that end a copular clause before the multiple ("the game was"). */
const BE = /^(?:is|are|was|were|be|been)$/u;
/** Auxiliaries kept with the verb ("could be", "will make"). */
const AUXILIARY =
  /^(?:will|would|could|can|may|might|should|must|has|have|had|is|are|was|were|be|been|now|still)$/u;
/** Verbs of finding and saying whose object clause holds the comparison ("found prices were"). */
const SAYING =
  /^(?:found|finds|said|says|showed|shows|suggested|suggests|reported|reports|estimated|estimates|believes?|thinks?|noted|notes|concluded|concludes)$/u;
/** Adjectives that are no comparison ("as well", "as such"). */
const NOT_COMPARED = /^(?:well|such|soon|far|long|follows|usual|before|ever|part|of)$/u;

/** The comparative row. */
export const COMPARATIVE_RULE: MeasureRule = {
  name: 'multiple-as-compared',
  example: {
    sentence: 'Inside the new depot, the night shift was twice as busy.',
    figure: 'twice',
    measures: 'times as busy for the night shift',
  },
  apply: (ctx) => {
    if (!/\b(?:twice|thrice|times)$/iu.test(ctx.bareValue)) return null;
    const m = AS_ADJECTIVE.exec(ctx.right);
    const adjective = m?.[1] ?? '';
    if (!adjective || NOT_COMPARED.test(adjective)) return null;
    let rest = m?.[2] ?? '';
    let noun = '';
    if (/^(?:many|much)$/u.test(adjective)) {
      noun = phraseAfter(rest);
      if (!noun) return null;
      rest = rest.slice(rest.indexOf(noun) + noun.length);
    }
    const clause =
      ctx.before
        .split(/[,;:“”"()]/u)
        .at(-1)
        ?.trim() ?? '';
    const words = clause.split(/\s+/u).filter(Boolean);
    const verb = words.at(-1) ?? '';
    if (!/^\p{Ll}+$/u.test(verb) || !(BE.test(verb) || verbBase(verb))) return null;
    let k = words.length - 1;
    while (k > 0 && AUXILIARY.test(words[k - 1] ?? '')) k--;
    // "The study found prices were": the subject starts after another clause's verb.
    const before = words.slice(0, k);
    const lastVerb = before.findLastIndex(
      (w) => /^\p{Ll}+$/u.test(w) && ((!/s$/u.test(w) && isInflectedVerb(w)) || SAYING.test(w)),
    );
    const subject = phraseBefore(wordsOf(before.slice(lastVerb + 1).join(' ')));
    const subjectWords = subject.split(' ');
    const opener = before[before.length - subjectWords.length - 1] ?? '';
    // "Women who smoke were": a relative clause's verb is no subject.
    if (!subject || /^(?:who|which|that)$/iu.test(opener)) return null;
    const owner = `${isDeterminer(opener) ? `${opener.toLowerCase()} ` : ''}${subject}`;
    // "twice as likely to quit", "as high in the city": what the comparison is about.
    const tail = /^\s+(to\s+\p{Ll}+|(?:for|in|among|at)\s+[^,.;:]+)/u.exec(rest)?.[1] ?? '';
    const toDo = tail.startsWith('to ') ? ` ${tail}` : '';
    const where =
      tail && !toDo
        ? ` ${tail.split(/\s+/u)[0]} ${objectPhrase(tail.replace(/^\S+\s+/u, ''))}`
        : '';
    const place = /\s(?:for|in|among|at)\s*$/u.test(where) ? '' : where.trimEnd();
    // "The risk is three times as high for smokers": one "for" per label ("for the risk").
    const placeAfterOwner = noun || !place.startsWith(' for ') ? place : '';
    // "makes three times as many cars": the things and who makes them; "was twice as busy":
    // the quality and whose (a label never ends on "was").
    if (noun) {
      if (BE.test(verb)) return null;
      return `times as ${adjective} ${noun} ${owner} ${words.slice(k).join(' ')}${place}`;
    }
    if (!BE.test(verb)) return null;
    return `times as ${adjective}${toDo} for ${owner}${placeAfterOwner}`;
  },
};
