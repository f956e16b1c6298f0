/**
 * The figure a one-sentence story yields for `value`, with the rule that labelled it: what the
 * figure-rule tests read (traceFigures over splitSentences, the analyzer's own path).
 */
import { type LocatedFigure, traceFigures } from '../../utils/analyze/figures/index';
import { splitSentences } from '../../utils/analyze/sentences';

export function tracedFigure(sentence: string, value: string): LocatedFigure | undefined {
  return traceFigures(splitSentences([sentence])).find(
    (t): t is LocatedFigure => 'figure' in t && t.figure.value === value,
  );
}
