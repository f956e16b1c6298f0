/**
 * What a figure without a counted noun measures (money, shares, measures, bare numbers): read
 * from the words around it, then from its verb, then from the phrase before it. Ordered; the
 * first rule that answers wins. Evidence: each rule's comment; the cases in
 * tests/unit/figures.test.ts and tests/fixtures/ that each rule decides.
 */
import { CONTAINER_NOUNS, DIMENSIONS, READING_SCALES, STEADY_WORDS } from '../lexicon/figure-words';
import { SCALE_WORDS } from '../lexicon/numbers';
import { alternation } from '../lexicon/words';
import { ABBREVIATION_RULES } from './abbreviation-rules';
import { actsOnComplement, agentReaches, changeNoun, isLightVerb } from './agent';
import { AGENT_RULES } from './agent-rules';
import { subjectVerbAsWritten } from './as-written';
import { participleOwner } from './clause-frame';
import {
  AFTER_COLON,
  MEASURE_SUBJECT,
  OF_COMPLEMENT_SUBJECT,
  PLURAL_OF,
  predicateAfterRelative,
  wordsAfterComplement,
} from './clause-rules';
import { CONTACT_CLAUSE_RULES } from './contact-clause-rules';
import { nounWithClauseBefore } from './counted-clause-rules';
import { type MeasureContext, type MeasureRule, NOT_ENGLISH, pastFigure, whenOf } from './describe';
import { measuredOwner } from './dimension-owner';
import { DURATION_RULES } from './duration-rules';
import { FALLBACK_RULES } from './fallback-rules';
import { FORECAST_RULES } from './forecast-rules';
import {
  DURATION_FRAME_RULES,
  OBJECT_FRAME_RULES,
  OF_FRAME_RULES,
  SHARE_FRAME_RULES,
} from './frame-rules';
import { GIST_RULES } from './gist-rules';
import {
  FUNCTION_WORDS,
  isInflectedVerb,
  nounLike,
  participle,
  phraseAfter,
  phraseBefore,
  relativeAfter,
  verbBase,
  wordsOf,
} from './grammar';
import { LEVEL_OBJECT_RULES } from './level-object-rules';
import { LIST_RULES } from './list-rules';
import { MONEY_WHERE_RULES } from './money-where-rules';
import { clauseName, nounAfter, nounPhraseAfter } from './noun-after';
import { OPINION_RULES } from './opinion-rules';
import { PART_OF_WHOLE_RULES } from './part-of-whole-rules';
import { PURPOSE_RULES } from './purpose-rules';
import { QUALIFIED_NOUN } from './qualified-rules';
import { RATIO_RULES } from './ratio-rules';
import { SCORE_RULES } from './score-rules';
import { SHAPE_RULES } from './shape-rules';
import { SPAN_RULES } from './span-rules';
import { WITH_RULES } from './with-rules';

const CONTAINERS: ReadonlySet<string> = new Set(CONTAINER_NOUNS);
const LEADING_SCALE = new RegExp(`^(?:${alternation(SCALE_WORDS)})\\s+(?:of\\s+)?`, 'u');
const DIMENSION = new RegExp(`^\\s+(${alternation(Object.keys(DIMENSIONS))})\\b`, 'u');
const IN_DIMENSION = /^\s+in\s+(length|width|depth|height|diameter|thickness)\b/u;
const READING_SCALE = new RegExp(`\\b(${alternation(READING_SCALES)})[\\s-]*$`, 'iu');
/** Prepositions whose phrase after an "of" complement says which part ("service to the club"). */
const COMPLEMENT_PREPOSITION = /^(?:to|in|on|at|for|into|across)$/u;
/** Most words kept of that phrase (unit: words). */
const MAX_TAIL_WORDS = 4;
const STEADY_AT_END = new RegExp(`\\s+(?:${alternation(STEADY_WORDS)})$`, 'u');

/** What money is in: "$3 billion in emergency loans" → "emergency loans", or null. */
function moneyIn(ctx: MeasureContext): string | null {
  // "made $4m in its first year": a time, not what the money is.
  if (ctx.kind !== 'money' || whenOf(ctx.right)) return null;
  // "in additional annual, recurring revenue": a comma between two adjectives stays inside.
  const right = ctx.right.replace(
    /(\p{Ll}+(?:al|ic|ive|ous|ful|ary|ent|ant)),\s+(?=\p{Ll})/gu,
    '$1 ',
  );
  const inPhrase = /^\s+in\s+([^,.;]+)/.exec(right);
  const phrase = inPhrase ? phraseAfter(inPhrase[1] ?? '') : '';
  return phrase || null;
}

/** The rules for figures without a counted noun, in order: the words around the figure first. */
export const MEASURE_RULES: readonly MeasureRule[] = [
  NOT_ENGLISH,
  ...ABBREVIATION_RULES,
  ...RATIO_RULES,
  ...SHAPE_RULES,
  ...SCORE_RULES,
  {
    // "cargo worth $80 billion", "a deal valued at $2 billion": the value of what comes before.
    name: 'worth',
    example: {
      sentence: 'The port handled cargo worth $80 billion last year.',
      figure: '$80 billion',
      measures: 'value of cargo last year',
    },
    apply: (ctx) => {
      if (!/\b(?:worth|valued at)\s*$/u.test(ctx.before)) return null;
      const owner = phraseBefore(wordsOf(ctx.before.replace(/\s*\b(?:worth|valued at)\s*$/u, '')))
        .replace(LEADING_SCALE, '')
        .split(' ');
      // Only the noun phrase after the clause's verb: "The port handled cargo" → "cargo".
      const verbAt = owner.findLastIndex(
        (w) => /^\p{Ll}/u.test(w) && (/ed$/u.test(w) || verbBase(w)),
      );
      const thing = owner.slice(verbAt + 1).join(' ');
      return thing ? `value of ${thing}` : null;
    },
  },
  {
    // "a crack about 30 inches long", "a pit 12 feet deep": the dimension of the noun before.
    name: 'dimension',
    example: {
      sentence: 'Crews found a crack about 30 inches long in the dam.',
      figure: 'about 30 inches',
      measures: 'length of crack',
    },
    apply: (ctx) => {
      // "measures 30 inches in width": the dimension named as a noun.
      const named = IN_DIMENSION.exec(ctx.right)?.[1];
      const dimension = DIMENSION.exec(ctx.right)?.[1] ?? named;
      if (!dimension || (ctx.category !== 'distance' && ctx.category !== 'length')) return null;
      const thing =
        /(?:a|an|the|its|their)\s+([\p{Ll}-]+)\s+(?:about|nearly|almost|some|roughly|around)?\s*$/u.exec(
          ctx.before,
        )?.[1];
      const noun = named ?? DIMENSIONS[dimension] ?? 'size';
      if (thing && !FUNCTION_WORDS.has(thing)) return `${noun} of ${thing}`;
      // "A ferry line between two towns, 40 km long": the phrase the aside follows.
      const aside = /,\s*$/u.test(ctx.before) ? clauseName(ctx.before.replace(/,\s*$/u, '')) : '';
      // "The lighthouse stands 40 feet tall"; "the tower is the city's tallest, rising to 90
      // feet high": the subject of the verb, or of the clause a participle after a comma follows.
      const owner =
        aside || ctx.agent()?.subject || participleOwner(ctx.before) || measuredOwner(ctx.before);
      return owner ? `${noun} of ${owner}` : named ? null : noun;
    },
  },
  {
    // "as far as 80 miles away in the capital": how far, and to where, when no noun before the
    // figure says what is away ("ships 400 miles away" is span-rules' distance-away).
    name: 'distance-to-place',
    example: {
      sentence: 'Ash fell as far as 60 miles away in the port city.',
      figure: '60 miles',
      measures: 'distance to port city',
    },
    apply: (ctx) => {
      if (ctx.category !== 'distance' && ctx.category !== 'length') return null;
      const away = /^\s+(?:away\s+)?(in|from|at|to)\s+(.*)/u.exec(ctx.right);
      if (!away?.[2] || !/^\s+away\b|^\s+from\b/u.test(ctx.right)) return null;
      if (!FUNCTION_WORDS.has(ctx.lastWord) && ctx.lastWord !== 'far') return null;
      const place = phraseAfter(away[2]);
      return place ? `distance ${away[1] === 'from' ? 'from' : 'to'} ${place}` : null;
    },
  },
  ...SPAN_RULES,
  {
    // "the 300-foot Mariner": a unit made an adjective sizes the name after it.
    name: 'sized-name',
    example: {
      sentence: 'The 300-foot Mariner docked at dawn.',
      figure: '300-foot',
      measures: 'length of Mariner',
    },
    apply: (ctx) => {
      if (!/-\p{Ll}+$/u.test(ctx.bareValue) || ctx.category === 'number') return null;
      const name = /^\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})/u.exec(ctx.right)?.[1];
      return name ? `${ctx.category} of ${name}` : null;
    },
  },
  {
    // "a magnitude 4.8 earthquake", "a Category 4 hurricane": the scale the number is read on.
    name: 'reading-scale',
    example: {
      sentence: 'A magnitude 4.8 earthquake shook the coast on Tuesday.',
      figure: '4.8',
      measures: 'magnitude of earthquake',
    },
    apply: (ctx) => {
      const scale = READING_SCALE.exec(ctx.before)?.[1];
      const scaled = /^\s+([\p{Ll}-]+)/u.exec(ctx.right)?.[1];
      return scale && scaled && !FUNCTION_WORDS.has(scaled) && !verbBase(scaled)
        ? `${scale.toLowerCase()} of ${scaled}`
        : null;
    },
  },
  {
    // "held its benchmark rate steady in a range of 5.25%-5.50%": the verb's object is measured.
    name: 'range-of-object',
    example: {
      sentence:
        'The central bank kept its lending rate steady in a range of 4.25%-4.50% on Wednesday.',
      figure: '4.25%-4.50%',
      measures: 'lending rate',
    },
    apply: (ctx) => {
      const object = ctx.agent()?.object;
      return /\b(?:in|within|at)\s+(?:a|the)\s+(?:range|level|rate)\s+of\s*$/u.test(ctx.before) &&
        object
        ? object.replace(STEADY_AT_END, '')
        : null;
    },
  },
  {
    // "shaved 34 seconds off the previous mark": the verb and its particle say what changed.
    name: 'verb-particle',
    example: {
      sentence: 'The new engine shaved 12 minutes off the trip to the island.',
      figure: '12 minutes',
      measures: 'duration the new engine shaved off trip',
    },
    apply: (ctx) => {
      const agent = ctx.agent();
      const particle = /^\s+(off|from)\s+(.*)/u.exec(ctx.right);
      if (!agent || !particle?.[2] || isLightVerb(agent.verb) || agent.verb === 'have') return null;
      const target = phraseAfter(particle[2]);
      // "The ferry firm got just $9,000 from the city": who did it, as written.
      const written = subjectVerbAsWritten(ctx.before, agent, ctx.category === 'duration');
      const done = written ?? participle(agent.verb);
      return target ? `${ctx.category} ${done} ${particle[1]} ${target}` : null;
    },
  },
  ...OPINION_RULES,
  OF_COMPLEMENT_SUBJECT,
  MEASURE_SUBJECT,
  ...SHARE_FRAME_RULES,
  ...OF_FRAME_RULES,
  {
    // "13 years of service to the club", "a third of the land in the valley": the complement's own
    // prepositional phrase says which, and who acted on it.
    name: 'of-complement-prepositional',
    example: {
      sentence: 'The keeper gave 14 years of service to the harbour club.',
      figure: '14 years',
      measures: 'duration of service to harbour club given by keeper',
    },
    apply: (ctx) => {
      const complement = ctx.ofComplement();
      if (!complement) return null;
      const rest = wordsAfterComplement(ctx.right, complement);
      const preposition = rest[0] ?? '';
      if (!COMPLEMENT_PREPOSITION.test(preposition)) return null;
      const tail = phraseAfter(rest.slice(1).join(' '))
        .split(' ')
        .slice(0, MAX_TAIL_WORDS)
        .join(' ');
      // "with only 5 litres": an adverb before another figure names nothing.
      const last = tail.split(' ').at(-1) ?? '';
      if (!tail || !nounLike(last) || /^(?:just|even|still|also|now)$/iu.test(last)) return null;
      const base = `${ctx.category} of ${complement} ${preposition} ${tail}`;
      const agent = ctx.agent();
      if (agent?.subject && actsOnComplement(agent) && agentReaches(agent, ctx.category))
        return `${base} ${participle(agent.verb)} by ${agent.subject}`;
      return base;
    },
  },
  {
    // "18% of Ukraine", "a fine of 4% of turnover … imposed by the regulator": complement, actor.
    name: 'of-complement',
    example: {
      sentence: 'Rebel forces control 40% of the northern province.',
      figure: '40%',
      measures: 'share of northern province controlled by Rebel forces',
    },
    apply: (ctx) => {
      const complement = ctx.ofComplement();
      if (!complement) return null;
      const base = `${ctx.category} of ${complement}`;
      // "70% of the oil that reached the shore": the relative clause says which.
      const relative = relativeAfter(wordsAfterComplement(ctx.right, complement).join(' '));
      // "… that was stored is now spoiled": what the share does, after its relative clause.
      const then = relative
        ? predicateAfterRelative(ctx.before, ctx.right, complement, relative)
        : '';
      if (relative) return then ? `${base} ${relative} ${then}` : `${base} ${relative}`;
      const agent = ctx.agent();
      if (agent?.subject && actsOnComplement(agent) && agentReaches(agent, ctx.category))
        return `${base} ${participle(agent.verb)} by ${agent.subject}`;
      return base;
    },
  },
  {
    // "the $1 billion figure": a container noun after the figure says nothing; the figure
    // before it of the same kind does.
    name: 'container-after-takes-previous',
    example: {
      sentence:
        'The city borrowed $2 billion, and the $1 billion figure, officials said, covers bridges.',
      figure: '$1 billion',
      measures: 'amount the city borrowed',
    },
    apply: (ctx) => {
      const noun1 = nounAfter(ctx)?.[1] ?? '';
      return ctx.previous &&
        CONTAINERS.has(noun1) &&
        !/^\s+\S+\s+[a-z]/u.test(ctx.right.replace(/^\s+\S+[,.;].*$/u, ''))
        ? ctx.previous
        : null;
    },
  },
  ...WITH_RULES,
  {
    // A noun right after the figure: "$412 million budget", "1.6-mile span", "budget gap in the
    // city". Two nouns then "in/on/of" keep the phrase; one noun keeps only itself.
    name: 'noun-after',
    example: {
      sentence: 'The council found a $412 million budget gap in the city.',
      figure: '$412 million',
      measures: 'budget gap in city',
    },
    apply: (ctx) => {
      const after = nounAfter(ctx);
      const noun1 = after?.[1] ?? '';
      if (!after || !noun1 || !nounLike(noun1) || isInflectedVerb(noun1)) return null;
      return nounPhraseAfter(ctx, after);
    },
  },
  PLURAL_OF,
  {
    // "a rise of 4% in rents", "a cut of 10% in heating aid": a change noun the figure sizes, and
    // what it is in (the noun alone says only which way).
    name: 'change-of-in',
    example: {
      sentence: 'Tenants in the valley faced a rise of 6% in bus fares.',
      figure: '6%',
      measures: 'rise in bus fares',
    },
    apply: (ctx) => {
      const noun = /\b(\p{Ll}+)\s+of\s*$/u.exec(ctx.before)?.[1] ?? '';
      if (!noun || !changeNoun(noun) || !nounLike(noun)) return null;
      const what = /^\s+in\s+(.*)/u.exec(ctx.right)?.[1];
      const thing = what ? phraseAfter(pastFigure(what)) : '';
      // "a drop of 5% in October": a time is when, not what changed.
      return thing && /^\p{Ll}/u.test(thing) && !whenOf(ctx.right) ? `${noun} in ${thing}` : null;
    },
  },
  ...LEVEL_OBJECT_RULES,
  QUALIFIED_NOUN,
  ...MONEY_WHERE_RULES,
  {
    // "handed out $3 billion in emergency loans": money in a thing, and who did what with it.
    name: 'money-in-clause',
    example: {
      sentence: 'The fund handed out $3 billion in emergency loans.',
      figure: '$3 billion',
      measures: 'emergency loans the fund handed out',
    },
    apply: (ctx) => {
      const phrase = moneyIn(ctx);
      // "took $40m in Canada": money in a place is where it was made; moneyIn says that alone.
      return phrase && /^\p{Ll}/u.test(phrase) ? nounWithClauseBefore(phrase, ctx.before) : null;
    },
  },
  {
    // "$3 billion in loans": money in a thing.
    name: 'money-in',
    example: {
      sentence: 'With $3 billion in emergency loans, the fund is the largest lender.',
      figure: '$3 billion',
      measures: 'emergency loans',
    },
    apply: moneyIn,
  },
  AFTER_COLON,
  ...LIST_RULES,
  ...PART_OF_WHOLE_RULES,
  ...FORECAST_RULES,
  ...PURPOSE_RULES,
  ...CONTACT_CLAUSE_RULES,
  ...AGENT_RULES,
  ...DURATION_FRAME_RULES,
  ...DURATION_RULES,
  {
    // "rose 5% in March; 7% in April": the previous figure of the same kind and unit, when
    // nothing around this one says more.
    name: 'previous-of-kind',
    example: {
      sentence: 'Prices rose 5% in March; 7% in April.',
      figure: '7%',
      measures: 'rise in Prices in April',
    },
    apply: (ctx) => {
      if (!ctx.previous) return null;
      // "175 billion for the old model versus 1.5 billion for the new one": whose is its own.
      const own = /^\s+for\s+(.*)/u.exec(ctx.right)?.[1];
      const whose = own ? phraseAfter(own).replace(/\s+(?:versus|vs\.?)$/u, '') : '';
      const at = ctx.previous.lastIndexOf(' for ');
      return whose && at > 0 ? `${ctx.previous.slice(0, at)} for ${whose}` : ctx.previous;
    },
  },
  ...OBJECT_FRAME_RULES,
  ...FALLBACK_RULES,
  ...GIST_RULES,
];
