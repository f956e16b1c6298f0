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
 * A sentence-opening subordinate clause (after an adverb too: "Even before", "Just as") up to its comma, then the main clause up to the quote:
 * "When Berg hinted the board might close the slipway, Lima shot back:". The main clause ends on a colon
 * or a comma (it introduces the quote) and holds no further comma but one before a participle
 * ("…, Lima was going into overdrive, warning members:").
 */
const SUBORDINATE_LEAD =
  /^\s*(?:When|As|After|While|Before|Once|Although|Though|Because|Since|Until|(?:Even|Just|Only|Shortly|Long|Right|Soon)\s+(?:when|as|after|before|once|since|until))\s([^,;:“”"]{3,120}),\s+([^,;:“”"]{3,120}(?:,\s+\p{Ll}+ing\s[^,;:“”"]{0,80})?)[,:]\s*$/u;

/**
 * The speaker rule's reading for a lead `pattern` whose group 1 is the subordinate clause and
 * group 2 the main clause: the main clause's subject, unless the subordinate clause ends on its own
 * speech verb ("As Berg explained, three taxes were postponed, costing “…”": the "as … put it"
 * rows read that one).
 */
function mainClauseSubject(pattern: RegExp): SpeakerRule['apply'] {
  return (ctx, site) => {
    const m = pattern.exec(maskQuotations(site.lead));
    const main = m?.[2];
    if (!m || !main) return null;
    const last = m[1]?.trim().split(/\s+/u).at(-1)?.toLowerCase() ?? '';
    if (SPEECH_VERBS.has(last)) return null;
    const start = site.lead.length - m[0].length + m[0].lastIndexOf(main);
    return fromClauseSubject(ctx, site.lead.slice(start), { ...at(site), offset: start });
  };
}

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
  apply: mainClauseSubject(SUBORDINATE_LEAD),
};

/**
 * The same lead written without the comma, which is safe to split only where both clauses open on
 * a subject pronoun and the subordinate clause is one to three words: "When she returned she began
 * by saying,". The main clause ends on a colon or a comma and holds no further comma.
 */
const SUBORDINATE_LEAD_NO_COMMA =
  /^\s*(?:When|As\s+soon\s+as|After|Once|Before|While)\s+(?:he|she|they|we|I)\s+(\p{Ll}+(?:\s+\p{Ll}+){0,2})\s+((?:he|she|they|we|I)\s[^,;:“”"]{3,120})[,:]\s*$/u;

export const SUBORDINATE_NO_COMMA_RULE: SpeakerRule = {
  // "When she returned she began by saying, “…”": the second pronoun opens the main clause.
  name: 'the main clause after an opening subordinate clause with no comma',
  example: {
    paragraphs: [
      'Judge Ines Lund called a short recess.',
      'When she returned she began by saying, “The vote stands.” The hall went quiet.',
    ],
    speaker: 'Ines Lund',
  },
  apply: mainClauseSubject(SUBORDINATE_LEAD_NO_COMMA),
};

/**
 * A sentence opening on a speech participle, the quote inside it: "After saying the bridge was ",
 * "In declaring the levy ".
 */
const SPEECH_PARTICIPLE_LEAD =
  /^\s*(?:(?:After|Before|While|Upon|By|In)\s+)?(\p{L}+ing)\s[^,;:“”"]{0,120}$/u;
/** The main clause after the quote's comma, past a "though" or "however": ", she was driven…". */
const MAIN_AFTER = /^\s*,?\s*(?:(?:though|however|too),\s+)?(?=\S)/u;

/** Whether a participle ("saying", "noting", "admitting") is a speech verb's; "reading" a sign is not. */
function speechParticiple(word: string): boolean {
  const stem = word.toLowerCase().slice(0, -3);
  if (stem === 'read') return false;
  const forms = [`${stem}s`, `${stem}es`, `${stem}ed`, `${stem.slice(0, -1)}s`];
  return forms.some((f) => SPEECH_VERBS.has(f));
}

export const SPEECH_PARTICIPLE_OPENER_RULE: SpeakerRule = {
  // "After saying the bridge was “safe,” she was driven off": the participle's unwritten subject
  // is the main clause's, so the main clause after the quote names who said it.
  name: 'the main-clause subject after an opening speech participle holding the quote',
  example: {
    paragraphs: [
      'The mayor, Ines Lund, spoke at noon.',
      'After saying the bridge was “safe enough for now,” she was driven to the harbour.',
    ],
    speaker: 'Ines Lund',
  },
  apply: (ctx, site) => {
    const m = SPEECH_PARTICIPLE_LEAD.exec(maskQuotations(site.lead));
    if (!m?.[1] || !speechParticiple(m[1])) return null;
    const after = maskQuotations(site.after);
    const comma = /,\s*$/u.test(site.span.text) || /^\s*,/u.test(after);
    const main = MAIN_AFTER.exec(after);
    if (!comma || !main) return null;
    const start = main[0].length;
    return fromClauseSubject(ctx, `${site.after.slice(start)} said`, at(site));
  },
};
