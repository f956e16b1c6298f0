/**
 * What a count measures when the figure has a counted noun ("five insiders", "3,000 homes"):
 * the noun, said more precisely when the sentence says which ones. Ordered; first answer wins.
 */
import {
  DATE_OBJECT_WORDS,
  FIGURE_FUNCTION_WORDS,
  LEADING_TIME_DETERMINERS,
  LEADING_TIME_NOUNS,
  LEADING_TIME_WORDS,
  POST_MODIFIERS,
} from '../lexicon/figure-words';
import { MONTH_NAMES, WEEKDAYS } from '../lexicon/time';
import { alternation } from '../lexicon/words';
import { COUNTED_CLAUSE_RULES } from './counted-clause-rules';
import { COUNTED_VERB_RULES } from './counted-verb-rules';
import { type MeasureContext, type MeasureRule, NOT_ENGLISH, whenOf } from './describe';
import { COUNTED_FRAME_RULES } from './frame-rules';
import { COUNTED_GIST_RULES } from './gist-rules';
import { FUNCTION_WORDS, isInflectedVerb, objectPhrase, verbBase, wordsOf } from './grammar';
import { unitCategory } from './patterns';

/** Longest `measures` phrase built from a counted noun and its post-modifier (unit: words). */
const MAX_MEASURE_WORDS = 8;
/** Most words of a subject count's predicate kept ("troops still deployed in the region") (unit: words). */
const MAX_PREDICATE_WORDS = 7;
/** Auxiliaries and adverbs dropped at the start of a predicate ("are still fighting" → "still fighting"). */
const AUXILIARIES: ReadonlySet<string> = new Set(
  'are is was were will would could should may might have has had been be being do did'.split(' '),
);
/** Words a predicate never ends on: function words, adverbs of degree, abbreviations cut short. */
const PREDICATE_END = new RegExp(
  `^(?:${FIGURE_FUNCTION_WORDS.join('|')}|nearly|almost|about|just|only|very|[A-Z]\\.?)$`,
  'iu',
);
/** "the drought, which has emptied …", "of ferry spending, which has kept …": the head and the clause to the figure. */
const RELATIVE_HEAD = /(?:^|\s)(the|a|an|this|its|of)\s+([\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)$/iu;
/** ", which has emptied …" up to the figure: the relative clause after its head. */
const RELATIVE_CLAUSE = /,\s+(?:which|that)\s([^,;:]*)$/iu;
/** An adverbial between commas inside a relative clause ("which has, in turn, kept"). */
const RELATIVE_ADVERBIAL = /,\s+(?:in turn|however|too|also|though|in fact|so far|of course),/gu;
/** A name before an aside that renames it, the aside running to the relative head ("Kent, another county held by"). */
const RENAMED_BY_ASIDE =
  /(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}),\s+(?:another|one|a|an)\s[^,;:]*$/u;
/** Adverbs left out of a relative clause's verb group ("also will lose" → "will lose"). */
const CLAUSE_ADVERB = /^(?:also|still|now|then|already|just|again|since)$/u;
/** Most words of a relative clause's verb group ("would have emptied") (unit: words). */
const MAX_RELATIVE_VERB_WORDS = 4;
/** Longest "of X" complement kept after a counted noun (unit: words). */
const MAX_COMPLEMENT_WORDS = 3;
const POST_MODIFIER = new RegExp(`^\\s+(${alternation(POST_MODIFIERS)})\\s+([^,.;:—–()“”"]+)`, 'u');
const DATE_OBJECT = new RegExp(`^(?:${alternation(DATE_OBJECT_WORDS)})\\b`, 'iu');
/**
 * A time phrase that may open a clause before its subject: "each year", "last month", "in 2019",
 * "on Monday", "today" (a whole clause head, nothing else).
 */
const LEADING_TIME = new RegExp(
  `^(?:(?:${alternation(LEADING_TIME_DETERMINERS)})\\s+(?:${alternation(LEADING_TIME_NOUNS)})|(?:in|since|by)\\s+(?:\\d{4}|${alternation(MONTH_NAMES)})|on\\s+(?:${alternation(WEEKDAYS)})|${alternation(LEADING_TIME_WORDS)})$`,
  'iu',
);

/**
 * The clause head before a figure: the text after the last punctuation, joining word or
 * subordinator ("after two ministers resigned"), without a leading "all" ("all 130 engineers").
 */
const clauseHead = (before: string): string =>
  (
    before
      .split(
        /[,;:—–(“"]|\b(?:and|but|while|as|after|before|when|because|if|since|until|although|though|whether)\s/u,
      )
      .at(-1) ?? ''
  )
    .trim()
    .replace(/^(?:all|only|just)$/iu, '');

/** An aside between two dashes right after the count ("—Lima, Pinto and Reyes—", "-- … --"). */
const DASH_ASIDE = /^\s*(?:--|[—–])[^—–]*?(?:--|[—–])(?=\s*\p{Ll})/u;

/** Most words of a second subject joined to the count by "and" ("and a half-dozen site managers") (unit: words). */
const MAX_JOINED_SUBJECT_WORDS = 5;

/**
 * The text from the verb on when a second subject is joined to the count by "and" ("and two
 * site managers walked out" → " walked out"): lower-case words to a plural noun, then a past
 * form or an auxiliary (a form in -s could be a plural noun); else null.
 */
function afterJoinedSubject(right: string): string | null {
  const joined = /^\s*and\s+/u.exec(right);
  if (!joined) return null;
  const rest = right.slice(joined[0].length);
  const words = wordsOf(rest).slice(0, MAX_JOINED_SUBJECT_WORDS + 1);
  for (let i = 1; i < words.length; i++) {
    const text = (words[i] as { text: string }).text;
    // Only after a plural noun ("porters walked"), so "a dozen retired teachers" is no verb.
    const isVerb =
      /s$/u.test((words[i - 1] as { text: string }).text) &&
      (AUXILIARIES.has(text) ||
        /ed$/u.test(text) ||
        (isInflectedVerb(text) && !/(?:s|ing)$/u.test(text)));
    if (isVerb) {
      const subject = words.slice(0, i).map((w) => w.text);
      const nouns = subject.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
      return subject.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w)) && nouns.length > 0
        ? rest.slice((words[i] as { start: number }).start - 1)
        : null;
    }
  }
  return null;
}

/** What a subject count does, up to the end of its clause ("are still fighting in the hills"), or null. */
function subjectPredicate(ctx: MeasureContext, joined = false): string | null {
  const words: string[] = [];
  // "three board members — Lima, Pinto and Reyes — dissented": the predicate is after the aside.
  const unaside = ctx.right.replace(DASH_ASIDE, ' ');
  const right = joined ? afterJoinedSubject(unaside) : unaside;
  if (right === null) return null;
  for (const { text } of wordsOf(right)) {
    if (/^[,;:()—–-]$/u.test(text) || /^(?:that|which|who|because|while|when)$/iu.test(text)) break;
    // "households pay $74 billion to …": another figure ends what the predicate says whole.
    if (/^\d/u.test(text)) break;
    words.push(text);
  }
  while (words.length > 0 && AUXILIARIES.has(words[0]?.toLowerCase() ?? '')) words.shift();
  const first = words[0] ?? '';
  // A verb form after the noun ("flew", "are fighting", "showed up"), not a preposition.
  if (!first || FUNCTION_WORDS.has(first.toLowerCase()) || !/^\p{Ll}/u.test(first)) return null;
  const predicate = words.slice(0, MAX_PREDICATE_WORDS);
  while (predicate.length > 0 && PREDICATE_END.test(predicate.at(-1) ?? '')) predicate.pop();
  return predicate.length > 0 ? `${ctx.countedNoun} ${predicate.join(' ')}` : null;
}

/** "18 players (": the counted noun phrase of a count whose breakdown opens in parentheses. */
const NOT_WHOLE = /\b(?:percent|per cent|points?|hundred|thousand|million|billion|trillion)\b/u;
const BREAKDOWN_PARENT = /\d[\d,]*\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s*\([^()]*$/u;

/** The rules for counts, in order. */
export const COUNTED_RULES: readonly MeasureRule[] = [
  NOT_ENGLISH,
  {
    // "9 devices (7 phones plus two hubs) per flat": a count in parentheses breaks down the
    // count before it; alone it read as "phones plus two hubs" (or the bare noun, for a second).
    name: 'counted-breakdown',
    example: {
      sentence: 'The club fields 18 players (11 forwards and seven defenders) per match.',
      figure: '11 forwards',
      measures: 'forwards among players per match',
    },
    apply: (ctx) => {
      const parent = BREAKDOWN_PARENT.exec(ctx.before)?.[1];
      // "40 percent (about 3,000 voters)", "12 miles (…)": a share or a unit is no counted whole.
      if (!parent || !ctx.countedNoun || NOT_WHOLE.test(parent) || unitCategory(`1 ${parent}`))
        return null;
      const per = /^[^()]*\)\s*(per\s+[\p{L}-]+)/u.exec(ctx.right)?.[1];
      return `${ctx.countedNoun} among ${parent}${per ? ` ${per}` : ''}`;
    },
  },
  {
    // A short "of" complement says of what: "12 acres of farmland" (tests/unit/figures.test.ts).
    name: 'counted-of-complement',
    example: {
      sentence: 'The storm flattened 40 barns of the valley co-op on Sunday.',
      figure: '40 barns',
      measures: 'barns of valley co-op',
    },
    apply: (ctx) => {
      const complement = ctx.ofComplement();
      return complement && complement.split(' ').length <= MAX_COMPLEMENT_WORDS
        ? `${ctx.countedNoun} of ${complement}`
        : null;
    },
  },
  {
    // A post-modifier says which ones: "five insiders familiar with Kremlin’s stance"; a date
    // after it ("in October") is when, not which.
    name: 'counted-post-modifier',
    example: {
      sentence: 'The plan was described by three engineers familiar with the design.',
      figure: 'three engineers',
      measures: 'engineers familiar with the design',
    },
    apply: (ctx) => {
      const post = POST_MODIFIER.exec(ctx.right);
      const object = post?.[2] ? objectPhrase(post[2]) : '';
      const candidate = object ? `${ctx.countedNoun} ${post?.[1]} ${object}` : '';
      // "drew 2 million users in its first week": a time, which applyRules adds, not which ones.
      return candidate &&
        !DATE_OBJECT.test(object) &&
        !whenOf(ctx.right) &&
        candidate.split(' ').length <= MAX_MEASURE_WORDS
        ? candidate
        : null;
    },
  },
  {
    // The head a relative clause hangs on, and what it did when the clause is its verb: "the
    // drought, which has emptied 300 reservoirs" → "reservoirs the drought has emptied"; "a level
    // of ferry spending, which has, in turn, kept 900 jobs" → "jobs ferry spending has kept";
    // past an aside that renames a name ("Kent, another county held by the party, which will
    // lose two seats" → "seats Kent will lose"); else "deaths in the war".
    name: 'counted-relative-clause-head',
    example: {
      sentence: 'Officials said the drought, which has emptied 300 reservoirs, is not over.',
      figure: '300 reservoirs',
      measures: 'reservoirs the drought has emptied',
    },
    apply: (ctx) => {
      const before = ctx.before.replace(RELATIVE_ADVERBIAL, '');
      const relative = RELATIVE_CLAUSE.exec(before);
      if (!relative) return null;
      const clause = relative[1] ?? '';
      const headed = before.slice(0, relative.index);
      const [, opener = '', head = ''] = RELATIVE_HEAD.exec(headed) ?? [];
      // "Kent, another county held by the party, which": the aside renames the name before it.
      const renamed = RENAMED_BY_ASIDE.exec(headed)?.[1];
      if (!renamed && (!head || FUNCTION_WORDS.has(head.toLowerCase()))) return null;
      // "which opened in 1990 and sold 400 tickets": the verb after the last "and" is the figure's.
      const verbs = (clause.split(/\s+and\s+/u).at(-1) ?? '')
        .trim()
        .split(/\s+/u)
        .filter((w) => !CLAUSE_ADVERB.test(w));
      const last = verbs.at(-1) ?? '';
      const isVerbGroup =
        verbs.length > 0 &&
        verbs.length <= MAX_RELATIVE_VERB_WORDS &&
        verbs.every((w) => /^\p{Ll}+$/u.test(w)) &&
        verbs.slice(0, -1).every((w) => AUXILIARIES.has(w)) &&
        (verbBase(last) !== null || /ed$/u.test(last));
      if (!isVerbGroup) {
        if (!renamed && !/^(?:the|a|an|this|its)$/iu.test(opener)) return null;
        return `${ctx.countedNoun} in ${renamed ?? `the ${head}`}`;
      }
      // "a campaign, which displaced 300 families" → "families the campaign displaced".
      const determiner =
        renamed || /^of$/iu.test(opener) ? '' : /^its$/iu.test(opener) ? 'its ' : 'the ';
      return `${ctx.countedNoun} ${determiner}${renamed ?? head} ${verbs.join(' ')}`;
    },
  },
  {
    // A count that opens its clause is its subject; what it does says which ones: "20,000
    // troops are still deployed in the region" → "troops still deployed in the region".
    name: 'counted-subject-predicate',
    example: {
      sentence: 'Last winter, 300 volunteers were clearing snow from the mountain roads.',
      figure: '300 volunteers',
      measures: 'volunteers clearing snow from the mountain roads last winter',
    },
    apply: (ctx) => (clauseHead(ctx.before) === '' ? subjectPredicate(ctx) : null),
  },
  {
    // A second subject joined by "and" shares the verb: "40 nurses and a dozen porters walked
    // out" → "nurses walked out" (the label keeps the count's own noun).
    name: 'counted-subject-joined',
    example: {
      sentence: 'At noon, 40 nurses and a dozen hospital porters walked out of the ward.',
      figure: '40 nurses',
      measures: 'nurses walked out of the ward',
    },
    apply: (ctx) => (clauseHead(ctx.before) === '' ? subjectPredicate(ctx, true) : null),
  },
  {
    // A time phrase may open the clause before its subject count: "Each year 40 million anglers
    // buy licences" is still the anglers' clause.
    name: 'counted-subject-after-time',
    example: {
      sentence: 'Every spring 4,000 cranes stop at the lake near the dam.',
      figure: '4,000 cranes',
      measures: 'cranes stop at the lake near the dam',
    },
    apply: (ctx) => (LEADING_TIME.test(clauseHead(ctx.before)) ? subjectPredicate(ctx) : null),
  },
  // Hook (owned by the measures work): the count as its verb's object, in counted-verb-rules.ts.
  ...COUNTED_VERB_RULES,
  ...COUNTED_FRAME_RULES,
  // The count as the agent of a passive, in gist-rules.ts.
  ...COUNTED_GIST_RULES,
  // The counted noun with the clause it stands in, in counted-clause-rules.ts.
  ...COUNTED_CLAUSE_RULES,
  {
    // Otherwise the counted noun alone: "24 police officers" → "police officers".
    name: 'counted-noun',
    example: {
      sentence: 'Of the 900 young oaks, a third were lost to the drought.',
      figure: '900 young oaks',
      measures: 'young oaks',
    },
    apply: (ctx) => ctx.countedNoun,
  },
];
