import { describe, expect, test } from 'vitest';
import {
  extractFromPageCopy,
  extractStory,
  MAX_BLOCK_CHARS,
  MAX_STORY_CHARS,
} from '../../utils/extract';
import {
  copyPageInSteps,
  copyWithinLimits,
  isPageCopy,
  READ_LIMITS,
  truncateAtSentence,
} from '../../utils/extract/bounded-copy';
import { summarizeDocument } from '../../utils/summarize';
import { DEEP_LEVELS, HOSTILE_PARAGRAPHS, HOSTILE_QUOTE } from '../harness/hostile-pages';
import { parseHtml } from '../harness/parse-html';
import { SEED_PARAGRAPHS } from './data/seed-story';

describe('a huge page', () => {
  test('is summarized from its first MAX_STORY_CHARS characters, without failing', () => {
    const paragraphs: string[] = [];
    for (let update = 1; paragraphs.join('').length < 3 * MAX_STORY_CHARS; update++) {
      for (const paragraph of SEED_PARAGRAPHS)
        paragraphs.push(`<p>Update ${update}: ${paragraph}</p>`);
    }
    const html = `<html><body><main><h1>Live: the war in Ukraine</h1><article>${paragraphs.join('')}</article></main></body></html>`;
    expect(html.length).toBeGreaterThan(1_000_000);
    const summary = summarizeDocument(
      parseHtml(html, 'https://live.example/'),
      'https://live.example/',
    );
    if (summary.status !== 'ok') throw new Error(summary.reason);
    const kept = summary.paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
    expect(kept).toBeLessThanOrEqual(MAX_STORY_CHARS);
    expect(kept).toBeGreaterThan(MAX_STORY_CHARS * 0.9);
    expect(summary.paragraphs[0]).toMatch(/^Update 1: MOSCOW/);
    expect(summary.quotes.length).toBeGreaterThan(100);
  }, 60_000);
});

const STORY = `<article><h1>Harbor council votes to rebuild the old ferry pier</h1>${HOSTILE_PARAGRAPHS.map(
  (text) => `<p>${text}</p>`,
).join('')}</article>`;

function read(html: string, prepare?: (doc: Document) => void) {
  const doc = parseHtml(html, 'https://hostile.example/');
  prepare?.(doc);
  return extractStory(doc, 'https://hostile.example/');
}

describe('a hostile page', () => {
  test('one block longer than the story budget before the story is cut, not allowed to hide it', () => {
    // One sentence-punctuated block of 2.5 × MAX_STORY_CHARS, in a single text node.
    const dump = 'The archive lists every ferry timetable since 1961. '.repeat(25_000);
    const result = read(`<html><body><div class="dump">${dump}</div>${STORY}</body></html>`);
    if (result.status !== 'ok') throw new Error(result.reason);
    expect(result.story.paragraphs.join(' ')).toContain(HOSTILE_QUOTE);
    for (const paragraph of result.story.paragraphs) {
      expect(paragraph.length).toBeLessThanOrEqual(MAX_BLOCK_CHARS);
      expect(paragraph).toMatch(/[.”]$/);
    }
    expect(result.limited).toMatch(/cut an extremely long run of text/);
  });

  test('a script or style sheet longer than a text node may be is cut without a notice: no reader sees it', async () => {
    const state = `window.__STATE__ = ${JSON.stringify({ items: 'x'.repeat(60_000) })};`;
    const html = `<html><head><style>${'.rule { color: red } '.repeat(3_000)}</style></head><body>${STORY}<script>${state}</script></body></html>`;
    const result = read(html);
    if (result.status !== 'ok') throw new Error(result.reason);
    expect(result.limited).toBeUndefined();
    const doc = parseHtml(html, 'https://hostile.example/');
    const copy = await copyPageInSteps(doc, 'https://hostile.example/', async () => undefined);
    expect(copy.limited).toBeNull();
    expect(copy.html.length).toBeLessThan(html.length);
  });

  test('a JSON-LD script longer than a text node may be is kept whole, in every copy, so its metadata is read', async () => {
    // A feature whose JSON-LD repeats its long text as articleBody: cut at 50,000 characters, its
    // JSON would no longer parse and the date, author and kind would be lost.
    const data = {
      '@context': 'https://schema.org',
      '@type': 'OpinionNewsArticle',
      datePublished: '2025-03-14T08:00:00Z',
      author: { '@type': 'Person', name: 'Marta Ilves' },
      articleBody: 'The ferry pier opened in 1961. '.repeat(2_300),
    };
    const json = JSON.stringify(data);
    expect(json.length).toBeGreaterThan(READ_LIMITS.maxTextNodeChars);
    const html = `<html><head><script type="application/ld+json">${json}</script></head><body>${STORY}</body></html>`;
    const doc = () => parseHtml(html, 'https://hostile.example/');
    const steps = await copyPageInSteps(doc(), 'https://hostile.example/', async () => undefined);
    for (const result of [
      extractStory(doc(), 'https://hostile.example/'),
      extractFromPageCopy(steps),
    ]) {
      if (result.status !== 'ok') throw new Error(result.reason);
      expect(result.limited).toBeUndefined();
      expect(result.story.publishedTime).toMatch(/^2025-03-14/);
      expect(result.story.authors).toEqual(['Marta Ilves']);
      expect(result.story.kind).toBe('opinion');
    }
    expect(copyWithinLimits(doc()).doc.querySelector('script')?.textContent).toBe(json);
  });

  test('a JSON-LD script beyond maxJsonLdChars is left out whole, not cut into broken JSON', async () => {
    const json = JSON.stringify({
      '@type': 'NewsArticle',
      articleBody: 'x '.repeat(READ_LIMITS.maxJsonLdChars),
    });
    const html = `<html><head><script type="application/ld+json">${json}</script></head><body>${STORY}</body></html>`;
    const copy = copyWithinLimits(parseHtml(html, 'https://hostile.example/'));
    expect(copy.doc.querySelector('script')?.textContent).toBe('');
    expect(copy.limited).toBeNull();
    const steps = await copyPageInSteps(
      parseHtml(html, 'https://hostile.example/'),
      'https://hostile.example/',
      async () => undefined,
    );
    expect(steps.html).toContain('<script type="application/ld+json"></script>');
    const result = read(html);
    if (result.status !== 'ok') throw new Error(result.reason);
    expect(result.story.paragraphs.join(' ')).toContain(HOSTILE_QUOTE);
  });

  test('a story inside an open shadow root is read', () => {
    const result = read(
      '<html><body><nav><a href="/">Home</a></nav><story-body></story-body></body></html>',
      (doc) => {
        const host = doc.querySelector('story-body') as Element;
        host.attachShadow({ mode: 'open' }).innerHTML = STORY;
      },
    );
    if (result.status !== 'ok') throw new Error(result.reason);
    expect(result.story.paragraphs.join(' ')).toContain(HOSTILE_QUOTE);
  });

  test('a page beyond the node budget is copied up to it, and the copy says so', () => {
    const doc = parseHtml(
      `<html><body><main>${STORY}</main><section></section></body></html>`,
      'https://hostile.example/',
    );
    const section = doc.querySelector('section') as Element;
    for (let i = 0; i < READ_LIMITS.maxNodes; i++) section.append(doc.createElement('br'));
    const copy = copyWithinLimits(doc);
    expect(copy.limited).toMatch(/read only the first 30,000 parts/);
    expect(copy.doc.body.textContent).toContain(HOSTILE_QUOTE);
    expect(copy.doc.querySelectorAll('br').length).toBeLessThan(READ_LIMITS.maxNodes);
  });
});

describe('a very deep page', () => {
  /** The story under DEEP_LEVELS nested divs, built node by node (no recursive parse). */
  function deepPage(levels: number): Document {
    const doc = parseHtml('<html><body></body></html>', 'https://hostile.example/');
    let parent: Element = doc.body;
    for (let i = 0; i < levels; i++) parent = parent.appendChild(doc.createElement('div'));
    parent.innerHTML = STORY;
    return doc;
  }

  test('keeps the paragraphs of a story nested past the depth limit (wrappers collapse)', () => {
    const copy = copyWithinLimits(deepPage(DEEP_LEVELS));
    expect(copy.doc.querySelectorAll('article > p')).toHaveLength(HOSTILE_PARAGRAPHS.length);
    const result = extractStory(deepPage(DEEP_LEVELS), 'https://hostile.example/');
    if (result.status !== 'ok') throw new Error(result.reason);
    // Each paragraph stays one paragraph, so every sentence is one the page shows.
    expect(result.story.paragraphs).toContain(HOSTILE_PARAGRAPHS[2]);
  });

  test('text of elements flattened past the depth limit is not glued across blocks', () => {
    const doc = parseHtml('<html><body></body></html>', 'https://hostile.example/');
    let parent: Element = doc.body;
    // Every level has two children, so no level is a wrapper that could collapse.
    for (let i = 0; i < READ_LIMITS.maxDepth + 10; i++) {
      parent.appendChild(doc.createElement('span')).textContent = `level ${i}.`;
      parent = parent.appendChild(doc.createElement('div'));
    }
    parent.innerHTML = '<p>First block.</p><p>Second block.</p>';
    const text = copyWithinLimits(doc).doc.body.textContent ?? '';
    expect(text).toContain('First block.');
    expect(text).not.toContain('First block.Second block.');
  });
});

describe('a page copy sent off the page (offscreen document)', () => {
  test('reads the same story as the page itself, and keeps what the walk left out', async () => {
    const html = `<html><head><title>Pier</title></head><body><main>${STORY}</main><div class="dump">${'Filler words here. '.repeat(5_000)}</div></body></html>`;
    const doc = parseHtml(html, 'https://hostile.example/');
    const copy = await copyPageInSteps(doc, 'https://hostile.example/', async () => undefined);
    expect(isPageCopy(copy)).toBe(true);
    expect(copy.limited).toMatch(/cut an extremely long run of text/);
    const offscreen = extractFromPageCopy(copy);
    expect(offscreen).toEqual(extractStory(doc, 'https://hostile.example/'));
    expect(offscreen.status).toBe('ok');
  });
});

describe('truncateAtSentence', () => {
  test.each([
    ['One. Two three. Four', 17, 'One. Two three.'],
    ['“Quoted.” Then more words here', 12, '“Quoted.”'],
    ['no stops at all in this text', 12, 'no stops at'],
    ['short', 10, 'short'],
  ])('%s (max %i)', (text, max, expected) => {
    expect(truncateAtSentence(text, max)).toBe(expected);
  });
});
