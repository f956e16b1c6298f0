import { describe, expect, test } from 'vitest';
import { COUNTED_RULES } from '../../utils/analyze/figures/counted-rules';
import { traceFigures } from '../../utils/analyze/figures/index';
import { MEASURE_RULES } from '../../utils/analyze/figures/measure-rules';
import { DROP_RULES } from '../../utils/analyze/figures/scan';
import { splitSentences } from '../../utils/analyze/sentences';

// One table test for the figures stage's rule tables (STYLE.md "A heuristic is a row"): every
// row runs on its own invented example, which must reach that row and give its `measures`.

const traceOf = (sentence: string) => traceFigures(splitSentences([sentence]));

describe('figure rule tables', () => {
  const describeRules = [...new Set([...COUNTED_RULES, ...MEASURE_RULES])];

  test('rule names are unique', () => {
    const names = [...describeRules, ...DROP_RULES].map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test.each(describeRules.map((r) => [r.name, r] as const))('%s', (name, rule) => {
    const { sentence, figure, measures } = rule.example;
    const found = traceOf(sentence).find((t) => 'figure' in t && t.figure.value === figure);
    expect(found, `no figure "${figure}" in "${sentence}"`).toBeDefined();
    expect(found).toMatchObject({ rule: name, figure: { value: figure, measures } });
  });

  test.each(DROP_RULES.map((r) => [r.name, r] as const))('drops: %s', (name, rule) => {
    const { sentence, figure } = rule.example;
    const trace = traceOf(sentence);
    expect(trace).toContainEqual({ dropped: figure, sentence: 0, rule: name });
    expect(trace.filter((t) => 'figure' in t && t.figure.value.includes(figure))).toEqual([]);
  });
});
