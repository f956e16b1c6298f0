/**
 * The rules of `measure-rules.ts` that read the figure's verb (see `agent.ts`): what the verb's
 * subject or object did to the figure. Ordered; they run after the rules that read the words
 * right around the figure and before the figure inherits the previous one's description.
 */
import { CLAUSE_TIME_NOUNS, JUNK_OBJECTS } from '../lexicon/figure-words';
import { LEVEL_VERBS } from '../lexicon/quantity-verbs';
import { MONTH_NAMES } from '../lexicon/time';
import { alternation } from '../lexicon/words';
import { type Agent, agentReaches, changeNoun } from './agent';
import { subjectVerbAsWritten } from './as-written';
import { type MeasureRule, pastFigure, whenOf } from './describe';
import {
  FUNCTION_WORDS,
  isDeterminer,
  participle,
  phraseAfter,
  phraseBefore,
  wordsOf,
} from './grammar';
import { MAX_LABEL_WORDS as LABEL_WORDS } from './label-words';

/** The noun of a verb of change that is its own noun ("cut", "raise", "drop"), else its direction ("rise", "fall"). */
function verbNoun(base: string): string {
  return /^(?:cut|raise|drop|increase|decrease|decline|boost|jump|gain|slump|dip|surge)$/u.test(
    base,
  )
    ? base
    : (changeNoun(base) ?? base);
}

/** A duration reads as the time someone spent or took ("time spent by the crew"), as the other duration rows say it. */
const timeWord = (category: string): string => (category === 'duration' ? 'time' : category);

/** Most words of the complement a verb-by-subject label keeps ("to bridge builder") (unit: words). */
const MAX_RECIPIENT_WORDS = 4;

const LEVEL_VERB = new RegExp(`^(?:${alternation(LEVEL_VERBS)})`);
const TIME_NOUN = new RegExp(`^(?:${alternation(CLAUSE_TIME_NOUNS)})$`, 'iu');
const JUNK_OBJECT = new RegExp(`^(?:${alternation(JUNK_OBJECTS)})$`, 'iu');

/** Most words of a verb-by-subject label with what followed the figure (unit: words). */
const MAX_LABEL_WORDS = 12;
/** "in after-hours trading.": a bare lower-case noun phrase of up to three words ending the clause. */
const CHANGE_WHERE = /^\s+in\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)(?=\s*[,.;:]|\s*$)/u;
/** "was valued at", "and be valued at": a valuation, with its auxiliaries. */
const VALUED_AT =
  /\s*(?:(?:is|was|were|are|be|been|being|has|have|had|will|would)\s+)*valued\s+at\s+$/u;
/** Most words kept of what follows a figure ("adjusting to the rules") (unit: words). */
const MAX_CONTINUATION_WORDS = 5;

/** Adverbs of place right after a figure ("earned $90m worldwide"). */
const PLACE_ADVERB =
  /^\s+(worldwide|nationwide|overseas|abroad|globally|domestically|online|locally)\b/u;

/** Prepositions that end in -ing: they open no verb phrase after a figure. */
const PREPOSITION_ING =
  /^(?:during|according|including|regarding|following|concerning|excluding|barring|pending|notwithstanding|considering)$/u;

/**
 * An -ing or "to" verb phrase right after a figure ("adjusting to the rules", "to solve"),
 * up to a clause break, determiners dropped and ending on a content word; "" when none.
 */
function continuation(right: string): string {
  const m = /^\s+((?:\p{Ll}{3,}ing|to\s+\p{Ll}+)\b[^,;:.()—–“”"]*)/u.exec(right);
  const first = /^\S+/u.exec(m?.[1] ?? '')?.[0] ?? '';
  // "during the season", "according to": a preposition in -ing opens no verb phrase.
  if (!m?.[1] || (first !== 'to' && (FUNCTION_WORDS.has(first) || PREPOSITION_ING.test(first))))
    return '';
  // Up to the next clause: "to grow and at its peak" keeps "to grow".
  const phrase = m[1].split(/\s+(?:and|or|but|while|when|as|after|before|because|if)\s+/u)[0] ?? '';
  const words = phrase
    .split(/\s+/u)
    .filter((w) => !isDeterminer(w))
    .slice(0, MAX_CONTINUATION_WORDS);
  // "to a", "in to the": never end on a function word.
  while (words.length > 0 && FUNCTION_WORDS.has(words.at(-1)?.toLowerCase() ?? '')) words.pop();
  if (words.length === 0 || /\d/u.test(words.join(' '))) return '';
  return words.join(' ');
}

/** The verb rules, in order. */
/** "in the Harbor Act", "under the Tarn Plan": a capitalised name after a recipient. */
const NAMED_AFTER =
  /^\s+(in|under)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})(?=[\s,.;:)]|$)/u;
/** Month names, which are times, not names a figure went by. */
const MONTH_WORD = new RegExp(
  `^(?:${alternation(MONTH_NAMES.map((m) => `${m[0]?.toUpperCase()}${m.slice(1)}`))})\\b`,
  'u',
);
/** Most words of a recipient label with the name it went by (unit: words). */
const MAX_NAMED_LABEL_WORDS = 10;

/** An object that is its own subject: "sold itself". */
const REFLEXIVE = /^(?:itself|themselves|himself|herself)$/u;

/**
 * "Tarnco sold itself to Harbor Bank for $580 million", "After selling itself to Harbor Bank
 * for $580 million, Tarnco …": the price of the seller, and to whom; a participle's seller is
 * the subject after the comma that closes its phrase. Null when no seller is found.
 */
function priceOfSelf(agent: Agent, right: string): string | null {
  // After a participle phrase, only a name opening the main clause is taken ("Tarnco grew").
  const after = /^\p{Ll}+ing\s/u.test(agent.between) ? /^[^,;:]*,\s+(.*)/u.exec(right)?.[1] : '';
  const seller =
    agent.subject ||
    (/^\p{Lu}[\p{L}’'&-]*(?:\s+\p{Lu}[\p{L}’'&-]*)*/u.exec(after ?? '')?.[0] ?? '');
  if (!seller || isDeterminer(seller.split(' ')[0] ?? '') || /^(?:It|They|He|She)$/u.test(seller))
    return null;
  const buyer = /\sto\s+(.+?)\s+for\s+$/u.exec(agent.between)?.[1];
  const label = buyer ? `price of ${seller} sold to ${buyer}` : `price of ${seller}`;
  return label.split(' ').length <= LABEL_WORDS ? label : `price of ${seller}`;
}

export const AGENT_RULES: readonly MeasureRule[] = [
  {
    // "and be valued at $3 billion": the subject's valuation, not the subject alone (which
    // level-of-subject gave: "firm").
    name: 'valuation-of-subject',
    example: {
      sentence: 'The ferry line was valued at $40 million last spring.',
      figure: '$40 million',
      measures: 'valuation of ferry line last spring',
    },
    apply: (ctx) => {
      const passive = VALUED_AT.exec(ctx.before);
      if (ctx.kind !== 'money' || !passive) return null;
      // "The start-up, valued at $2 billion,": the noun before the comma.
      const subject =
        ctx.agent()?.subject ||
        phraseBefore(wordsOf(ctx.before.slice(0, passive.index).replace(/,\s*$/u, '')));
      return subject ? `valuation of ${subject}` : null;
    },
  },
  {
    // "unemployment stood at 4.1%", "rose to 5%": the level reached is the subject's.
    name: 'level-of-subject',
    example: {
      sentence: 'The jobless rate stood at 4.1% in October.',
      figure: '4.1%',
      measures: 'jobless rate in October',
    },
    apply: (ctx) => {
      const agent = ctx.agent();
      if (!agent?.subject) return null;
      return ctx.lastWord === 'to' || ctx.lastWord === 'at' || LEVEL_VERB.test(agent.verb)
        ? agent.subject
        : null;
    },
  },
  {
    // "Exports rose 5%", "cut its forecast by 0.5 points": a change in the subject (or, after
    // "by", in the object).
    name: 'change-in',
    example: {
      sentence: 'Home sales fell 12% last month.',
      figure: '12%',
      measures: 'fall in Home sales last month',
    },
    apply: (ctx) => {
      const agent = ctx.agent();
      if (!agent) return null;
      const change = changeNoun(agent.verb);
      const target =
        agent.object && (ctx.lastWord === 'by' || agent.passive) ? agent.object : agent.subject;
      const direct =
        ctx.lastWord === 'by' ||
        ctx.kind === 'percent' ||
        (ctx.kind === 'range' && ctx.category === 'share');
      if (!change || !target || !direct) return null;
      // "Fares will be cut by 8%": a passive change is named after its verb ("cut in fares").
      const label = `${agent.passive ? verbNoun(agent.verb) : change} in ${target}`;
      // "fell 5% in early trading": where the change happened, a bare noun phrase ending the clause.
      const where = CHANGE_WHERE.exec(ctx.right);
      return where?.[1] &&
        !where[1].split(/\s+/u).some((w) => TIME_NOUN.test(w) || FUNCTION_WORDS.has(w))
        ? `${label} in ${where[1]}`
        : label;
    },
  },
  {
    // "the rule would cost railroads $1 billion": the cost of the subject.
    name: 'cost-of-subject',
    example: {
      sentence: 'The new safety rule would cost airlines $900 million.',
      figure: '$900 million',
      measures: 'cost of new safety rule',
    },
    apply: (ctx) => {
      const agent = ctx.agent();
      return agent?.subject && agent.verb === 'cost' ? `cost of ${agent.subject}` : null;
    },
  },
  {
    // "The Tarn chip sells for $25,000": what something sells or sold for is its price.
    name: 'price-of-subject',
    example: {
      sentence: 'The Halden kayak sells for $1,200 at the harbour shop.',
      figure: '$1,200',
      measures: 'price of Halden kayak',
    },
    apply: (ctx) => {
      const agent = ctx.agent();
      if (agent && !agent.passive && agent.verb === 'sell' && REFLEXIVE.test(agent.object))
        return priceOfSelf(agent, ctx.right);
      if (!agent?.subject || agent.passive || agent.verb !== 'sell') return null;
      if (/^\p{L}+\s+for\s+$/u.test(agent.between)) return `price of ${agent.subject}`;
      // "Corvane sold the plant for $40 million": the price of what was sold, and who sold it.
      if (!agent.object || !/\sfor\s+$/u.test(agent.between) || /\d/u.test(agent.between))
        return null;
      return `price of ${agent.object} ${participle(agent.verb)} by ${agent.subject}`;
    },
  },
  {
    // "households pay $74 billion to cable firms", "spent $350 on headphones": what the subject
    // did, and to or on what, when a complement follows the figure.
    name: 'verb-by-subject-to',
    example: {
      sentence: 'The county paid $2 million to the bridge builder.',
      figure: '$2 million',
      measures: 'amount the county paid to bridge builder',
    },
    apply: (ctx) => {
      const agent = ctx.agent();
      if (!agent?.subject || agent.unlisted || ctx.category === 'duration') return null;
      if (!agentReaches(agent, ctx.category) || TIME_NOUN.test(agent.subject)) return null;
      // "made $4m in its first year": a time after the figure is no recipient (applyRules adds it).
      if (whenOf(ctx.right)) return null;
      // "raised $400 for the school", "lost $3 million in the flood": money a subject raised or
      // lost is no change in it.
      const acquired = ctx.category === 'amount' && /^(?:raise|lose|gain)$/u.test(agent.verb);
      if ((changeNoun(agent.verb) && !acquired) || /[,;:]/u.test(agent.between)) return null;
      const complement = /^\s+(to|on|for|into|in|from)\s+(.*)/u.exec(ctx.right);
      // "voted 6-1 to create a board": "to" and a verb is a purpose, not a recipient.
      const infinitive = /^to\s+\p{Ll}+$/u.test(
        `${complement?.[1]} ${/^\S+/u.exec(complement?.[2] ?? '')?.[0] ?? ''}`,
      );
      if (
        infinitive &&
        !/^\p{Ll}+s\b/u.test(complement?.[2] ?? '') &&
        !isDeterminer(/^\S+/u.exec(complement?.[2] ?? '')?.[0] ?? '')
      )
        return null;
      const thing = complement?.[2] ? phraseAfter(pastFigure(complement[2])) : '';
      if (!thing || TIME_NOUN.test(thing) || thing.split(' ').length > MAX_RECIPIENT_WORDS)
        return null;
      // "sold 9,000 in its opening two years": a phrase cut by a number is no recipient.
      const said = complement?.[2] ?? '';
      const at = said.indexOf(thing);
      if (at >= 0 && /^\s+\d/u.test(said.slice(at + thing.length))) return null;
      // "granted £40 million to ports in the Harbour Act": the named law or plan it went by.
      const named = at >= 0 ? NAMED_AFTER.exec(said.slice(at + thing.length)) : null;
      const by = named?.[2] && !MONTH_WORD.test(named[2]) ? ` ${named[1]} ${named[2]}` : '';
      const written = subjectVerbAsWritten(ctx.before, agent, ctx.category === 'duration');
      const label = written
        ? `${timeWord(ctx.category)} ${written} ${complement?.[1]} ${thing}`
        : `${timeWord(ctx.category)} ${participle(agent.verb)} by ${agent.subject} ${complement?.[1]} ${thing}`;
      return by && `${label}${by}`.split(' ').length <= MAX_NAMED_LABEL_WORDS
        ? `${label}${by}`
        : label;
    },
  },
  {
    // "The giant took 104 days": what the subject did. A duration across a comma is not ("Shares
    // fell 11%, their worst day in more than two years"), and a time word is never the subject
    // ("The coach who ran the program at the time now earns …").
    name: 'verb-by-subject',
    example: {
      sentence: 'The ferry company carried 2.5 million tonnes last year.',
      figure: '2.5 million tonnes',
      measures: 'weight the ferry company carried last year',
    },
    apply: (ctx) => {
      const agent = ctx.agent();
      // "took away 30 scholarships over three years": a duration after the verb's own object is
      // the time of the whole clause, not what the subject took.
      if (ctx.category === 'duration' && /\d/u.test(agent?.between ?? '')) return null;
      // "Temperatures hovered near 40 degrees": an unlisted verb may take no object at all.
      if (agent?.unlisted) return null;
      if (!agent?.subject || !agentReaches(agent, ctx.category) || TIME_NOUN.test(agent.subject))
        return null;
      const written = subjectVerbAsWritten(ctx.before, agent, ctx.category === 'duration');
      // "Lima, who has run the route for 11 years": a time away from its subject keeps the
      // verb as written and its object ("time Lima has run route").
      const verbAt = ctx.before.length - agent.between.length;
      const aux = /(?:^|\s)((?:has|have|had)\s+(?:been\s+)?)$/u.exec(ctx.before.slice(0, verbAt));
      const verb = /^\p{Ll}+/u.exec(agent.between)?.[0] ?? '';
      const kept =
        (!written || agent.relative) &&
        ctx.category === 'duration' &&
        agent.object &&
        verb &&
        !/ing$/u.test(verb)
          ? `time ${agent.subject} ${aux?.[1] ?? ''}${verb} ${agent.object}`
          : '';
      const label =
        kept ||
        (written
          ? `${timeWord(ctx.category)} ${written}`
          : `${timeWord(ctx.category)} ${participle(agent.verb)} by ${agent.subject}`);
      // "spend two years adjusting to the rules", "takes twenty minutes to solve": what the
      // time or money went on, said right after the figure.
      // "has earned $90m worldwide": a place adverb right after the figure says where.
      const then = continuation(ctx.right) || (PLACE_ADVERB.exec(ctx.right)?.[1] ?? '');
      return then && label.split(' ').length + then.split(' ').length <= MAX_LABEL_WORDS
        ? `${label} ${then}`
        : label;
    },
  },
  {
    // "movies can be bought for $2": a passive verb's subject is what the figure is for.
    name: 'passive-for',
    example: {
      sentence: 'Old bicycles can be bought for $40 at the depot.',
      figure: '$40',
      measures: 'amount for Old bicycles',
    },
    apply: (ctx) => {
      const agent = ctx.agent();
      return agent?.passive && agent.object ? `${ctx.category} for ${agent.object}` : null;
    },
  },
  {
    // No subject: the verb and its object ("Cutting fares 8% won votes" → "cut in fares"; a
    // duration reads "time opened files"; "costing the depot $40" → "cost to depot"); pronouns,
    // contractions and time adverbs are not what was measured ("selling itself").
    name: 'verb-object',
    example: {
      sentence: 'Cutting fares 8% won votes.',
      figure: '8%',
      measures: 'cut in fares',
    },
    apply: (ctx) => {
      const agent = ctx.agent();
      // An adverb alone ("taken exactly") is no object.
      if (
        !agent?.object ||
        agent.unlisted ||
        !agentReaches(agent, ctx.category) ||
        JUNK_OBJECT.test(agent.object) ||
        /^\p{Ll}+ly$/u.test(agent.object)
      )
        return null;
      if (ctx.category === 'duration') return `time ${participle(agent.verb)} ${agent.object}`;
      if (agent.verb === 'cost') return `cost to ${agent.object}`;
      // "defrauding more than 2,000 pensioners out of £45m": an object that opens on another
      // figure's qualifier names nothing; the verb alone says what was done.
      if (/^(?:more|less|fewer|over|under|nearly|almost|about|some|up)$/u.test(agent.object))
        return `${ctx.category} ${participle(agent.verb)}`;
      // "cut fares 8%": the change is named after its verb ("cut", "raise"), not its direction.
      if (changeNoun(agent.verb)) return `${verbNoun(agent.verb)} in ${agent.object}`;
      return `${ctx.category} ${participle(agent.verb)} for ${agent.object}`;
    },
  },
];
