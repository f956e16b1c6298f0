import { describe, expect, test } from 'vitest';
import { findTextRange, foldText, highlightCss, highlightScope } from '../../utils/locate-text';

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
      'after runs of whitespace across nodes',
      '<p>  Lead   in. <span>  Then   the  </span>  <i>target\n\n sentence.</i></p>',
      'Then the target sentence.',
    ],
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

  test('finds a sentence inside an open shadow root', () => {
    const doc = page('<nav>Menu</nav><story-body></story-body>');
    const host = doc.querySelector('story-body') as Element;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Inside the   shadow. Found here.</p>';
    const range = findTextRange(doc.body, 'Inside the shadow.');
    expect(range?.toString()).toBe('Inside the   shadow.');
  });

  test('finds a sentence 2,000 elements deep', () => {
    const doc = page(`${'<div>'.repeat(2000)}<p>Deep down here.</p>${'</div>'.repeat(2000)}`);
    expect(findTextRange(doc.body, 'Deep down here.')?.toString()).toBe('Deep down here.');
  });
});

describe('highlightScope', () => {
  test.each([
    [
      'the only article',
      '<main><article><p>Other.</p><p>Target text.</p></article></main>',
      'article',
    ],
    ['an id', '<div id="story-1"><p>Target text.</p></div><div><p>Other.</p></div>', '#story-1'],
    ['a class used once', '<div class="body"><p>Target text.</p></div><p>Other.</p>', '.body'],
    ['nothing unique', '<div><p>Target text.</p></div><div><p>Other.</p></div>', null],
  ])('%s', (_name, html, scope) => {
    const range = findTextRange(page(html).body, 'Target text.');
    if (!range) throw new Error('not found');
    expect(highlightScope(range)).toBe(scope);
  });

  test('the scoped rule names the scope and its descendants; no scope styles every element', () => {
    expect(highlightCss('article')).toMatch(
      /^article::highlight\(story-lens\), article ::highlight\(story-lens\) \{/,
    );
    expect(highlightCss(null)).toMatch(/^::highlight\(story-lens\) \{/);
  });
});
