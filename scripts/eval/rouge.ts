/**
 * ROUGE-1/2/L F for the claims eval, computed by the js-rouge package (dev dependency; chosen over
 * our own code in docs/decisions/0002-claims-ranking.md) with the tokenization of Google's
 * `rouge-score` (lower-case, every run of characters other than a–z and 0–9 is a separator, no
 * stemming), so numbers read like the published ones. ROUGE-L is the summary-level union LCS
 * (`rougeLsum`) over the sentences given, one per line.
 */
import { l, n } from 'js-rouge';

/** rouge-score's tokenizer without stemming: "$1.13bn profit" → ["1", "13bn", "profit"]. */
export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

export interface Rouge {
  r1: number;
  r2: number;
  rl: number;
}

const lines = (text: string): string[] => text.split('\n').filter((s) => s.trim() !== '');

/** ROUGE-1/2/L F of candidate sentences against reference sentences; 0 when either is empty. */
export function rouge(candidate: string[], reference: string[]): Rouge {
  const cand = candidate.join('\n');
  const ref = reference.join('\n');
  if (rougeTokens(cand).length === 0 || rougeTokens(ref).length === 0)
    return { r1: 0, r2: 0, rl: 0 };
  return {
    r1: n(cand, ref, { n: 1, tokenizer: rougeTokens }),
    r2: n(cand, ref, { n: 2, tokenizer: rougeTokens }),
    rl: l(cand, ref, { tokenizer: rougeTokens, segmenter: lines }),
  };
}
