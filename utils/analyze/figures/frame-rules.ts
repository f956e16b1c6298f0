/**
 * Rows that label a figure from the frame of its clause (`clause-frame.ts`): who did what to a
 * counted object, what a share is a share of and whose, and what happened over a duration said
 * in a time phrase before or inside its clause. Evidence: on the public news set most bare
 * counted nouns ("schools", "languages"), bare "duration" labels and "share of X" labels left
 * out the clause's subject and verb, which the annotators' descriptions kept.
 */
import { PERSON_NOUNS } from '../lexicon';
import { CLAUSE_TIME_NOUNS } from '../lexicon/figure-words';
import { alternation } from '../lexicon/words';
import { actsOnComplement, changeNoun } from './agent';
import { leftFrame, mainClause, OBJECT_GAP, prepositionFrame } from './clause-frame';
import { wordsAfterComplement } from './clause-rules';
import { type MeasureRule, whenOf } from './describe';
import { phraseAfter, relativeAfter } from './grammar';
import { MAX_LABEL_WORDS } from './label-words';

/** Verbs that hold or are a count rather than act on it ("has 40 rooms", "was 12 teams"). */
const HOLDING_VERB = /^(?:is|are|was|were|been|be|has|have|had|having)$/u;
/** What may stand between a verb and a new level: "rose from 4% to", "stood at", "fell by". */
const LEVEL_GAP = /\s+(?:from\s+[^,;]*?\s+to|to|at|by|from)$/iu;
/** A time phrase that opens a sentence before its duration ("Over the next", "For the past"). */
const FRONTED =
  /^(?:(?:over|for|during|within|in)\s+(?:the\s+)?(?:(?:next|past|last|first|following|previous)\s+)?)$/iu;
/** A time phrase set between commas inside a clause (", for"). */
const INSERTED = /,\s*(?:for|over|during|in)\s+(?:the\s+)?(?:(?:past|last|next)\s+)?$/iu;

const short = (label: string): string | null =>
  label.split(' ').length <= MAX_LABEL_WORDS ? label : null;

/** The preposition row, the last of COUNTED_FRAME_RULES. */
export const COUNTED_PREPOSITION_RULES: readonly MeasureRule[] = [
  {
    // "The network makes service available to 18 million people", "The show was performed in
    // 70 towns": the clause the count completes, said as a relative clause ("towns in which the
    // show was performed"), so the label never ends on its preposition.
    name: 'counted-complement-of-frame',
    example: {
      sentence: 'The new ferry makes the island reachable for 9,000 residents.',
      figure: '9,000 residents',
      measures: 'residents for whom the new ferry makes the island reachable',
    },
    apply: (ctx) => {
      const frame = prepositionFrame(ctx.before);
      if (!frame) return null;
      const noun = ctx.countedNoun ?? '';
      // "payrolls expanded by 630,000 workers": a change by a count adds to or cuts from the subject.
      if (frame.preposition === 'by') {
        const change = changeNoun(frame.predicate.split(' ').at(-1) ?? '');
        if (!change) return null;
        return short(`${noun} ${change === 'rise' ? 'added to' : 'cut from'} ${frame.subject}`);
      }
      const head = noun.split(' ').at(-1)?.toLowerCase() ?? '';
      // People are "whom": the lexicon's person nouns, and "people" itself.
      const which = PERSON_NOUNS.has(head) || head === 'people' ? 'whom' : 'which';
      return short(`${noun} ${frame.preposition} ${which} ${frame.subject} ${frame.predicate}`);
    },
  },
];

/** The counted-object row, run in COUNTED_RULES before the counted noun alone. */
export const COUNTED_FRAME_RULES: readonly MeasureRule[] = [
  {
    // "she speaks five languages", "the site had only penetrated 800 schools": the counted noun,
    // then who did what to it, as a contact relative clause ("languages she speaks").
    name: 'counted-object-of-frame',
    example: {
      sentence: 'She speaks five languages fluently.',
      figure: 'five languages',
      measures: 'languages she speaks',
    },
    apply: (ctx) => {
      const frame = leftFrame(ctx.before);
      const verb = frame?.verbs.split(' ').at(-1) ?? '';
      if (!frame || HOLDING_VERB.test(verb)) return null;
      return short(`${ctx.countedNoun} ${frame.subject} ${frame.verbs}`);
    },
  },
  {
    // "The ferry line has 14 boats", "It had 400 employees": what the subject holds is its own
    // ("ferry line’s boats", "its employees"; `referents.ts` then names what "its" stands for).
    name: 'counted-held-by-subject',
    example: {
      sentence: 'The island ferry line now has 14 boats.',
      figure: '14 boats',
      measures: 'island ferry line’s boats',
    },
    apply: (ctx) => {
      // "It had millions of users, a list of investors, and 400 employees": the last item of a
      // list the verb holds.
      // Only a count that ends its clause: "900 oaks along the river" says more than whose.
      if (
        !/^(?:\s*[,.;:—–)]|\s*$|\s+(?:and|but|including|while|as)\b)/u.test(ctx.right) &&
        !whenOf(ctx.right)
      )
        return null;
      const before = HELD_LIST.exec(ctx.before)?.[1] ?? ctx.before;
      const frame = leftFrame(before, OBJECT_GAP, true);
      if (!frame || !/^(?:\p{Ll}+\s+)?(?:has|have|had)$/u.test(frame.verbs)) return null;
      const pronoun = POSSESSIVE_OF[frame.subject];
      if (pronoun) return `${pronoun} ${ctx.countedNoun}`;
      if (PRONOUN_SUBJECT.test(frame.subject)) return null;
      const owner = frame.subject.replace(/^(?:the|a|an)\s+/iu, '');
      return short(`${owner}${/s$/u.test(owner) ? '’' : '’s'} ${ctx.countedNoun}`);
    },
  },
  ...COUNTED_PREPOSITION_RULES,
];

/** A holding verb, then list items up to the "and" before the figure ("had users, a list, and"). */
const HELD_LIST = /^(.*\b(?:has|have|had))\s+(?:[^,;:—–()]+,\s+)*[^,;:—–()]+?,?\s+and\s*$/u;
/** The possessive a subject pronoun holds things with ("it" → "its"). */
const POSSESSIVE_OF: Readonly<Record<string, string>> = {
  it: 'its',
  he: 'his',
  she: 'her',
  they: 'their',
  we: 'our',
};
const PRONOUN_SUBJECT = /^(?:i|you|this|that|these|those|which|who)$/iu;

/** "from 30 percent of income in 1990 to": the whole the earlier level was a share of. */
const FROM_SHARE_OF = /\bfrom\s+[^,;]*?\d[^,;]*?(?:%|percent|per cent)\s+of\s+([^,;]*?)\s+to\s*$/u;

/**
 * "The city increased its debt to banks (sharply) from …": the subject, a verb of change and the
 * object it owns ("its"), right before the figure or the "from" level before it.
 */
const OWN_OBJECT =
  /(?:^|[,;]\s+)(?:[Tt]he\s+)?(\p{L}[\p{L}.’'-]*(?:\s+\p{L}[\p{L}.’'-]*){0,2}?)\s+(?:(?:has|had|have)\s+)?(?:increased|raised|cut|reduced|lowered|doubled|boosted|lifted|expanded|trimmed|slashed|grew)\s+(?:its|their)\s+((?:[\p{L}-]+\s+){0,6}?[\p{L}-]+)\s+(?:\p{Ll}+ly\s+)?from\s+(?:[^,;]*?\d[^,;]*?\s+to\s+)?$/u;
/** Most words of a share-of-own-object label: a subject, its object and the whole (unit: words). */
const MAX_OWN_OBJECT_LABEL_WORDS = 12;

/** "the final four decades", "its first 12 months": an order word right before a duration. */
const PERIOD_ORDER =
  /\b(?:the|his|her|its|their|our|my)\s+(first|last|final|early|closing|opening)\s+$/iu;

/** The share and duration rows, run in MEASURE_RULES. */
export const SHARE_FRAME_RULES: readonly MeasureRule[] = [
  {
    // "The city raised its debt to banks from 4% to 9% of its budget": the share is the level of
    // what the subject changed, its own; the of-complement alone ("share of budget") lost what.
    name: 'share-of-own-object',
    example: {
      sentence: 'The county raised its debt to local banks sharply from 4% to 9% of its budget.',
      figure: '4% to 9%',
      measures: 'county’s debt to local banks as share of budget',
    },
    apply: (ctx) => {
      if (ctx.category !== 'share') return null;
      const complement = ctx.ofComplement();
      const own = complement ? OWN_OBJECT.exec(ctx.before) : null;
      if (!own?.[1] || !own[2] || PRONOUN_SUBJECT.test(own[1])) return null;
      const object = own[2].replace(/\b(?:the|a|an)\s+/giu, '');
      const label = `${own[1]}’s ${object} as share of ${complement}`;
      return label.split(' ').length <= MAX_OWN_OBJECT_LABEL_WORDS ? label : null;
    },
  },
  {
    // "Farm debt rose from 30% to 45% of income", "rents had long been about 40% of wages": a
    // share of a whole that is no verb's object is the subject's share of it.
    name: 'share-of-subject',
    example: {
      sentence: 'Farm rents had long been about 40 percent of annual income.',
      figure: 'about 40 percent',
      measures: 'farm rents as share of annual income',
    },
    apply: (ctx) => {
      if (ctx.category !== 'share') return null;
      const complement = ctx.ofComplement();
      if (!complement) return null;
      const agent = ctx.agent();
      // "lost 40% of its members": a verb of change with the share as its object acted on it.
      if (agent && actsOnComplement(agent)) return null;
      const frame = leftFrame(ctx.before, LEVEL_GAP, true);
      if (!frame || /^(?:he|she|they|we|i|you|it)$/iu.test(frame.subject)) return null;
      return short(`${frame.subject.replace(/^the\s+/u, '')} as share of ${complement}`);
    },
  },
  {
    // "Farm debt dropped from about 30 percent of income in 1990 to less than 12 percent in 2020":
    // the new level is a share of the same whole as the old one.
    name: 'share-of-subject-after-change',
    example: {
      sentence:
        'Farm debt dropped from about 30 percent of income in 1990 to less than 12 percent in 2020.',
      figure: 'less than 12 percent',
      measures: 'farm debt as share of income in 2020',
    },
    apply: (ctx) => {
      if (ctx.category !== 'share' || ctx.ofComplement()) return null;
      const whole = FROM_SHARE_OF.exec(ctx.before)?.[1];
      const complement = whole ? phraseAfter(whole) : '';
      const frame = complement ? leftFrame(ctx.before, LEVEL_GAP, true) : null;
      if (!frame || /^(?:he|she|they|we|i|you|it)$/iu.test(frame.subject)) return null;
      return short(`${frame.subject.replace(/^the\s+/u, '')} as share of ${complement}`);
    },
  },
];

/** Where a subject read with phraseAfter ends: an adverb, an auxiliary or a verb of standing. */
const SUBJECT_END =
  /\s+(?:still|now|also|only|just|is|was|are|were|has|have|had|will|would|can|could|remains?|stands?)(?:\s.*)?$/u;
/** A fronted material phrase opening the sentence, up to the figure ("Made of ", "Built from "). */
const FRONTED_MATERIAL =
  /^\s*(?:Made|Built|Constructed|Carved|Cast|Formed|Assembled)\s+(?:of|from|with|out\s+of)\s+$/u;

/** The "of" complement row, run in MEASURE_RULES before the plain "of" complement. */
export const OF_FRAME_RULES: readonly MeasureRule[] = [
  {
    // "the final four decades of her reign": a duration with an order word before it is a part of
    // a longer period, said as that part ("duration of life" said the whole).
    name: 'part-of-period',
    example: {
      sentence: 'She spent the last four years of her career in the harbour office.',
      figure: 'four years',
      measures: 'last part of her career',
    },
    apply: (ctx) => {
      if (ctx.category !== 'duration') return null;
      const order = PERIOD_ORDER.exec(ctx.before)?.[1];
      const complement = order ? ctx.ofComplement() : '';
      const owner = /^\.?\s+of\s+(the|his|her|its|their|our|my)\s/iu.exec(ctx.right)?.[1];
      // "the first thirty years of them": a pronoun names no period.
      if (
        !order ||
        !complement ||
        complement.split(' ').length > 2 ||
        /^(?:them|it|those|these)\b/u.test(complement)
      )
        return null;
      // "the first 12 months of the plan cost $4m": the complement must end where its phrase does.
      const at = ctx.right.indexOf(complement);
      const next = at < 0 ? '' : ctx.right.slice(at + complement.length);
      if (
        !/^\s*(?:[,.;:—–)]|$|(?:in|at|on|for|to|from|with|before|after|when|as|and)\s)/u.test(next)
      )
        return null;
      return `${order.toLowerCase()} part of ${owner ? `${owner.toLowerCase()} ` : ''}${complement}`;
    },
  },
  {
    // "Made of 9,000 tons of granite, the dam …": a fronted material phrase sizes what the main
    // clause's subject is made of; the of-complement alone ("weight of granite") lost whose.
    name: 'material-of-fronted-subject',
    example: {
      sentence: 'Built from 9,000 tons of local granite, the old harbour dam still stands.',
      figure: '9,000 tons',
      measures: 'weight of local granite in old harbour dam',
    },
    apply: (ctx) => {
      if (!FRONTED_MATERIAL.test(ctx.before)) return null;
      const complement = ctx.ofComplement();
      const main = /^[^,;:]*,\s+(.*)/u.exec(ctx.right)?.[1];
      // "the old dam still stands", "the dam was finished": the subject ends at its verb group.
      const subject = main ? phraseAfter(main).replace(SUBJECT_END, '') : '';
      if (!complement || !subject || !/^(?:the|its|their|this)\s/iu.test(main ?? '')) return null;
      return short(`${ctx.category} of ${complement} in ${subject}`);
    },
  },
  {
    // "she sold 40% of the family farm": what the share is of, then who did what to it, when
    // the verb's subject is a pronoun or a verb the lexicon does not list.
    name: 'of-complement-frame',
    example: {
      sentence: 'Last spring she quietly sold 40% of the family farm.',
      figure: '40%',
      measures: 'share of family farm she quietly sold',
    },
    apply: (ctx) => {
      const complement = ctx.ofComplement();
      if (!complement || ctx.agent()?.subject) return null;
      if (relativeAfter(wordsAfterComplement(ctx.right, complement).join(' '))) return null;
      const frame = leftFrame(ctx.before);
      const verb = frame?.verbs.split(' ').at(-1) ?? '';
      if (!frame || HOLDING_VERB.test(verb) || changeNoun(verb)) return null;
      return short(`${ctx.category} of ${complement} ${frame.subject} ${frame.verbs}`);
    },
  },
];

const TIME_NOUN = new RegExp(`^(?:${alternation(CLAUSE_TIME_NOUNS)})\\b`, 'iu');
/** What may stand between a copula and a duration: nothing ("was 11 years in Lisbon"). */
const NO_GAP = /$^/u;

/** The duration rows, run in MEASURE_RULES before the other duration rows. */
export const DURATION_FRAME_RULES: readonly MeasureRule[] = [
  {
    // "The painter was four years in Lisbon before …": the time the subject was in a place.
    name: 'time-in-place-of-subject',
    example: {
      sentence: 'The painter was four years in Lisbon before she came home.',
      figure: 'four years',
      measures: 'time the painter was in Lisbon',
    },
    apply: (ctx) => {
      if (ctx.category !== 'duration') return null;
      const at = /^\s+(in|on|at)\s+([^,.;:—–()]+)/u.exec(ctx.right);
      const place = at?.[2] ? phraseAfter(at[2]) : '';
      if (!place || TIME_NOUN.test(place) || /^\d/u.test(place)) return null;
      const frame = leftFrame(ctx.before, NO_GAP, true);
      if (!frame || !/^(?:is|are|was|were|been)$/u.test(frame.verbs.split(' ').at(-1) ?? ''))
        return null;
      return short(`time ${frame.subject} ${frame.verbs} ${at?.[1]} ${place}`);
    },
  },
  {
    // "Over the next three years, the mill doubled its output": a duration that opens the
    // sentence is the time of the main clause after it.
    name: 'time-of-fronted-clause',
    example: {
      sentence: 'Over the next three years, the small bakery opened shops in every town.',
      figure: 'three years',
      measures: 'time the small bakery opened shops in every town',
    },
    apply: (ctx) => {
      if (ctx.category !== 'duration' || !FRONTED.test(`${ctx.before.trim()} `)) return null;
      const after = /^\s*,\s*(.*)/u.exec(ctx.right)?.[1];
      const main = after ? mainClause(after) : '';
      return main ? short(`time ${main}`) : null;
    },
  },
  {
    // "The ferry has been, for 40 years, the island's lifeline": a duration set between commas is
    // the time of the clause around it.
    name: 'time-of-inserted-clause',
    example: {
      sentence: 'The ferry has been, for 40 years, the only link to the island.',
      figure: '40 years',
      measures: 'time ferry has been the only link to the island',
    },
    apply: (ctx) => {
      if (ctx.category !== 'duration' || !INSERTED.test(ctx.before)) return null;
      const after = /^\s*,\s*(.*)/u.exec(ctx.right)?.[1];
      if (!after) return null;
      const head =
        ctx.before
          .replace(INSERTED, '')
          .split(/[;:—–(“”"]|,\s/u)
          .at(-1) ?? '';
      const main = mainClause(`${head.trim().replace(/^(?:the|a|an)\s+/iu, '')} ${after}`);
      return main ? short(`time ${main}`) : null;
    },
  },
];

/** Most words of the complement an object frame keeps ("on new headphones") (unit: words). */
const MAX_COMPLEMENT_WORDS = 4;

/** The object row, run in MEASURE_RULES before the fallback rows. */
export const OBJECT_FRAME_RULES: readonly MeasureRule[] = [
  {
    // "you spent $350 on a tent", "they could save 12% a year": an amount that is its verb's
    // object, with who did what and, when a preposition follows, on or for what.
    name: 'object-of-frame',
    example: {
      sentence: 'She happily spent $900 on a new stove.',
      figure: '$900',
      measures: 'amount she happily spent on new stove',
    },
    apply: (ctx) => {
      // Amounts, shares and bare numbers only: "hovered near 40 degrees" has no object, and a
      // unit can't tell.
      if (ctx.category !== 'amount' && ctx.category !== 'share' && ctx.category !== 'number')
        return null;
      const frame = leftFrame(ctx.before);
      const verb = frame?.verbs.split(' ').at(-1) ?? '';
      // "The repair cost $3m": "cost" is as often the noun (cost-of-subject reads the verb).
      if (!frame || HOLDING_VERB.test(verb) || /^costs?$/u.test(verb)) return null;
      const label = `${ctx.category} ${frame.subject} ${frame.verbs}`;
      const complement = /^\s+(on|to|for|in|from)\s+(.*)/u.exec(ctx.right);
      const thing = complement?.[2] ? phraseAfter(complement[2]) : '';
      if (thing && thing.split(' ').length <= MAX_COMPLEMENT_WORDS)
        return short(`${label} ${complement?.[1]} ${thing}`) ?? short(label);
      return short(label);
    },
  },
];
