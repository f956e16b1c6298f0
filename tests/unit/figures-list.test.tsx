import { render } from 'preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { FigureList } from '../../components/FigureList';
import { keyFiguresFirst } from '../../components/figure-order';
import type { Claim, Figure } from '../../utils/summary';

const HOSTILE = '<img src=x onerror="window.__pwned=1">';
const fig = (sentence: number, value: string, extra: Partial<Figure> = {}): Figure => ({
  sentence,
  value,
  measures: 'homes',
  kind: 'count',
  ...extra,
});
const claim = (sentence: number): Claim => ({ sentence, text: '', score: 1, attribution: null });

describe('keyFiguresFirst', () => {
  test('figures to check, then the claims’ figures, then the rest, each in story order', () => {
    const figures = [
      fig(0, 'a'),
      fig(1, 'b'),
      fig(2, 'c'),
      fig(3, 'd', { check: { reason: 'r', sentences: [-1, 3] } }),
    ];
    expect(keyFiguresFirst(figures, [claim(2), claim(1)]).map((f) => f.value)).toEqual([
      'd',
      'b',
      'c',
      'a',
    ]);
  });
});

describe('FigureList', () => {
  let root: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = '<div id="root"></div>';
    root = document.getElementById('root') as HTMLElement;
  });

  test('a check says why and each of its sentences is a button that selects it', () => {
    const onSelect = vi.fn();
    const figures = [
      fig(4, '14,000 homes', {
        check: { reason: `The headline says “40,000 homes” ${HOSTILE}`, sentences: [-1, 4] },
      }),
      fig(5, '3.1 inches', {
        kind: 'measure',
        change: { from: '1.4 inches', to: '3.1 inches', by: null, direction: 'up' },
        alsoWritten: ['7.9 cm'],
      }),
    ];
    render(<FigureList figures={figures} empty="none" onSelect={onSelect} />, root);
    const check = root.querySelector('[data-testid="figure-check"]');
    expect(check?.textContent).toContain('Check this figure');
    expect(root.querySelector('img')).toBeNull();
    const buttons = [
      ...root.querySelectorAll<HTMLButtonElement>('[data-testid="figure-check-sentence"]'),
    ];
    expect(buttons.map((b) => b.textContent)).toEqual(['Headline', 'Story sentence']);
    for (const b of buttons) b.click();
    expect(onSelect.mock.calls).toEqual([[-1], [4]]);
    expect(root.textContent).toContain('↑ from 1.4 inches');
    expect(root.textContent).toContain('(7.9 cm)');
    expect(root.querySelectorAll('[data-testid="figure-check"]')).toHaveLength(1);
  });
});
