import { describe, expect, test } from 'vitest';
import { ORGANISATION_CUES } from '../../utils/analyze/figures/organisation-cues';

// The organisation-cue table (STYLE.md "A heuristic is a row"): every row holds on its own
// invented example, and no row holds for a person the same story writes with "he".

describe('organisation cues', () => {
  test('cue names are unique', () => {
    const names = ORGANISATION_CUES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test.each(ORGANISATION_CUES.map((r) => [r.name, r] as const))('%s', (_name, cue) => {
    expect(cue.apply(cue.example.text, cue.example.name)).toBe(true);
  });

  test.each(ORGANISATION_CUES.map((r) => [r.name, r] as const))(
    '%s: not for a person',
    (_name, cue) => {
      const text = 'Tom Reyes said he would hire 200 drivers. Tom Reyes raised his prices in May.';
      expect(cue.apply(text, 'Tom Reyes')).toBe(false);
    },
  );
});
