/**
 * Money "in" a named place or measure: "The play had taken $3m in Canada", "Lawmakers put
 * $4 billion in the Harbour Act to help ports". A capitalised name after "in" is where the money
 * was made or put, not what it is; the clause's subject and verb say what the amount is. Without
 * this row the label was the name alone (money-in: "US", "Harbour Act"). A row of
 * `MEASURE_RULES`, run before money-in.
 */
import { subjectVerbAsWritten } from './as-written';
import type { MeasureRule } from './describe';
import { FUNCTION_WORDS, isDeterminer, phraseAfter } from './grammar';

/** "in the Harbour Act", "in the US": a capitalised name after "in". */
const IN_NAME = /^\s+in\s+(?:the\s+)?(\p{Lu}[^,.;:—–()]*)/u;
/** Most words kept of the purpose after the name ("to help ports") (unit: words). */
const MAX_PURPOSE_WORDS = 4;

/** The purpose right after the name: "to help ports", or "". */
function purposeAfter(text: string): string {
  const m = /^\s+to\s+(\p{Ll}+)\s+([^,.;:—–()]+)/u.exec(text);
  if (!m?.[1] || FUNCTION_WORDS.has(m[1]) || isDeterminer(m[1])) return '';
  const object = phraseAfter(m[2] ?? '')
    .split(' ')
    .slice(0, MAX_PURPOSE_WORDS - 1)
    .join(' ');
  return object ? `to ${m[1]} ${object}` : '';
}

/** Head nouns of an event money is lost, made or spent in ("the market crash"), not a form of it. */
const EVENT_NOUNS =
  /^(?:crash|collapse|crisis|recession|downturn|slump|fire|flood|floods|storm|earthquake|attack|scandal|strike|war|meltdown|fraud|hack|bankruptcy|pandemic|shutdown|lockdown|sell-off|heist|robbery|raid)$/u;
/** "in the market crash": an event after "in", its determiner kept. */
const IN_EVENT = /^\s+(?:more\s+)?in\s+(the|this|that|last\s+year['’]s)\s+([^,.;:—–()]+)/u;
/** Most words of a money-in-event label ("amount ... in the market crash") (unit: words). */
const MAX_EVENT_LABEL_WORDS = 10;

/** The money-where rows, in order. */
export const MONEY_WHERE_RULES: readonly MeasureRule[] = [
  {
    // "lost $2bn in the bank collapse": money an event cost or brought, and who did what in it;
    // "$3bn in emergency loans" (what the money is) stays with money-in-clause.
    name: 'money-in-event',
    example: {
      sentence: 'The orchards lost $9 million in the spring flood, the growers said.',
      figure: '$9 million',
      measures: 'amount the orchards lost in the spring flood',
    },
    apply: (ctx) => {
      if (ctx.kind !== 'money') return null;
      const event = IN_EVENT.exec(ctx.right);
      // "the stock market meltdown of the recession": the event named before its "of" complement.
      const phrase = (event?.[2] ? phraseAfter(event[2]) : '').replace(
        /^((?:\S+\s+){0,3}?\S+)\s+of\s.*$/u,
        (whole, head: string) => (EVENT_NOUNS.test(head.split(' ').at(-1) ?? '') ? head : whole),
      );
      const head = phrase.split(' ').at(-1) ?? '';
      if (!event || !phrase || !/^\p{Ll}/u.test(phrase) || !EVENT_NOUNS.test(head)) return null;
      const agent = ctx.agent();
      const written = agent ? subjectVerbAsWritten(ctx.before, agent) : null;
      if (!written) return null;
      const label = `${ctx.category} ${written} in ${event[1]} ${phrase}`;
      return label.split(' ').length <= MAX_EVENT_LABEL_WORDS ? label : null;
    },
  },
  {
    // "had set aside $2 billion in the Port Act to help towns": who put it there, and why.
    name: 'money-in-named',
    example: {
      sentence: 'Lawmakers quietly put $4 billion in the Harbour Act to help small ports.',
      figure: '$4 billion',
      measures: 'amount Lawmakers quietly put in Harbour Act to help small ports',
    },
    apply: (ctx) => {
      if (ctx.kind !== 'money') return null;
      const named = IN_NAME.exec(ctx.right);
      // "in Canada and beaten every rival": a second verb after "and" is no part of the name.
      const name = named?.[1]
        ? phraseAfter(named[1]).replace(
            /\s+(?:and|or)\s+(?!(?:the|a|an|its|their)\s)\p{Ll}.*$/u,
            '',
          )
        : '';
      if (!named || !name || !/^\p{Lu}/u.test(name)) return null;
      const agent = ctx.agent();
      const written = agent ? subjectVerbAsWritten(ctx.before, agent) : null;
      if (!written) return null;
      const after = ctx.right.slice(ctx.right.indexOf(name) + name.length);
      const purpose = purposeAfter(after);
      return [`${ctx.category} ${written} in ${name}`, purpose].filter(Boolean).join(' ');
    },
  },
];
