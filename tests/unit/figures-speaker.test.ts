import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { findFigures } from '../../utils/analyze/figures/index';
import { SPEAKER_RULES } from '../../utils/analyze/figures/speaker-rules';
import { findQuotes } from '../../utils/analyze/quotes';

// The first-person table (STYLE.md "A heuristic is a row"): every row runs on its own invented
// example through the quotes stage and the figures stage, as analyzeStory composes them.

const labelOf = (paragraphs: string[], value: string): string | undefined => {
  const doc = annotateParagraphs(paragraphs);
  const quotes = findQuotes(doc);
  return findFigures({ sentences: doc.sentences, doc, quotes }).find((f) => f.value === value)
    ?.measures;
};

describe('figure labels said in the first person name the quote’s speaker', () => {
  test('rule names are unique', () => {
    const names = SPEAKER_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test.each(SPEAKER_RULES.map((r) => [r.name, r] as const))('%s', (_name, rule) => {
    const { paragraphs, figure, measures } = rule.example;
    expect(labelOf(paragraphs, figure)).toBe(measures);
  });

  test.each([
    ['“I’ve known Ana Lima for 20 years,” said Rosa Pinto.', '20 years', /Pinto has known/u],
    ['“I was running nine market stalls,” said Rosa Pinto.', 'nine market stalls', /Pinto was/u],
  ])('%s', (text, value, expected) => {
    expect(labelOf([text], value)).toMatch(expected);
  });

  test('"we" stands for a group and stays', () => {
    expect(labelOf(['“We spent $40,000 on the boat,” said Rosa Pinto.'], '$40,000')).not.toMatch(
      /Pinto/u,
    );
  });

  test('a figure outside any quote keeps its label', () => {
    expect(labelOf(['Rosa Pinto spent $40,000 on the boat.'], '$40,000')).not.toMatch(/\bI\b/u);
  });

  test('a count the quoted "I" only thinks about is not the speaker’s', () => {
    expect(
      labelOf(['“I think 40 people came to the pier,” said Rosa Pinto.'], '40 people'),
    ).not.toMatch(/^Pinto’s/u);
  });

  test('the verb after the speaker’s name agrees with it', () => {
    expect(labelOf(['“I still own four boats,” said Rosa Pinto.'], 'four boats')).toMatch(
      /Pinto still owns/u,
    );
  });
});

describe('an interview’s transcript line names its speaker', () => {
  test('"Lima: I’ve known Tom …" is Lima’s answer', () => {
    expect(
      labelOf(
        [
          'Ana Lima founded the Tarn ferry line with Tom Reyes.',
          'Q: How well do you know him?',
          'Lima: I’ve known Tom for 20 years. We met at school.',
        ],
        '20 years',
      ),
    ).toBe('time Ana Lima has known Tom Reyes');
  });

  test('a line opening on a word that names no one of the story stays in the first person', () => {
    expect(
      labelOf(
        ['Ana Lima founded the Tarn ferry line.', 'Update: I’ve known the crew for 20 years.'],
        '20 years',
      ),
    ).not.toMatch(/Lima|Update/u);
  });
});
