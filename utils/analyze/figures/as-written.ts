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
/** Particles kept with their verb ("racked up", "paid out"). */
const PARTICLE = /^(?:up|down|out|off|back|away)$/u;
/** Quantifiers that may open a subject ("Most new members"), not a name. */
const QUANTIFIER = /^(?:Most|Many|Some|All|Few|Several|Each|Every|Both|No|Half)$/u;
/** Words that may open a subject before the noun phrase the agent gives ("the", "each", "every"). */
const OPENER = /(?:^|\s)(the|each|every|its|their|his|her|our|this|these|those|a|an)\s+$/iu;

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
  const at = before.lastIndexOf(subject, verbAt);
  if (at < 0 || at + subject.length > verbAt) return null;
  // "Harbor Bank" in "Harbor Banks": the subject ends on a whole word.
  if (/^[\p{L}\p{N}]/u.test(before.slice(at + subject.length))) return null;
  // "491 liters fell": a subject another figure sizes is that figure's.
  if (/\d[\d.,]*\s+$/u.test(before.slice(0, at))) return null;
  const middle = before.slice(at + subject.length, verbAt).trim();
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
  const first = subject.split(' ')[0] ?? '';
  const head =
    isDeterminer(first) || QUANTIFIER.test(first)
      ? `${subject.charAt(0).toLowerCase()}${subject.slice(1)}`
      : subject;
  return `${determiner}${head}${middle ? ` ${middle}` : ''} ${verb}${particle}`;
}
