/**
 * A verb's subject and verb as the sentence writes them, in order ("Harbor Bank lost", "the
 * county could have lost", "each ferry takes"), for labels that read as a relative clause after
 * their category or noun ("amount Harbor Bank lost"). Evidence: on public news pages readers
 * describe a figure with the sentence's own verb form ("time each kiln takes to cool"), which
 * the participle form ("time taken by level") misses, and the determiner keeps it readable.
 */
import type { Agent } from './agent';
import { isDeterminer } from './grammar';

/** Most words between a subject and its verb kept as written ("would have", "agreed to") (unit: words). */
const MAX_MIDDLE_WORDS = 3;
/** Words that may stand between a subject and its verb: auxiliaries, modals, "to", adverbs. */
const MIDDLE_WORD =
  /^(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|may|might|must|do|does|did|not|never|also|still|already|now|just|then|to|\p{Ll}+ly|\p{Ll}+ed)$/u;
/** A relative pronoun right after the subject's comma, with its clause when a comma closes it. */
const RELATIVE_ASIDE = /^\s*,\s*(?:which|who)\b(?:[^,;:\d]*,)?/u;
/** A short phrase of time or place between commas after the subject ("The play, by June, had"). */
const PHRASE_ASIDE =
  /^\s*,\s*(?:by|in|on|at|during|since|until|after|before|within|over)\s+(?:[^\s,;:]+\s+){0,3}[^\s,;:]+\s*,/u;
/** Particles kept with their verb ("racked up", "paid out"). */
const PARTICLE = /^(?:up|down|out|off|back|away)$/u;
/** Quantifiers that may open a subject ("Most new members"), not a name. */
const QUANTIFIER = /^(?:Most|Many|Some|All|Few|Several|Each|Every|Both|No|Half)$/u;
/** Words that may open a subject before the noun phrase the agent gives ("the", "each", "every"). */
const OPENER = /(?:^|\s)(the|each|every|its|their|his|her|our|this|these|those|a|an)\s+$/iu;

/**
 * Where `subject` is written last in `before`, ending by `end`, and as written: the words the
 * agent gives drop an abbreviation's last period ("U.S home"), the sentence keeps it ("the
 * average U.S. home receives"); null when it is not there.
 */
function writtenAt(
  before: string,
  subject: string,
  end: number,
): { at: number; written: string } | null {
  const at = before.lastIndexOf(subject, end);
  if (at >= 0 && at + subject.length <= end) return { at, written: subject };
  if (!subject.includes('.')) return null;
  const escaped = subject
    .split(' ')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('\\.?\\s+');
  let last: { at: number; written: string } | null = null;
  for (const m of before.slice(0, end).matchAll(new RegExp(escaped, 'gu')))
    last = { at: m.index, written: m[0] };
  return last;
}

/**
 * The subject and verb group of `agent` as written in `before` (the text before the figure), or
 * null when the subject is not written right before its verb (a relative clause, an aside).
 */
export function subjectVerbAsWritten(
  before: string,
  agent: Agent,
  duration = false,
): string | null {
  const subject = agent.subject;
  if (!subject || agent.passive) return null;
  // "Tarn Ferries wants Halden Bank" read as one subject: a verb inside it names a second clause.
  if (/\s\p{Ll}+s\s+\p{Lu}/u.test(subject)) return null;
  const verbAt = before.length - agent.between.length;
  const found = writtenAt(before, subject, verbAt);
  if (!found) return null;
  const { at, written } = found;
  // "Harbor Bank" in "Harbor Banks": the subject ends on a whole word.
  if (/^[\p{L}\p{N}]/u.test(before.slice(at + written.length))) return null;
  // "491 liters fell": a subject another figure sizes is that figure's.
  if (/\d[\d.,]*\s+$/u.test(before.slice(0, at))) return null;
  // "laptops, which take", "The council, which met on Tuesday, approved": the relative
  // pronoun, or the whole relative clause between commas, is left out; so is a short phrase of
  // time or place between commas ("The play, by June, had taken").
  const middle = before
    .slice(at + written.length, verbAt)
    .replace(RELATIVE_ASIDE, '')
    .replace(PHRASE_ASIDE, '')
    .trim();
  const middleWords = middle ? middle.split(/\s+/u) : [];
  if (middleWords.length > MAX_MIDDLE_WORDS || !middleWords.every((w) => MIDDLE_WORD.test(w)))
    return null;
  // "the loan rate hovered near 2 percent, 1.4 percent": a verb across a comma or another
  // figure is another clause's.
  if (/[,;:\d]/u.test(agent.between)) return null;
  const between = agent.between.trim().split(/\s+/u);
  const verb = between[0] ?? '';
  if (!/^\p{Ll}+$/u.test(verb)) return null;
  // "buyers such as Ortega paying cash": an -ing form without its auxiliary is no clause.
  if (/ing$/u.test(verb) && !middle) return null;
  // "took in 40 dogs": "in" or "over" right before the figure is the verb's particle too, but
  // not before a duration ("fell in eight hours").
  const particle =
    PARTICLE.test(between[1] ?? '') ||
    (!duration && between.length === 2 && /^(?:in|over)$/u.test(between[1] ?? ''))
      ? ` ${between[1]}`
      : '';
  const opener = OPENER.exec(before.slice(0, at))?.[1] ?? '';
  const determiner = opener ? `${opener.toLowerCase()} ` : '';
  // "Most new members spend": a determiner or quantifier opening the sentence reads lower-case.
  const first = written.split(' ')[0] ?? '';
  const head =
    isDeterminer(first) || QUANTIFIER.test(first)
      ? `${written.charAt(0).toLowerCase()}${written.slice(1)}`
      : written;
  return `${determiner}${head}${middle ? ` ${middle}` : ''} ${verb}${particle}`;
}
