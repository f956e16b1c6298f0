import { describe, expect, test } from 'vitest';
import { extractStory } from '../../utils/extract';
import {
  HEADLINE_MAX_WORDS,
  headingAbove,
  isHeadlineLike,
  OPENING_TITLE_WORDS,
  storyTitle,
} from '../../utils/extract/title';

const PARAGRAPH =
  'The ferry to Gull Island will run twice a day from Monday, the harbour board said on Friday. The second sailing leaves the mainland pier at four in the afternoon and returns before dark, so that pupils from the island can stay for clubs after school.';

function words(count: number): string {
  return Array.from({ length: count }, (_, index) => `word${index}`).join(' ');
}

describe('isHeadlineLike', () => {
  test('a headline of several short sentences is one', () => {
    expect(isHeadlineLike('Ferry Back. Pier Open. Island Cheers?')).toBe(true);
  });
  test(`a line over ${HEADLINE_MAX_WORDS} words is a paragraph`, () => {
    expect(isHeadlineLike(words(HEADLINE_MAX_WORDS))).toBe(true);
    expect(isHeadlineLike(words(HEADLINE_MAX_WORDS + 1))).toBe(false);
    expect(isHeadlineLike(PARAGRAPH)).toBe(false);
  });
  test('an empty line is none', () => {
    expect(isHeadlineLike('')).toBe(false);
  });
});

describe('storyTitle', () => {
  test("the page's own title wins when it is headline-like", () => {
    expect(
      storyTitle({
        titles: ['Gull Island ferry doubles its sailings', null],
        firstParagraph: PARAGRAPH,
        siteName: 'Harbour Gazette',
      }),
    ).toBe('Gull Island ferry doubles its sailings');
  });
  test("a page title that is a whole paragraph gives way to Readability's", () => {
    expect(
      storyTitle({
        titles: [PARAGRAPH, 'Gull Island ferry doubles its sailings'],
        firstParagraph: PARAGRAPH,
        siteName: null,
      }),
    ).toBe('Gull Island ferry doubles its sailings');
  });
  test('without one, a short heading-like first line of the story is the title', () => {
    expect(
      storyTitle({
        titles: ['', null],
        firstParagraph: 'Ferry timetable',
        siteName: 'gazette.test',
      }),
    ).toBe('Ferry timetable');
  });
  test('a first line that ends a sentence or clause is no heading', () => {
    expect(
      storyTitle({ titles: [''], firstParagraph: 'The ferry is back.', siteName: 'gazette.test' }),
    ).toBe('gazette.test');
  });
  test('a story that opens with a paragraph is titled by its site, never by the paragraph', () => {
    expect(
      storyTitle({ titles: ['', null], firstParagraph: PARAGRAPH, siteName: 'gazette.test' }),
    ).toBe('gazette.test');
  });
  test('with no site either, the opening words cut at a word boundary with an ellipsis', () => {
    const title = storyTitle({ titles: [null], firstParagraph: PARAGRAPH, siteName: null });
    expect(title).toBe('The ferry to Gull Island will run twice a day…');
    expect(title.split(' ')).toHaveLength(OPENING_TITLE_WORDS);
  });
  test('the cut drops a trailing comma before the ellipsis', () => {
    expect(
      storyTitle({
        titles: [],
        firstParagraph: 'On Monday the board, after a long wait, agreed to run two sailings a day.',
        siteName: null,
      }),
    ).toBe('On Monday the board, after a long wait, agreed to…');
  });
});

describe('extractStory title on a page with no title, og:title or heading', () => {
  const html = `<html><head></head><body><table><tr><td><a href="/">Home</a></td><td>${[
    PARAGRAPH,
    'Islanders asked for the second sailing at three meetings last year. The board agreed once the new crew had passed their training, and the timetable will be reviewed after the summer holidays.',
    'Tickets cost the same as before, and the first sailing still leaves the island at seven in the morning. Passengers with bicycles are asked to board first and to leave them on the lower deck.',
  ]
    .map((text) => `<p>${text}</p>`)
    .join('')}</td></tr></table></body></html>`;

  test('is the host, not the first paragraph', () => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const result = extractStory(doc, 'https://www.gazette.test/ferry.htm');
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.story.title).toBe('gazette.test');
    expect(result.story.paragraphs[0]).toBe(PARAGRAPH);
  });
});

describe('headingAbove', () => {
  const opening = 'The ferry to Gull Island will run twice a day from Monday.';
  const page = (above: string) =>
    new DOMParser().parseFromString(
      `<html><body>${above}<p>${opening} More follows here.</p></body></html>`,
      'text/html',
    );

  test('a bold line standing alone above the story, past a date line', () => {
    const doc = page(
      '<font size="1">Friday | May 2</font><br><font size="3"><b>Two Sailings a Day</b></font><br>',
    );
    expect(headingAbove(doc, opening)).toBe('Two Sailings a Day');
  });
  test('a heading tag above the story', () => {
    expect(headingAbove(page('<h3>Two Sailings a Day</h3>'), opening)).toBe('Two Sailings a Day');
  });
  test('bold words inside a line of text are no heading', () => {
    expect(
      headingAbove(page('<div>Read <b>Two Sailings a Day</b> in print</div>'), opening),
    ).toBeNull();
  });
  test('a one-word label or a line ending a sentence is no heading', () => {
    expect(headingAbove(page('<div><b>Overview</b></div>'), opening)).toBeNull();
    expect(headingAbove(page('<div><b>The ferry is back.</b></div>'), opening)).toBeNull();
  });
  test('a bold link is navigation, not a heading', () => {
    expect(
      headingAbove(page('<div><a href="/"><b>Back to the front page</b></a></div>'), opening),
    ).toBeNull();
  });
  test('a line of other prose between ends the search', () => {
    const prose = `<p>${'Another story about the harbour runs here with its own words and more words.'.repeat(2)}</p>`;
    expect(headingAbove(page(`<div><b>Two Sailings a Day</b></div>${prose}`), opening)).toBeNull();
  });
  test('an opening not found in the page gives none', () => {
    expect(headingAbove(page('<h3>Two Sailings a Day</h3>'), 'Words that are nowhere')).toBeNull();
  });
});

describe('titles in scripts written without spaces', () => {
  // Invented: "The island ferry will run twice a day from Monday, the harbour board said on Friday.
  // The second sailing leaves the pier at four in the afternoon and returns before dark."
  const CHINESE_PARAGRAPH =
    '港务局周五表示，从周一起，前往海鸥岛的渡轮每天开两班。第二班下午四点从码头出发，天黑前返回，方便岛上的学生放学后参加社团活动。';
  test('a paragraph is no headline, though it holds no spaces', () => {
    expect(isHeadlineLike(CHINESE_PARAGRAPH)).toBe(false);
    expect(isHeadlineLike('海鸥岛渡轮恢复运行')).toBe(true);
  });
  test('a first paragraph ending on a full stop is not taken for the title', () => {
    expect(
      storyTitle({ titles: [], firstParagraph: CHINESE_PARAGRAPH, siteName: 'harbour.example' }),
    ).toBe('harbour.example');
  });
});
