/**
 * A duration someone has or is given for a purpose: "The clerks have nine months to find a post",
 * "The baker was given 14 months to repay the loan". The time is the holder's, for what the
 * infinitive after it says; without these rows the label kept only the purpose ("time to find
 * post", clause-gist) or only the holder ("duration for baker", passive-for). Rows of
 * `MEASURE_RULES`, run before the verb rows.
 */
import { leftFrame } from './clause-frame';
import type { MeasureRule } from './describe';
import { clauseGist } from './fallback-rules';

/** What may stand between the holding verb and the duration: nothing. */
const NO_GAP = /$^/u;
/** The verbs (last of the chain) by which someone holds a stretch of time: "have", "was given". */
const HOLDING_TIME = /^(?:have|has|had|having|given|granted|allowed|got|gets|get)$/u;
/** A purpose infinitive right after the figure: "to find", "to repay". */
const PURPOSE = /^\s+to\s+\p{Ll}/u;
/** Most words in the label (unit: words): longer ones read as a clause copied whole. */
const MAX_LABEL_WORDS = 12;

/** The purpose rows, in order. */
export const PURPOSE_RULES: readonly MeasureRule[] = [
  {
    // "The clerks have nine months to find a new post": the holder, the verb and the purpose.
    name: 'time-held-for-purpose',
    example: {
      sentence: 'The young baker was given 14 months to repay the loan.',
      figure: '14 months',
      measures: 'time the young baker was given to repay loan',
    },
    apply: (ctx) => {
      if (ctx.category !== 'duration' || !PURPOSE.test(ctx.right)) return null;
      const frame = leftFrame(ctx.before, NO_GAP, true);
      const verb = frame?.verbs.split(' ').at(-1) ?? '';
      if (!frame || !HOLDING_TIME.test(verb)) return null;
      const purpose = clauseGist(ctx.right, true);
      if (!purpose.startsWith('to ')) return null;
      const label = `time ${frame.subject} ${frame.verbs} ${purpose}`;
      return label.split(' ').length <= MAX_LABEL_WORDS ? label : null;
    },
  },
];
