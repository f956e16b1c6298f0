/**
 * Speaker coverage rows for clause subjects the main rows do not read (issue 11, round 2): a
 * body or study that "found" or "concluded" what the quote says, a share of a group that said
 * it ("21 percent said"). Composed into `COVERAGE_RULES` (./coverage.ts); each row has its own
 * invented example.
 */
import { maskQuotations } from '../attribution';
import type { SpeakerAttribution } from './context';
import { at } from './coverage-lead';
import { fromLead } from './cues';
import type { SpeakerRule } from './rules';

/**
 * A finding verb, an optional time ("in 2014", "this month", "last week") and "that", then the
 * content up to the quote with no other quotation, sentence break or colon: "the Trust found in
 * 2014 that the pier is “", "Pew found that “".
 */
const FINDING_VERB =
  /\b(found|finds|concluded|concludes|determined|determines|estimated|estimates|discovered)(\s+(?:(?:in|on|by|last|this|earlier|later)\s+[\p{L}\d]+(?:\s+\p{L}+)?\s+)?that\b[^“”".;:!?]{0,160}?[,]?\s*)$/u;

/**
 * A share of a group as a clause subject, then its reporting verb and the words up to the quote:
 * "About 21 percent of voters said the pier was “", "14 percent said “", "about four in 10 said
 * they were “", "half of the members called it “".
 */
const SHARE_LEAD =
  /(?:^|[,;—–]\s+|\b(?:and|but|while|whereas|to\s+which)\s+)((?:(?:about|nearly|almost|roughly|some|only|just|over|under|around|at\s+least|more\s+than|fewer\s+than|less\s+than)\s+)?(?:\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)|(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:\d+|ten|five|three|four)|half|a\s+third|two[-\s]thirds|a\s+quarter|three[-\s]quarters|a\s+majority)(?:\s+of\s+(?:the\s+|all\s+|those\s+)?[\p{L}’'-]+(?:\s+(?:and\s+)?[\p{L}’'-]+){0,4}?)?)\s+(?:said|say|says|told|called|call|described|describe|agreed|agree)\b[^“”".;:!?]{0,120}?[,:]?\s*$/iu;
/** Words for a poll or study: a share in a sentence naming one may be the poll's finding. */
const POLL_WORDS = /\b(?:poll|polls|survey|surveys|study|studies|report)\b/iu;

/** A speaker the text names or describes; a bare pronoun is left to the rows that resolve it. */
const named = (found: SpeakerAttribution | null): SpeakerAttribution | null =>
  found?.speaker ? found : null;

/** Coverage rows that read a clause subject, in the order `COVERAGE_RULES` tries them. */
export const CLAUSE_COVERAGE_RULES: SpeakerRule[] = [
  {
    // "In 2014, the Harbour Trust found that “…”", "The board concluded this month that the pier
    // had been “…”": a body or study reports a finding in the quoted words, read as its "said".
    name: 'a body or study that found what the quote says',
    example: {
      paragraphs: [
        'The pier reopened on Monday.',
        'In 2019, the Harbour Trust found that “nearly half of the moorings are unsafe” in winter.',
      ],
      speaker: 'the Harbour Trust',
    },
    apply: (ctx, site) => {
      const lead = maskQuotations(site.lead);
      const m = FINDING_VERB.exec(lead);
      if (!m?.[1]) return null;
      // Same length, so the offsets of the subject hold.
      const said = `${'said'.padEnd(m[1].length, ' ')}`;
      const normalized = lead.slice(0, m.index) + said + lead.slice(m.index + m[1].length);
      const found = fromLead(ctx, normalized, at(site));
      return named(found);
    },
  },
  {
    // "About 21 percent of voters said the pier was “…”", "14 percent said “…”": the share of
    // the group that answered speaks for its answer, unless the sentence names the poll, whose
    // finding it may be.
    name: 'a share of a group that said the quote',
    example: {
      paragraphs: [
        'The pier reopened on Monday.',
        'About 30 percent of dock workers said the new moorings were “a waste of money” this year.',
      ],
      speaker: 'About 30 percent of dock workers',
    },
    apply: (_ctx, site) => {
      const lead = maskQuotations(site.lead);
      const m = SHARE_LEAD.exec(lead);
      const share = m?.[1]?.trim();
      if (!m || !share || POLL_WORDS.test(lead)) return null;
      return { speaker: share, role: null, anonymous: true };
    },
  },
];
