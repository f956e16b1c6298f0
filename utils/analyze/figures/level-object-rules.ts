/**
 * A level someone keeps or sets a thing at: "The board voted to maintain the mooring fee at 2%",
 * "The bank will hold its key rate at 4%". The figure is the object's level, and who kept it
 * there says which; without this row the label was the verb's subject ("board chose",
 * level-of-subject) or the object's head noun alone ("fee", qualified-noun). A thing changed
 * "from X to Y" ("cut the turnaround time for cargo ships from five hours to 50 minutes") has
 * both figures as its levels; before, they got the category or a clause gist. Rows of
 * `MEASURE_RULES`, run before qualified-noun.
 */
import type { Agent } from './agent';
import type { MeasureRule } from './describe';
import { isDeterminer, verbBase } from './grammar';

/** Verbs that put an object at a level ("kept the rate at", "set the fee at"), as their lexicon bases. */
const KEEPING_VERBS: ReadonlySet<string> = new Set(['keep', 'maintain', 'hold', 'set', 'put']);
/** Most words of the object kept (unit: words): longer ones are a clause, not a noun phrase. */
const MAX_OBJECT_WORDS = 6;
/** Most words between the subject's start and the verb, verb included (unit: words). */
const MAX_SUBJECT_VERB_WORDS = 7;

/**
 * "cut the turnaround time for cargo ships from " or "… from nearly five hours to only ": a
 * verb, its object and "from" (and the first figure and "to" for the second).
 */
const CHANGED_OBJECT =
  /\b(\p{Ll}+)\s+(?:the|its|their|his|her|our|a|an)\s+([\p{Ll}][\p{Ll}\s-]*?)\s+from\s+(?:[^,;:()]{1,40}?\s+to\s+(?:only\s+|just\s+|about\s+|nearly\s+|almost\s+)?)?$/u;

/** The subject and its verb as written, "the harbour board voted to maintain", or "". */
function subjectAndVerb(before: string, agent: Agent): string {
  const verb = /^\S+/u.exec(agent.between)?.[0] ?? '';
  const verbAt = before.length - agent.between.length;
  const at = agent.subject ? before.lastIndexOf(agent.subject, verbAt) : -1;
  if (at < 0 || !verb) return '';
  const clause = `${before.slice(at, verbAt)}${verb}`.replace(/\s+/gu, ' ');
  if (/[,;:()—–\d]/u.test(clause) || clause.split(' ').length > MAX_SUBJECT_VERB_WORDS) return '';
  const opener = /\b(the)\s+$/iu.exec(before.slice(0, at))?.[1] ? 'the ' : '';
  // "Lima wants the board to raise": a subject before "to" is the object of the verb before it,
  // said with that verb and its named subject.
  const control = /^\s+to\s\S+$/u.test(clause.slice(agent.subject.length))
    ? CONTROL.exec(before.slice(0, at))
    : null;
  return control ? `${control[1]} ${control[2]} ${opener}${clause}` : `${opener}${clause}`;
}

/** A named subject and a verb right before the subject of "to" ("Ana Lima wants the "). */
const CONTROL =
  /((?:\p{Lu}[\p{L}.’'-]*\s+){0,2}\p{Lu}[\p{L}.’'-]*)\s+(\p{Ll}+(?:s|ed))\s+(?:the\s+)?$/u;

/** The level rows, in order. */
export const LEVEL_OBJECT_RULES: readonly MeasureRule[] = [
  {
    // "voted to maintain the mooring fee on small boats at 2%": the object, then who kept it.
    name: 'level-of-kept-object',
    example: {
      sentence: 'The harbour board voted to maintain the mooring fee on small boats at 2%.',
      figure: '2%',
      measures: 'mooring fee on small boats the harbour board voted to maintain',
    },
    apply: (ctx) => {
      if (ctx.lastWord !== 'at') return null;
      const agent = ctx.agent();
      if (!agent?.subject || agent.passive || !KEEPING_VERBS.has(agent.verb)) return null;
      // "maintain the mooring fee (MF) at ": the words between the verb and "at", asides dropped.
      const [, ...rest] = agent.between
        .replace(/\([^()]*\)/gu, ' ')
        .trim()
        .split(/\s+/u);
      const words = rest.slice(0, -1);
      while (words.length > 0 && isDeterminer(words[0] ?? '')) words.shift();
      const object = words.join(' ');
      if (
        words.length === 0 ||
        words.length > MAX_OBJECT_WORDS ||
        /[,;:—–\d]/u.test(object) ||
        !/^\p{Ll}/u.test(object)
      )
        return null;
      const clause = subjectAndVerb(ctx.before, agent);
      if (!clause) return null;
      // "The report puts the cost of the work at €9m": putting a figure on a thing is estimating
      // it, so the subject is whose estimate it is, not who kept the level.
      if (agent.verb === 'put') return `${object} according to ${clause.replace(/\s+\S+$/u, '')}`;
      return `${object} ${clause}`;
    },
  },
  {
    // "cut the waiting time for permits from 12 weeks to four weeks": both levels are the object's.
    name: 'object-changed-from-to',
    example: {
      sentence:
        'The new crane can cut the turnaround time for cargo ships from five hours to 50 minutes.',
      figure: 'five hours to 50 minutes',
      measures: 'turnaround time for cargo ships',
    },
    apply: (ctx) => {
      const m = CHANGED_OBJECT.exec(ctx.before);
      const verb = m?.[1] ?? '';
      const words = (m?.[2] ?? '').split(/\s+/u);
      if (!m || !(verbBase(verb) !== null || /ed$/u.test(verb)) || isDeterminer(verb)) return null;
      // The first figure's "to" must follow it; the second's "from" opened before the first; a
      // range holds both ("from five hours to 50 minutes").
      const ranged = /\sto\s/u.test(ctx.bareValue);
      if (!ranged && !/\sto\s$/u.test(m[0]) && !/^\s+to\s/u.test(ctx.right)) return null;
      // "raise its fee from $5 to $6": one word says less than the change rows do.
      if (words.length < 2 || words.length > MAX_OBJECT_WORDS || /\d/u.test(m[2] ?? ''))
        return null;
      // "The club raised the monthly fee for members …": who changed it, when written together.
      const agent = ctx.agent();
      const own = agent && !agent.passive && agent.between.startsWith(`${verb} `);
      const clause = own ? subjectAndVerb(ctx.before, agent) : '';
      return clause ? `${words.join(' ')} ${clause}` : words.join(' ');
    },
  },
];
