/**
 * What a count measures when it is the object of its clause's verb: the counted noun, what was
 * done to it and by whom ("Comcast lost 238,000 subscribers" → "subscribers lost by Comcast").
 * These rows run in `COUNTED_RULES` after the rows that read the words right after the noun and
 * before the bare counted noun. Evidence: on public news pages most counted nouns alone
 * ("views", "households") leave out who or what the story counts them for.
 */
import { CLAUSE_TIME_NOUNS, PARTICLES } from '../lexicon/figure-words';
import { alternation } from '../lexicon/words';
import { changeNoun } from './agent';
import { subjectVerbAsWritten } from './as-written';
import type { MeasureContext, MeasureRule } from './describe';
import { FUNCTION_WORDS, participle, relativeAfter } from './grammar';

/** Most words between the verb and its counted object ("won nearly all of the 40 seats") (unit: words). */
const MAX_OBJECT_GAP_WORDS = 4;
const TIME_NOUN = new RegExp(`^(?:${alternation(CLAUSE_TIME_NOUNS)})$`, 'iu');
const PARTICLE = new RegExp(`^(?:${alternation(PARTICLES)})$`, 'u');
/** Words that may stand between a verb and its counted object ("all of the", "another"). */
const GAP_WORDS = /^(?:the|a|an|its|their|his|her|our|all|of|some|another)$/u;
/** Verbs that report or hold a count rather than act on it: their subject is no owner of it. */
const EMPTY_VERBS = /^(?:have|be|say|said|add|added|show|showed|include|included|see|need)$/u;

/**
 * What was done to a figure that is its verb's object, and by whom: "racked up by clip" for "A
 * clip racked up 800 views" (as written, "a clip racked up", unless `asWritten` is false), or null when the figure is no object or its subject is unknown.
 */
export function actedOnBy(ctx: MeasureContext, asWritten = true): string | null {
  const agent = ctx.agent();
  if (!agent?.subject || agent.passive || agent.relative || TIME_NOUN.test(agent.subject))
    return null;
  if (EMPTY_VERBS.test(agent.verb) || changeNoun(agent.verb)) return null;
  const gap = agent.between.trim().split(/\s+/u).slice(1);
  if (gap.length > MAX_OBJECT_GAP_WORDS || /[,;:]/u.test(agent.between)) return null;
  // "racked up 800 views" keeps its particle; "emerged unscathed after two" is no object.
  const particle = PARTICLE.test(gap[0] ?? '') ? ` ${gap[0]}` : '';
  if (gap.slice(particle ? 1 : 0).some((w) => FUNCTION_WORDS.has(w) && !GAP_WORDS.test(w)))
    return null;
  // "inspectors the agency hired": as the sentence writes it, when it writes subject and verb together.
  return (
    (asWritten ? subjectVerbAsWritten(ctx.before, agent) : null) ??
    `${participle(agent.verb)}${particle} by ${agent.subject}`
  );
}

/** The counted-object rows, in order. */
export const COUNTED_VERB_RULES: readonly MeasureRule[] = [
  {
    // "40 riders who entered the race", "the 48 workers she needed for the harvest": a
    // relative clause says which ones.
    name: 'counted-relative-clause',
    example: {
      sentence: 'The clinic treated 14 hikers who had fallen on the glacier trail.',
      figure: '14 hikers',
      measures: 'hikers who had fallen on the glacier trail',
    },
    apply: (ctx) => {
      const relative = relativeAfter(ctx.right);
      return relative ? `${ctx.countedNoun} ${relative}` : null;
    },
  },
  {
    name: 'counted-object-by-subject',
    example: {
      sentence: 'The lighthouse museum welcomed 12,000 visitors last summer.',
      figure: '12,000 visitors',
      measures: 'visitors the lighthouse museum welcomed last summer',
    },
    apply: (ctx) => {
      const acted = actedOnBy(ctx);
      return acted ? `${ctx.countedNoun} ${acted}` : null;
    },
  },
];
