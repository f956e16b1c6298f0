import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../utils/analyze/sentences';
import { SEED_PARAGRAPHS } from './data/seed-story';

describe('splitSentences', () => {
  test.each([
    [
      'abbreviations',
      'The U.S. envoy met Mr. Smith on Nov. 20. He left.',
      ['The U.S. envoy met Mr. Smith on Nov. 20.', 'He left.'],
    ],
    [
      'U.N. and Dr. and St.',
      'The U.N. chief and Dr. Lee visited St. Paul. They spoke.',
      ['The U.N. chief and Dr. Lee visited St. Paul.', 'They spoke.'],
    ],
    [
      'a delegate’s title',
      'State Del. Ana Lima spoke first. He left.',
      ['State Del. Ana Lima spoke first.', 'He left.'],
    ],
    [
      'month abbreviation before a number',
      'It ended on Jan. 5 after talks. Then it resumed.',
      ['It ended on Jan. 5 after talks.', 'Then it resumed.'],
    ],
    [
      'initials',
      'J. K. Rowling wrote it. It sold well.',
      ['J. K. Rowling wrote it.', 'It sold well.'],
    ],
    [
      'decimals',
      'Growth was 3.5 percent. Prices rose.',
      ['Growth was 3.5 percent.', 'Prices rose.'],
    ],
    [
      'a.m. before a name',
      'It began at 9 a.m. Eastern time. It ended at noon.',
      ['It began at 9 a.m. Eastern time.', 'It ended at noon.'],
    ],
    [
      'a.m. ending a sentence',
      'It began at 9 a.m. The crowd grew.',
      ['It began at 9 a.m.', 'The crowd grew.'],
    ],
    [
      'acronym ending a sentence',
      'He moved to the U.S. The family followed.',
      ['He moved to the U.S.', 'The family followed.'],
    ],
    [
      'split after a closing quote',
      '“We will win.” Putin said it twice.',
      ['“We will win.”', 'Putin said it twice.'],
    ],
    [
      'quote with a question inside',
      '“Why? Because it matters.”',
      ['“Why?', 'Because it matters.”'],
    ],
    [
      'question inside a quote followed by lowercase',
      '“Why?” he asked. Nobody answered.',
      ['“Why?” he asked.', 'Nobody answered.'],
    ],
    [
      'question in quotes followed by a capitalized speaker and a speech verb',
      '“Who pays for it?” Mayor Ines Duarte asked. Nobody answered.',
      ['“Who pays for it?” Mayor Ines Duarte asked.', 'Nobody answered.'],
    ],
    [
      'exclamation in quotes followed by a capitalized sentence',
      '“Not again!” Harbour traffic stopped at noon.',
      ['“Not again!”', 'Harbour traffic stopped at noon.'],
    ],
    [
      'curly opening mark glued to the previous sentence',
      '“It was over,” she said.“We lost.”',
      ['“It was over,” she said.', '“We lost.”'],
    ],
    [
      'straight opening mark glued to the previous sentence',
      'She said."We lost." Then she left.',
      ['She said.', '"We lost."', 'Then she left.'],
    ],
    [
      'ellipsis',
      'We waited... Then it came. Hmm… well, fine.',
      ['We waited...', 'Then it came.', 'Hmm… well, fine.'],
    ],
    [
      'heading without a period',
      'SECURITY ASSURANCES, MILITARY RESTRICTIONS',
      ['SECURITY ASSURANCES, MILITARY RESTRICTIONS'],
    ],
    [
      'No. before a number',
      'He was ranked No. 1 in the world. She was not.',
      ['He was ranked No. 1 in the world.', 'She was not.'],
    ],
    [
      'No. before a number that ends the sentence',
      'By spring the song climbed to No. 4. The band toured.',
      ['By spring the song climbed to No. 4.', 'The band toured.'],
    ],
  ])('%s', (_name, paragraph, expected) => {
    expect(splitSentences([paragraph]).map((s) => s.text)).toEqual(expected);
  });

  test('indexes sentences and paragraphs, skips empty paragraphs', () => {
    expect(splitSentences(['One. Two.', '  ', 'Three'])).toEqual([
      { index: 0, paragraph: 0, text: 'One.' },
      { index: 1, paragraph: 0, text: 'Two.' },
      { index: 2, paragraph: 2, text: 'Three' },
    ]);
  });

  test('seed story: every sentence is verbatim and every paragraph has one', () => {
    const sentences = splitSentences(SEED_PARAGRAPHS);
    for (const s of sentences) expect(SEED_PARAGRAPHS[s.paragraph]).toContain(s.text);
    expect(new Set(sentences.map((s) => s.paragraph)).size).toBe(SEED_PARAGRAPHS.length);
    expect(sentences.map((s) => s.text)).toContain('“Why?');
    expect(sentences.map((s) => s.text)).toContain('‘HARSH REALITY: RUSSIA IS GAINING GROUND’');
  });
});
