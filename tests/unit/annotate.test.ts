import { describe, expect, test } from 'vitest';
import { annotate, annotateParagraphs } from '../../utils/analyze/annotate';

describe('annotate', () => {
  const doc = annotateParagraphs([
    'Port director Ana Lima said the dredging would start in May.',
    'The director said costs had doubled. She expects delays, according to two engineers.',
    '“We will be late,” she said.',
  ]);

  test('holds one entry per sentence for every per-sentence annotation', () => {
    const n = doc.sentences.length;
    expect(n).toBe(4);
    for (const list of [
      doc.tokens,
      doc.names,
      doc.namesOutsideQuotes,
      doc.masked,
      doc.speechSubjects,
      doc.attributions,
    ])
      expect(list).toHaveLength(n);
  });

  test('indexes the people once, with their role and how many sentences name them', () => {
    expect(doc.people.names).toEqual(['Ana Lima']);
    expect(doc.people.roles.get('Ana Lima')).toBe('Port director');
    expect(doc.mentionCounts.get('Ana Lima')).toBe(1);
  });

  test('reads each sentence’s reporting-verb subject and attribution', () => {
    expect(doc.speechSubjects[0]).toBe('Port director Ana Lima');
    expect(doc.attributions[2]).toBe('according to two engineers');
  });

  test('masks quotations without moving offsets', () => {
    expect(doc.masked[3]).toHaveLength(doc.sentences[3]?.text.length ?? -1);
    expect(doc.masked[3]).not.toContain('late');
  });

  test('links pronouns and role descriptions to their person (coreference chains)', () => {
    expect(doc.chains).toEqual([
      {
        entity: 'Ana Lima',
        anonymous: false,
        links: [
          { sentence: 1, text: 'The director', kind: 'description' },
          { sentence: 2, text: 'She', kind: 'pronoun' },
          { sentence: 3, text: 'she', kind: 'pronoun' },
        ],
      },
    ]);
  });

  test('an empty story annotates to empty lists', () => {
    const empty = annotate({ title: '', paragraphs: [] });
    expect(empty.sentences).toEqual([]);
    expect(empty.chains).toEqual([]);
  });
});
