import { describe, expect, test } from 'vitest';
import { clearMemos, memoized } from '../../utils/analyze/memo';

describe('memoized', () => {
  test('answers each text once until the memos are cleared', () => {
    const asked: string[] = [];
    const upper = memoized((text: string) => {
      asked.push(text);
      return text.toUpperCase();
    });
    expect([upper('ana'), upper('ana'), upper('lima')]).toEqual(['ANA', 'ANA', 'LIMA']);
    expect(asked).toEqual(['ana', 'lima']);
    clearMemos();
    expect(upper('ana')).toBe('ANA');
    expect(asked).toEqual(['ana', 'lima', 'ana']);
  });

  test.each([false, 0, ''])('keeps a falsy answer (%j)', (answer) => {
    let calls = 0;
    const ask = memoized(() => {
      calls++;
      return answer;
    });
    ask('x');
    ask('x');
    expect(calls).toBe(1);
  });
});
