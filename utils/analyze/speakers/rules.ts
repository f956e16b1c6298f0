/**
 * The speaker rules, in order: the first that finds a speaker for a quote wins. Each row names
 * where the attribution is written, with an invented example whose last quote only that rule
 * attributes (tests/unit/speaker-rules.test.ts runs every row on its own example).
 */
import { maskQuotations } from '../attribution';
import { fromClauseSubject } from './clause';
import { fromRelativeClause, spokenBetween } from './clause-around';
import { CLAUSE_COMPLEMENT_RULES } from './clause-complements';
import {
  CLAUSE_SUBJECT_RULES,
  NAMING_SENTENCE_RULE,
  TAKES_THE_FLOOR_RULE,
} from './clause-subjects';
import { afterClosingMark, laterQuoteOfSentence } from './closing-mark';
import type { QuoteSite, SpeakerAttribution, SpeakerContext } from './context';
import { COVERAGE_FALLBACK_RULES, COVERAGE_RULES } from './coverage';
import { DESCRIPTION_SUBJECT_RULES, OUTER_SOURCE_RULES, RELAY_RULES } from './coverage-description';
import { at, CLAIM_OWNER_RULE } from './coverage-lead';
import { SURNAME_AFTER_RULE } from './coverage-surname';
import { fromAfter, fromLead, fromParagraphSpeech, fromParagraphSubject } from './cues';
import { INNER_CLAUSE_RULES } from './inner-clause';
import {
  ACCORDING_LEAD,
  accordingInSentence,
  DEPICTED_LEAD,
  PASSIVE_AGENT_LEAD,
  PREDICATE_LEAD,
  PUT_IT_AFTER,
  PUT_IT_LEAD,
  SENTENCE_FINAL_REPORT,
} from './leads';
import { MISSING_SPEAKER_RULES } from './missing-rules';
import { CRY_OUT_RULE, NEAREST_VOICE_RULES } from './nearest-voice';
import { OWNER_RULES } from './owner-rules';
import { fromPhrase } from './phrase';
import { sentenceOfQuoteEnd } from './site';
import {
  SPEECH_PARTICIPLE_OPENER_RULE,
  SUBORDINATE_CLAUSE_RULE,
  SUBORDINATE_NO_COMMA_RULE,
} from './subordinate';
import { WHAT_CALLED_RULES } from './what-it-called';

export interface SpeakerRule {
  name: string;
  /**
   * Paragraphs whose last quote (or quote number `quote`, from 0) this rule attributes, and the
   * speaker it must give.
   */
  example: { paragraphs: string[]; speaker: string; quote?: number };
  apply: (ctx: SpeakerContext, site: QuoteSite) => SpeakerAttribution | null;
}

/** The text outside quotation marks of a paragraph, without the given span. */
function outsideQuotes(site: QuoteSite): string {
  const { para, span } = site;
  return (para.text.slice(0, span.start) + para.text.slice(span.end)).replace(
    /“[^”]*”?|"[^"]*"?|«[^»]*»?|‘[^’]*’?/gu,
    '',
  );
}

/** The reporting clause ending the quote's sentence (", said Ana Lima, a pollster."). */
function sentenceFinalReport(ctx: SpeakerContext, site: QuoteSite): SpeakerAttribution | null {
  const end = sentenceOfQuoteEnd(site)?.end ?? site.para.text.length;
  const rest = maskQuotations(site.para.text.slice(site.span.end, end));
  const m = SENTENCE_FINAL_REPORT.exec(rest);
  return m?.[1] ? fromAfter(ctx, `${m[1]}.`, at(site)) : null;
}

export const SPEAKER_RULES: SpeakerRule[] = [
  ...RELAY_RULES,
  {
    // A quote split by its attribution inside one sentence: the attribution sits between the pieces.
    name: 'between the pieces of a split quote',
    example: {
      paragraphs: [
        '“We will reopen the pier,” said Ana Lima, the harbour master, “but not before May.”',
      ],
      speaker: 'Ana Lima',
    },
    apply: (ctx, site) => {
      const piece = site.span.pieces[0];
      return piece
        ? fromAfter(ctx, site.para.text.slice(piece.after, piece.start), at(site))
        : null;
    },
  },
  ...WHAT_CALLED_RULES,
  CRY_OUT_RULE,
  {
    // "…,” she said" / "…,” said X, a …". A quote closed by its own full stop is followed by a new
    // sentence: that sentence attributes it only when it is a bare "Jane Doe said.", not when it
    // goes on about someone else.
    name: 'after the closing mark',
    example: {
      paragraphs: ['“The water is safe to drink,” Marta Quintero told reporters.'],
      speaker: 'Marta Quintero',
    },
    apply: afterClosingMark,
  },
  SURNAME_AFTER_RULE,
  ...NEAREST_VOICE_RULES,
  CLAIM_OWNER_RULE,
  SUBORDINATE_CLAUSE_RULE,
  SUBORDINATE_NO_COMMA_RULE,
  SPEECH_PARTICIPLE_OPENER_RULE,
  ...INNER_CLAUSE_RULES,
  ...CLAUSE_SUBJECT_RULES,
  {
    name: 'before the opening mark',
    example: {
      paragraphs: ['Officials said council leader Tomas Berg told them: “The budget is balanced.”'],
      speaker: 'Tomas Berg',
    },
    apply: (ctx, site) => fromLead(ctx, site.lead, at(site)),
  },
  {
    // "According to the port authority, “…”": the source the quote is credited to, when the
    // "according to" phrase is all that stands between the clause start and the opening mark.
    name: 'an “according to” phrase right before the opening mark',
    example: {
      paragraphs: ['According to the Harbour Gazette: “The pier will close for the winter.”'],
      speaker: 'the Harbour Gazette',
    },
    apply: (ctx, site) => {
      const m = ACCORDING_LEAD.exec(site.lead);
      return m?.[1] ? fromPhrase(ctx, m[1], at(site)) : null;
    },
  },
  {
    // "As the port authority put it, “…”" / "“…,” as Lima put it.": the phrase names who said it.
    name: 'an “as X put it” phrase next to the quote',
    example: {
      paragraphs: ['As the Harbour Gazette put it, “The pier is back in business.”'],
      speaker: 'the Harbour Gazette',
    },
    apply: (ctx, site) => {
      const m = PUT_IT_LEAD.exec(site.lead) ?? PUT_IT_AFTER.exec(site.after);
      return m?.[1] ? fromPhrase(ctx, m[1], at(site)) : null;
    },
  },
  {
    // "…, Ana Lima, who called it “…”": the antecedent of a "who" clause holding the quote
    // speaks, not the subject of the main clause.
    name: 'the antecedent of a “who” clause holding the quote',
    example: {
      paragraphs: [
        'The plan drew a rebuke from Councillor Ana Lima, who called it “a gift to developers.”',
      ],
      speaker: 'Ana Lima',
    },
    apply: (ctx, site) => fromRelativeClause(ctx, site.lead, at(site)),
  },
  ...OWNER_RULES,
  // Causative objects, owned remarks before a copula, "as X has noted" (./clause-complements.ts).
  ...CLAUSE_COMPLEMENT_RULES,
  {
    // "The ad uses footage of Ana Lima saying, “…”": the person shown speaking said it, not the
    // clause's subject (the ad, the clip).
    name: 'the subject of a participle after “of” or “showing”',
    example: {
      paragraphs: [
        'The new ad closes with footage of Tomas Berg saying at a rally, “The pier is mine.”',
      ],
      speaker: 'Tomas Berg',
    },
    apply: (ctx, site) => {
      const m = DEPICTED_LEAD.exec(maskQuotations(site.lead));
      return m?.[1] ? fromPhrase(ctx, m[1], { ...at(site), offset: m.index }) : null;
    },
  },
  {
    // "Guns are “a crisis” …, Ana Lima said" / "Berg has been “unfairly detained” …, the trust
    // says": a quote that is the predicate of its clause says something about the subject; the
    // attribution ending the sentence names who said it.
    name: 'a predicate quote attributed at the end of its sentence',
    example: {
      paragraphs: [
        'Jonas Weber, a ferry captain, was arrested in May.',
        'Jonas Weber has been “unfairly detained” by the port police since May, and should be freed at once, the rights group says.',
      ],
      speaker: 'the rights group',
    },
    apply: (ctx, site) =>
      PREDICATE_LEAD.test(maskQuotations(site.lead))
        ? (laterQuoteOfSentence(ctx, site) ?? sentenceFinalReport(ctx, site))
        : null,
  },
  {
    // "According to her doctor, the mayor had “excellent” results": a sentence without a
    // reporting verb is credited to its "according to" source, not to its subject.
    name: 'an “according to” phrase in a sentence without a reporting verb',
    example: {
      paragraphs: [
        'Mayor Ana Lima was examined in May.',
        'According to her doctor, Lima had “excellent” results in her latest exam.',
      ],
      speaker: 'her doctor',
    },
    apply: accordingInSentence,
  },
  {
    // "Berg was asked by host Ana Lima, “…”": the agent of a passive speech verb asked it.
    name: 'the agent of a passive “asked by” before the quote',
    example: {
      paragraphs: [
        'Tomas Berg was asked by harbour radio host Ana Lima whether the plan would risk “a bigger bill for the town.”',
      ],
      speaker: 'Ana Lima',
    },
    apply: (ctx, site) => {
      const m = PASSIVE_AGENT_LEAD.exec(maskQuotations(site.lead));
      return m?.[1] ? fromPhrase(ctx, m[1], { ...at(site), offset: m.index + m[0].length }) : null;
    },
  },
  {
    // No reporting verb: the subject of the quote's clause speaks. A partial quote after a verb
    // that is not a speech verb ("called it", "credited … with", "dismissed … as"), a
    // participle ("…, noting that …") or a colon or dash ("Berg was blunt: “…”").
    name: 'the subject of the clause holding the quote',
    example: {
      paragraphs: [
        'Ines Lund, the harbour master, dismissed the survey as “a guess dressed up as data.”',
      ],
      speaker: 'Ines Lund',
    },
    apply: (ctx, site) =>
      site.lead.trim() === '' ? null : fromClauseSubject(ctx, site.lead, at(site)),
  },
  {
    // "Guns are “a crisis” and “a scourge,” Ana Lima said": the attribution after the
    // sentence's last quote covers the quotes before it.
    name: 'a later quote of the same sentence',
    example: {
      paragraphs: [
        'Tide tables show “unusually high” water and “ever higher” surges, harbour master Jonas Weber told the council.',
      ],
      speaker: 'Jonas Weber',
      quote: 0,
    },
    apply: laterQuoteOfSentence,
  },
  {
    // "The promise to “take back the pier” appeals to older voters, said Ana Lima, a pollster.":
    // a reporting clause ending the sentence covers every quote before it, however far.
    name: 'a reporting clause ending the sentence',
    example: {
      paragraphs: [
        'The promise to “take back the pier” appeals to voters who remember the old harbour and its fleet of trawlers, said Ana Lima, a pollster at the port college.',
      ],
      speaker: 'Ana Lima',
    },
    apply: sentenceFinalReport,
  },
  // Transcript turns, documents that read a quote, clauses past an appositive (./coverage.ts).
  ...COVERAGE_RULES,
  ...DESCRIPTION_SUBJECT_RULES,
  ...OUTER_SOURCE_RULES,
  TAKES_THE_FLOOR_RULE,
  {
    // “X,” he said. “Y.”: an earlier quote of the same paragraph gives its speaker.
    name: 'an earlier quote of the paragraph',
    example: {
      paragraphs: ['“We are ready,” said coach Ines Duarte. “The squad is fit.”'],
      speaker: 'Ines Duarte',
    },
    apply: (ctx, site) => {
      const prev = site.k > 0 ? ctx.spans[site.k - 1] : undefined;
      const prevResult = site.k > 0 ? ctx.results[site.k - 1] : undefined;
      if (!prev || !prevResult?.speaker || prev.paragraph !== site.p) return null;
      // "“A,” Lima said. Berg told reporters the pier was safe. “B.”": someone else speaking in
      // a sentence between them takes the quote from the earlier one (./clause.ts).
      return spokenBetween(ctx, prev.sentence, site) ? null : prevResult;
    },
  },
  NAMING_SENTENCE_RULE,
  {
    // "Simes said the talks had stalled. “Nobody moved.”": an earlier sentence names the speaker.
    name: 'an earlier sentence of the paragraph',
    example: {
      paragraphs: ['Farmer Jonas Weber said the harvest was late. “We lost three weeks of sun.”'],
      speaker: 'Jonas Weber',
    },
    apply: (ctx, site) => {
      if (site.lead.trim() !== '') return null;
      const earlier = site.para.sentences.filter((x) => x.end <= site.sentStart);
      return earlier.length > 0
        ? fromParagraphSubject(ctx, { text: site.para.text, sentences: earlier }, site.p)
        : null;
    },
  },
  {
    // A paragraph that is only a quote (or continues one left open) keeps the previous speaker.
    name: 'a quote-only paragraph continues the previous one',
    example: {
      paragraphs: [
        'Leona Park, the town’s mayor, said the bridge would reopen.',
        '“We owe the town that much.”',
      ],
      speaker: 'Leona Park',
    },
    apply: (ctx, site) => {
      const quoteOnly = outsideQuotes(site).replace(/[\s\p{P}]/gu, '') === '';
      if (!quoteOnly && !site.span.continued) return null;
      const prevSpanIndex = ctx.spans.findLastIndex(
        (x, j) => j < site.k && x.paragraph === site.p - 1 && !x.partial,
      );
      const prevResult = prevSpanIndex >= 0 ? ctx.results[prevSpanIndex] : undefined;
      if (prevResult?.speaker) return prevResult;
      if (prevSpanIndex >= 0) return null;
      const prevPara = ctx.doc.paragraphTexts.get(site.p - 1);
      if (!prevPara) return null;
      // A one-word paragraph ("Silence.") is a stage direction, no subject: the quote goes on
      // from the quote before it, if that one has a speaker.
      if (/^\s*[\p{L}’'-]+[.!…]?\s*$/u.test(prevPara.text)) {
        const before = ctx.spans.findLastIndex((x, j) => j < site.k && x.paragraph === site.p - 2);
        return before >= 0 && ctx.results[before]?.speaker ? (ctx.results[before] ?? null) : null;
      }
      // "Lima put it plainly:" introduces the quote below it: its clause subject speaks.
      const last = prevPara.sentences[prevPara.sentences.length - 1];
      const subjectOfLast = () =>
        last
          ? fromClauseSubject(ctx, prevPara.text.slice(last.start, last.end), {
              sentence: last.index,
              offset: 0,
              paragraph: site.p - 1,
            })
          : null;
      const intro = /:\s*$/u.test(prevPara.text) ? subjectOfLast() : null;
      // "Lima offered her own answer." then the quote: the person the paragraph is about.
      const person = (found: SpeakerAttribution | null) =>
        found?.speaker && !found.anonymous ? found : null;
      return (
        intro ??
        fromParagraphSpeech(ctx, prevPara, site.p - 1) ??
        person(subjectOfLast()) ??
        fromParagraphSubject(ctx, prevPara, site.p - 1)
      );
    },
  },
  // Quotes opening a paragraph after an introduction or an open quote (./coverage.ts).
  ...COVERAGE_FALLBACK_RULES,
  // Role phrases and digest labels no row above reads (./missing-rules.ts).
  ...MISSING_SPEAKER_RULES,
];
