/**
 * Speaker coverage rows for the agent of a passive naming verb (issue 11, missing speakers):
 * "has been called “a quiet revolution” by Tomas Berg", "— often labeled a “witch hunt” by
 * critics —", "… “reckless” – as described by Police Chief Ana Lima –". The words are the
 * agent's: the one who called the thing by the quoted name. Also a document whose finding the
 * quote gives, however its name is written ("a 2014 Harbour Committee report found “…”").
 * Composed into `COVERAGE_RULES` (./coverage.ts); each row has its own invented example.
 */
import { maskQuotations } from '../attribution';
import { describe } from '../entity-mentions';
import { DOCUMENT_HEADS } from '../lexicon';
import type { QuoteSite, SpeakerAttribution, SpeakerContext } from './context';
import { at } from './coverage-lead';
import { fromPhrase } from './phrase';
import type { SpeakerRule } from './rules';

/** Participles that name a thing by the quoted words ("called", "labeled as a"). */
const NAMING_PARTICIPLES =
  'called|dubbed|labeled|labelled|branded|termed|described|characterized|characterised|derided|hailed|deemed';

/**
 * A lead ending in a passive naming participle: after a form of "be", an adverb, a comma or a
 * dash ("has been called", "— often labeled as a"), never after its own subject ("Lima called
 * the plan"), optionally with "as" and an article.
 */
const PASSIVE_NAMING_LEAD = new RegExp(
  `(?:\\b(?:is|are|was|were|be|been|being|often|widely|long|once|also|repeatedly|sometimes)|[,—–-])\\s+(?:${NAMING_PARTICIPLES})(?:\\s+as)?(?:\\s+(?:a|an|the))?\\s*$`,
  'u',
);

/** The agent phrase: up to a comma, a dash, a colon, a full stop or a joined clause. */
const AGENT = String.raw`((?:[^\s,;:—–.]+\s+){0,6}?[^\s,;:—–.]+?)(?=\s*[,;:—–.]|\s+(?:and|but|in|on|at|during|for|who|which|because|when)\b|\s*$)`;

/** "… by Tomas Berg, a professor": "by" and its agent right after the closing mark. */
const BY_AFTER = new RegExp(String.raw`^[\s,]*by\s+${AGENT}`, 'u');

/**
 * "… “reckless” with the budget – as described by Police Chief Ana Lima –": an "as … by" phrase
 * set off by a dash or comma after the quote, with no other quote or sentence end before it.
 */
const AS_BY_AFTER = new RegExp(
  String.raw`^[^—–;.“”"]{0,100}?(?:[—–,]|\s-)\s*as\s+(?:${NAMING_PARTICIPLES}|put|noted|stated)\s+by\s+${AGENT}`,
  'u',
);

/**
 * A document, with a determiner and up to six words before its head (a year, a committee's
 * name), that found or showed the quote's words, in a clause of its own up to the quote: "A 2014
 * Harbour Committee report found “", "a 2019 Porto University paper that found wages caused “".
 */
const DOCUMENT_FOUND =
  /(?:^|[\s(])((?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{L}\d’'.-]+\s+){0,6}?([\p{Ll}]+))\s+(?:(?:that|which)\s+)?(?:also\s+)?(?:found|finds|concluded|concludes|showed|shows|determined)\b[^.;:!?“”"]{0,160}$/u;

/** The document whose finding the quote gives, or null. */
function documentFound(site: QuoteSite): SpeakerAttribution | null {
  const m = DOCUMENT_FOUND.exec(maskQuotations(site.lead));
  if (!m?.[1] || !DOCUMENT_HEADS.has(m[2] ?? '')) return null;
  return { speaker: describe(m[1]), role: null, anonymous: true };
}

/** The agent a pattern reads right after the quote, resolved as a speaker phrase. */
function agentAfter(
  ctx: SpeakerContext,
  site: QuoteSite,
  pattern: RegExp,
): SpeakerAttribution | null {
  if (site.span.pieces.length > 0) return null;
  const agent = pattern.exec(maskQuotations(site.after))?.[1];
  return agent ? fromPhrase(ctx, agent, at(site), true) : null;
}

/** Coverage rows for the agent of a passive naming verb, in the order `COVERAGE_RULES` tries them. */
export const AGENT_COVERAGE_RULES: SpeakerRule[] = [
  {
    name: 'the agent of a passive naming verb before the quote',
    example: {
      paragraphs: [
        'Tomas Berg teaches at the port college.',
        'The ferry trust’s way of moving money has been called “strategic fog” by Tomas Berg, a professor at the college, and it makes the money hard to trace.',
      ],
      speaker: 'Tomas Berg',
    },
    apply: (ctx, site) =>
      PASSIVE_NAMING_LEAD.test(maskQuotations(site.lead)) ? agentAfter(ctx, site, BY_AFTER) : null,
  },
  {
    name: 'the agent of an “as described by” phrase after the quote',
    example: {
      paragraphs: [
        'Ana Lima runs the port police.',
        'From his failure to guard the pier, to being “extremely careless” with the budget – as described by Police Chief Ana Lima – many think Berg is unfit.',
      ],
      speaker: 'Ana Lima',
    },
    // A quote closed by its own full stop ends its sentence: the next one is not about it.
    apply: (ctx, site) =>
      /[.?!…]$/u.test(site.span.text) && !/^[\s,]*[—–-]/u.test(site.after)
        ? null
        : agentAfter(ctx, site, AS_BY_AFTER),
  },
  {
    name: 'a document with a year or a body’s name before its head that found the quote',
    example: {
      paragraphs: [
        'The pier reopened on Monday.',
        'A 2014 Harbour Safety Committee report found "no sign that the pier was ever unsafe."',
      ],
      speaker: 'a 2014 Harbour Safety Committee report',
    },
    apply: (_ctx, site) => documentFound(site),
  },
];
