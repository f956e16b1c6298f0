/**
 * Speaker rules for clauses whose speaker is not the subject nearest the quote: the object of a
 * causative verb who is made to speak ("prompted Ana Lima to state, “…”"), an owned remark that
 * is the subject of a copula ("Berg’s motto was, “…”"), and an "as X has noted" aside naming the
 * source of the clause it opens. Rows of SPEAKER_RULES.
 */
import { maskQuotationsAndAsides } from '../attribution';
import { SPEECH_VERBS } from '../lexicon';
import { tokenize } from '../tokens';
import { fromClauseSubject } from './clause';
import { POSSESSIVE_SUBJECT } from './leads';
import { fromPhrase, named } from './phrase';
import type { SpeakerRule } from './rules';

/**
 * A causative verb, its object (up to 8 words, an appositive set off by commas allowed) and a
 * speech verb after "to", ending the lead: "prompted the port board, which …, to state, ".
 */
const CAUSATIVE_LEAD =
  /\b(?:prompt(?:ed|s|ing)?|led|leads?|leading|caus(?:ed|es|ing)|forc(?:ed|es|ing)|spur(?:red|s|ring)|mov(?:ed|es|ing)|inspir(?:ed|es|ing))\s+((?:[^\s,;:]+\s+){0,7}?[^\s,;:]+)(?:\s*,[^,;:]{1,120},)?\s+to\s+(?:state|say|counter|declare|argue|write|remark|respond|reply|tweet|warn|note|insist|claim|conclude|quip|observe|comment|announce|proclaim|retort|add|exclaim)(?:\s+that)?\s*[,:]?\s*$/u;

/**
 * Remark nouns that, owned and followed by a copula, introduce what their owner said (replies,
 * answers and verdicts: RESPONSE_WAS in ./coverage-clause.ts).
 */
const OWNED_COPULA_LEAD =
  /(?:^|[\s(;])((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:dictum|motto|mantra|catch\s?phrase|refrain|slogan|message|line|argument|advice|excuse|prediction|promise|pledge|vow|warning|rallying\s+cry)\b[^,;:.!?]{0,80}?\s(?:was|is|had\s+been|has\s+been|remains|remained)\s*[,:]?\s*(?:that\s+[^,;:.!?]{0,80})?$/u;

/**
 * The last clause of a lead joined by ", and", ", but" or a semicolon after a clause of its own
 * (three lowercase words at least), opening with a capitalized subject: "…, when Lima testified
 * on the storm, and Councillor Berg kept asking her why …".
 */
const CLAUSE_JOINT = /(?:,\s+(?:and|but)|;)\s+/gu;
/** Lowercase words a clause before the joint needs (a verb and more), so a list of names is none. */
const MIN_JOINED_LOWERCASE = 3;

/** Offset where the last joined clause of a masked lead starts, or -1. */
function lastJoinedClause(masked: string): number {
  const last = [...masked.matchAll(CLAUSE_JOINT)].at(-1);
  if (last?.index === undefined) return -1;
  const start = last.index + last[0].length;
  if (!/^\p{Lu}/u.test(masked.slice(start))) return -1;
  const lower = tokenize(masked.slice(0, last.index)).filter((w) => /^\p{Ll}+$/u.test(w.text));
  return lower.length >= MIN_JOINED_LOWERCASE ? start : -1;
}

/** "As Ana Lima has pointed out, " opening a clause: the aside names its source. */
const AS_NOTED_LEAD =
  /(?:^|[;—–]\s*|,\s+)[Aa]s\s+((?:[^\s,;:]+\s+){0,6}?[^\s,;:]+)\s+(?:(?:has|had|have)\s+)?(?:(?:pointed|points|point)\s+out|noted|notes|observed|observes|argued|argues|warned|warns|written|wrote|writes|explained|explains|remarked|remarks)\s*(?:[^,;:]{0,30})?,\s*([^;:]*)$/u;

export const CLAUSE_COMPLEMENT_RULES: SpeakerRule[] = [
  {
    // "The row recalled 2013, when Lima testified, and Councillor Berg kept asking her why the
    // board blamed “freak” tides": the subject of the last joined clause is nearer the quote
    // than the sentence's or the subordinate clause's.
    name: 'the subject of the last clause joined by “, and” or a semicolon',
    example: {
      paragraphs: [
        'The row recalled one from 2013, when Ana Lima first testified on the storm, and Councillor Tomas Berg kept asking her why the board had tied the flooding to “freak” tides rather than to neglect.',
      ],
      speaker: 'Tomas Berg',
    },
    apply: (ctx, site) => {
      const start = lastJoinedClause(maskQuotationsAndAsides(site.lead));
      if (start < 0) return null;
      return named(
        fromClauseSubject(ctx, site.lead.slice(start), {
          sentence: site.span.sentence,
          offset: start,
          paragraph: site.p,
        }),
      );
    },
  },
  {
    // "The result led the port board to declare that “…”": the object of a causative verb is
    // the subject of the speech verb after "to", not the clause's subject.
    name: 'the object of a causative verb made to speak',
    example: {
      paragraphs: [
        'The low turnout prompted Harbour Gazette editor Ana Lima, who has covered the port for decades, to write, “Nobody cares about the pier any more.”',
      ],
      speaker: 'Ana Lima',
    },
    apply: (ctx, site) => {
      const m = CAUSATIVE_LEAD.exec(maskQuotationsAndAsides(site.lead));
      return m?.[1]
        ? named(
            fromPhrase(ctx, m[1], {
              sentence: site.span.sentence,
              offset: m.index,
              paragraph: site.p,
            }),
          )
        : null;
    },
  },
  {
    // "Berg’s motto for his crews was, “…”", "Lima’s line in that race was that Berg “…”": an
    // owned remark that is the subject of a copula introducing the quote is its owner's.
    name: 'the owner of a remark that is the subject of a copula',
    example: {
      paragraphs: [
        'Ines Lund spoke first; Tomas Berg’s motto for his crews was, “No boat goes out alone.”',
      ],
      speaker: 'Tomas Berg',
    },
    apply: (ctx, site) => {
      const m = OWNED_COPULA_LEAD.exec(maskQuotationsAndAsides(site.lead));
      const owner = m?.[1];
      if (!m || !owner) return null;
      const phrase = POSSESSIVE_SUBJECT[owner.toLowerCase()] ?? owner.replace(/['’]s?$/u, '');
      return fromPhrase(ctx, phrase, {
        sentence: site.span.sentence,
        offset: m.index,
        paragraph: site.p,
      });
    },
  },
  {
    // "As Ana Lima has pointed out, the fee is “a tax on fishermen”": the aside credits the
    // clause it opens to its subject, when that clause has no reporting verb of its own.
    name: 'an “as X has noted” aside opening the clause',
    example: {
      paragraphs: [
        'As harbour master Ana Lima has pointed out, the new fee is “a tax on every fisherman in town.”',
      ],
      speaker: 'Ana Lima',
    },
    apply: (ctx, site) => {
      const m = AS_NOTED_LEAD.exec(maskQuotationsAndAsides(site.lead));
      if (!m?.[1] || tokenize(m[2] ?? '').some((w) => SPEECH_VERBS.has(w.text))) return null;
      return named(
        fromPhrase(ctx, m[1], { sentence: site.span.sentence, offset: m.index, paragraph: site.p }),
      );
    },
  },
];
