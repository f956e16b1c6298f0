/**
 * The speaker rule for a lead that opens with a subordinate clause ("When Berg spoke, Lima
 * shot back: “…”"): the main clause after its comma introduces the quote, so its subject says
 * it, not the subordinate clause's. A row of SPEAKER_RULES, read before the lead's reporting verb.
 */
import { maskQuotations } from '../attribution';
import { SPEECH_VERBS } from '../lexicon';
import { fromClauseSubject } from './clause';
import { at } from './coverage-lead';
import type { SpeakerRule } from './rules';

/**
 * A sentence-opening subordinate clause up to its comma, then the main clause up to the quote:
 * "When Berg hinted the board might close the slipway, Lima shot back:". The main clause ends on a colon
 * or a comma (it introduces the quote) and holds no further comma but one before a participle
 * ("…, Lima was going into overdrive, warning members:").
 */
const SUBORDINATE_LEAD =
  /^\s*(?:When|As|After|While|Before|Once|Although|Though|Because|Since|Until)\s([^,;:“”"]{3,120}),\s+([^,;:“”"]{3,120}(?:,\s+\p{Ll}+ing\s[^,;:“”"]{0,80})?)[,:]\s*$/u;

export const SUBORDINATE_CLAUSE_RULE: SpeakerRule = {
  // "When Berg hinted the board might close the slipway, Lund shot back: “…”": the speech verb
  // of the "when" clause is Berg's, but the quote is what the main clause's subject shot back.
  name: 'the main clause after an opening subordinate clause',
  example: {
    paragraphs: [
      'When Tomas Berg hinted that the harbour board might close the slipway, Ines Lund shot back: “Then we will build our own.”',
    ],
    speaker: 'Ines Lund',
  },
  apply: (ctx, site) => {
    const m = SUBORDINATE_LEAD.exec(maskQuotations(site.lead));
    const main = m?.[2];
    if (!m || !main) return null;
    // "As Berg explained, three taxes were postponed, costing “…”": a clause ending on its
    // speech verb attributes the whole sentence (the "as … put it" rows read it).
    const last = m[1]?.trim().split(/\s+/u).at(-1)?.toLowerCase() ?? '';
    if (SPEECH_VERBS.has(last)) return null;
    const start = site.lead.length - m[0].length + m[0].lastIndexOf(main);
    return fromClauseSubject(ctx, site.lead.slice(start), { ...at(site), offset: start });
  },
};
