/** The noun phrase after a figure ("$412 million budget gap in the city"), with its owner, purpose and the verb that acted on it. */
import { CONTRACTION_HEADS } from '../lexicon/figure-words';
import { alternation } from '../lexicon/words';
import { actedOnBy } from './counted-verb-rules';
import { type MeasureContext, pastFigure } from './describe';
import { FUNCTION_WORDS, isDeterminer, nounLike, phraseAfter } from './grammar';

/** A lower-case word between a determiner and the figure ("the weekly $600 boost"). */
const ADJECTIVE_BEFORE =
  /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+(\p{Ll}[\p{Ll}-]+)\s+$/u;
/** Prepositions the second-noun slot may catch ("a 40-foot fence around the pier"). */
const PREPOSITION =
  /^(?:around|across|along|near|beyond|behind|below|above|under|over|through|toward|towards|inside|outside|between|among|against|without|within|beside|past)$/u;
/** Words before a figure that qualify the number, not the noun ("an estimated", "a mere"). */
const QUALIFIER_WORDS =
  /^(?:about|around|nearly|almost|roughly|some|just|only|mere|estimated|additional|extra|further|another|whopping|staggering|record|total|combined|full|reported|expected|projected|proposed|planned|average|minimum|maximum|more|less|over|under)$/u;
const CONTRACTIONS = new RegExp(`^(?:${alternation(CONTRACTION_HEADS)})['’]s$`, 'iu');

/** The words right after a figure: up to two nouns and an "in/on/of" phrase ("budget", "increase in costs"). */
export function nounAfter(ctx: MeasureContext): RegExpExecArray | null {
  return /^\s+([a-z][a-z-]+)(?:\s+([a-z][a-z-]+)(?=[\s,.;]))?(\s+(?:in|on|of)\s+[^,.;]+)?/.exec(
    ctx.right,
  );
}

/** The phrase a noun after the figure makes: "$412 million budget", "6.5% increase in costs". */
export function nounPhraseAfter(ctx: MeasureContext, after: RegExpExecArray): string {
  const noun1 = after[1] ?? '';
  const possessive = /([A-Z][\p{L}.]*(?:\s[A-Z][\p{L}.]*)*['’]s)\s+(?:\S+\s+)?$/u.exec(
    ctx.before,
  )?.[1];
  // "There’s a $14 billion rationale": a contraction, not an owner.
  const owner = possessive && !CONTRACTIONS.test(possessive) ? possessive : undefined;
  // "$1.65 billion acquisition of …": "of" is no second noun.
  const second =
    after[2] && nounLike(after[2]) && !FUNCTION_WORDS.has(after[2]) && !PREPOSITION.test(after[2])
      ? ` ${after[2]}`
      : '';
  const written = `${noun1}${second}`;
  const rest = ctx.right.replace(/^\s+/u, '').slice(written.length);
  // "the weekly $600 boost", "a temporary 40-foot fence": an adjective between the determiner
  // and the figure belongs to the noun after it.
  const adjective = ADJECTIVE_BEFORE.exec(ctx.before)?.[1] ?? '';
  const head =
    adjective && !QUALIFIER_WORDS.test(adjective) && !FUNCTION_WORDS.has(adjective)
      ? `${adjective} ${written}`
      : written;
  const noun = `${head}${complementOf(rest)}`;
  if (ctx.category === 'length' || ctx.category === 'duration') return `${ctx.category} of ${noun}`;
  if (owner) return `${owner} ${noun}`;
  // "its $23 billion project": the clause's subject owns it; "signed a $1 billion contract":
  // what the subject did with it.
  if (/\b(?:its|their)\s+$/u.test(ctx.before)) {
    const subject = ctx.agent()?.subject || clauseName(ctx.before);
    if (subject) return `${subject}’s ${noun}`;
  }
  // "bid from rival rejected by Meridian": after a noun phrase a name as subject would read as
  // part of it ("bid from rival Meridian rejected"), so the participle form stays.
  const acted = /\b(?:a|an|the)\s+$/u.test(ctx.before) ? actedOnBy(ctx, false) : null;
  return acted ? `${noun} ${acted}` : noun;
}

/** The noun phrase that opens the figure's clause ("Harbor Rail is nearing the end of its" → "Harbor Rail"), or "". */
export function clauseName(before: string): string {
  const clause =
    before
      .split(/[,;:—–(]/u)
      .at(-1)
      ?.trim() ?? '';
  const name = phraseAfter(clause);
  return name && name.split(' ').length <= MAX_COMPLEMENT_WORDS ? name : '';
}

/** A part that says nothing without its whole ("two-thirds", "half", "most"). */
const PART_OF = /^(?:half|most|all|part|\p{Ll}+-(?:thirds?|quarters?|fifths?|tenths?))$/u;
/** Most words a noun's complement keeps ("contract to build the plant" → "to build plant") (unit: words). */
const MAX_COMPLEMENT_WORDS = 4;

/** The complement after a noun: " of YouTube", " to build plant", or "". */
function complementOf(rest: string): string {
  const keep = (phrase: string) => phrase.split(' ').slice(0, MAX_COMPLEMENT_WORDS).join(' ');
  // "a 40-foot fence around the pier", "an expedition to the Arctic": where the thing is or goes.
  const prepositional =
    /^\s+(in|on|of|for|from|around|along|across|near|beside)\s+(.*)/u.exec(rest) ??
    /^\s+(to)\s+((?:the\s+|\p{Lu}).*)/u.exec(rest);
  if (prepositional) {
    // "around the pier following the storm": a preposition-like -ing word opens another phrase.
    const tail = keep(phraseAfter(pastFigure(prepositional[2] ?? ''))).replace(
      /\s+(?:following|including|excluding|according|starting|beginning|involving)(?:\s.*)?$/u,
      '',
    );
    return tail ? ` ${prepositional[1]} ${tail}` : '';
  }
  // "a $2 billion loan to rebuild the pier": the purpose.
  const purpose = /^\s+to\s+(\p{Ll}+)\s+(.*)/u.exec(rest);
  if (purpose?.[1] && !FUNCTION_WORDS.has(purpose[1]) && !isDeterminer(purpose[1])) {
    const said = pastFigure(purpose[2] ?? '');
    const object = keep(phraseAfter(said));
    // "to wire two-thirds of its stations": a part says of what ("two-thirds of stations").
    const whole = PART_OF.test(object) ? /^\S+\s+of\s+(.*)/su.exec(said)?.[1] : undefined;
    const of = whole ? phraseAfter(whole) : '';
    const part = of ? keep(`${object} of ${of}`) : object;
    return part ? ` to ${purpose[1]} ${part}` : '';
  }
  return '';
}
