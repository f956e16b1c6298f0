/**
 * How many times a thing happened ("was towed back to port twice"): a row of `SHAPE_RULES`,
 * kept apart from that table's file for its size.
 */
import type { MeasureRule } from './describe';
import { FUNCTION_WORDS, isDeterminer, phraseAfter } from './grammar';

/** Words of the clause kept before "twice" when it has no auxiliary (unit: words). */
const TIMES_CONTEXT_WORDS = 4;
/** Most words of a verb phrase after its auxiliary kept whole before "twice" (unit: words; "times" + 8 stays within a label). */
const MAX_TIMES_PHRASE_WORDS = 8;

/** The words a frequency label gives its clause after "times a month" (unit: words; 3 + 7 stays within a label). */
const MAX_FREQUENCY_CLAUSE_WORDS = 7;
/** Words that cannot end a frequency's clause: it would stop mid-phrase ("headlines about"). */
const DANGLING_END =
  /\s+(?:a|an|the|of|in|on|at|to|for|about|by|with|from|and|or|its|their|his|her|our|my|your)$/iu;

/** A relative clause the frequency ends, its verb first: "companies that certify their tools". */
const RELATIVE_BEFORE =
  /(?<!\p{L})(\p{L}+),?\s+(?:that|which|who)\s+((?!(?:the|a|an|this|these|those|its|their|his|her|he|she|they|it|we|you|i)\b)\p{Ll}[^,;:“”"()]*?)\s*$/u;

/** Conjunctions opening a frequency's clause, left out of its label. */
const LEADING_CONJUNCTION =
  /^\s*(?:(?:even|and|but|so|only)\s+)?(?:when|whenever|if|because|as|while|although|though|since|until|after|before|and|but|so)\s+/iu;

/** Keeps a clause's first words, never ending on an article, preposition or conjunction. */
function clauseStart(text: string): string {
  // "Even when the paper ...": the conjunction that opens the clause is not part of it.
  const bare = text.replace(LEADING_CONJUNCTION, '');
  let clause = bare.split(/\s+/u).filter(Boolean).slice(0, MAX_FREQUENCY_CLAUSE_WORDS).join(' ');
  while (DANGLING_END.test(clause)) clause = clause.replace(DANGLING_END, '');
  return clause.replace(/^(?:The|A|An|Our|Their|His|Her|Its|My|We|They|He|She|It|You)\b/u, (w) =>
    w.toLowerCase(),
  );
}

/**
 * "The parish council meets twice a month": how often, said as the clause it counts (subject,
 * verb and what follows), never the bare "multiple". The clause is the one the frequency ends,
 * sits inside between commas ("the paper, once a year, prints ..."), or opens.
 */
export const FREQUENCY_RULE: MeasureRule = {
  name: 'frequency-clause',
  example: {
    sentence: 'The parish council meets twice a month in the old school hall.',
    figure: 'twice a month',
    measures: 'times a month the parish council meets',
  },
  apply: (ctx) => {
    // The figure as written: its rate ("a month") is left out of `bareValue`.
    const value = ctx.sentence.slice(ctx.before.length, ctx.sentence.length - ctx.right.length);
    const period = /^(?:once|twice|thrice) (?:a|an|per|every) (\p{L}+)$/iu.exec(value)?.[1];
    if (!period) return null;
    const pieces = ctx.before.split(/[;:“”"()]|\b(?:that|which|who)\b/u).at(-1) ?? '';
    const commaParts = pieces.split(',');
    const ownClause = (commaParts.at(-1) ?? '').trim();
    const afterComma = /^\s*,\s*([^,;:.!?“”"()]+)/u.exec(ctx.right)?.[1] ?? '';
    let clause = '';
    // "companies that certify their tools once a year": the relative clause's head is its subject.
    const relative = RELATIVE_BEFORE.exec(ctx.before);
    const head = relative?.[1] ?? '';
    if (relative && !FUNCTION_WORDS.has(head.toLowerCase()) && !isDeterminer(head))
      // "Nurses who …" opening the sentence: its capital is the sentence's, not a name's.
      clause = `${relative.index === 0 ? head.toLowerCase() : head} ${relative[2]}`;
    else if (ownClause.split(/\s+/u).length >= 2) clause = ownClause;
    else if (!ownClause && commaParts.length > 1 && afterComma)
      // "the paper, once a year, prints ...": the subject before, the verb after.
      clause = `${(commaParts.at(-2) ?? '').trim()} ${afterComma}`;
    else if (!ownClause && commaParts.length === 1 && afterComma) clause = afterComma;
    const kept = clauseStart(clause);
    return kept.split(' ').length >= 2 ? `times a ${period.toLowerCase()} ${kept}` : null;
  },
};

/** "was taken to hospital twice": how many times, and what. */
export const TIMES_RULE: MeasureRule = {
  name: 'times',
  example: {
    sentence: 'The ferry was towed back to port twice last winter.',
    figure: 'twice',
    measures: 'times towed back to port last winter',
  },
  apply: (ctx) => {
    if (!/\b(?:twice|thrice|once)(?: a \p{L}+)?$/iu.test(ctx.bareValue)) return null;
    // The verb phrase of the clause: after its auxiliary, or its last few words.
    const clause = ctx.before.split(/[,;:“"]|\b(?:that|which|who)\b/u).at(-1) ?? '';
    const afterAuxiliary = /\b(?:was|were|is|are|been|be|has|have|had|got|get)\s+(.+?)\s*$/u.exec(
      clause,
    )?.[1];
    const verbPhrase = (afterAuxiliary ?? clause)
      .replace(/^\s*(?:I|we|you|he|she|they|it|that|this)\s+/iu, '')
      .replace(/\s*\b(?:was|were|is|are|be|been)\s*$/u, '')
      .trim();
    const words = verbPhrase.split(/\s+/u).filter(Boolean);
    // "That was twice the old figure": no verb phrase; what it multiplies.
    if (words.length < 2 || /^\p{Lu}/u.test(words[0] ?? '')) {
      const of = phraseAfter(
        ctx.right.replace(/^\s+(?:the|as)\s+/u, '').replace(/^[\d.,%$]+\s*/u, ''),
      );
      return of ? `multiple of ${of}` : 'multiple';
    }
    // "was flown by helicopter to the city hospital twice": after an auxiliary the verb
    // phrase is kept from its verb, articles left out; without one, its last words.
    const fromVerb = words
      .join(' ')
      .replace(/^(?:(?:to|be|been|being)\s+)+/u, '')
      .split(' ')
      .filter((w) => !/^(?:the|a|an)$/iu.test(w));
    const phrase =
      afterAuxiliary && fromVerb.length <= MAX_TIMES_PHRASE_WORDS
        ? fromVerb.join(' ')
        : words.slice(-TIMES_CONTEXT_WORDS).join(' ');
    return phrase ? `times ${phrase}` : 'times';
  },
};
