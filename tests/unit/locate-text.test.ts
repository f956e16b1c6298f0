import { describe, expect, test } from 'vitest';
import { findTextRange, foldText } from '../../utils/locate-text';

// The live document, as in the content script (happy-dom's DOMParser documents lack working ranges).
function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('findTextRange', () => {
  test.each([
    ['plain paragraph', '<p>First one. Second one here.</p>', 'Second one here.'],
    [
      'across inline markup',
      '<p>He met <a href="#">Vladimir  Putin</a> on <b>Tuesday</b>.</p>',
      'He met Vladimir Putin on Tuesday.',
    ],
    ['curly vs straight quotes', '<p>“Why?” he asked.</p>', '"Why?" he asked.'],
    ['second of two adjacent blocks', '<p>Alpha beta.</p><p>Gamma delta.</p>', 'Gamma delta.'],
    [
      'ignores script text',
      '<script>var s = "Target text.";</script><p>Target text.</p>',
      'Target text.',
    ],
  ])('%s', (_name, html, sentence) => {
    const doc = page(html);
    const range = findTextRange(doc.body, sentence);
    expect(range).not.toBeNull();
    expect(foldText(range?.toString() ?? '')).toBe(foldText(sentence));
  });

  test.each([
    ['absent sentence', '<p>Nothing to see.</p>', 'Something else entirely.'],
    ['empty sentence', '<p>Text.</p>', '   '],
  ])('returns null for %s', (_name, html, sentence) => {
    expect(findTextRange(page(html).body, sentence)).toBeNull();
  });
});
