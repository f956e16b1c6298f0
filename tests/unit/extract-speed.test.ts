/**
 * The shortcuts extraction takes for speed answer exactly as the slower ways they replace: tree
 * walks as the selector engine, character loops as the regular expressions.
 */
import { Readability } from '@mozilla/readability';
import { afterEach, describe, expect, test } from 'vitest';
import { extractStory } from '../../utils/extract';
import {
  cloneWithinLimits,
  copyInSteps,
  copyWithinLimits,
  READ_LIMITS,
} from '../../utils/extract/bounded-copy';
import {
  endsSentence,
  FOOTNOTE_TAIL,
  TERMINAL,
  UNPUNCTUATED_END,
} from '../../utils/extract/clean-blocks';
import {
  childElements,
  closestWhere,
  descendantsWhere,
  documentElementsUpTo,
  firstDescendantWhere,
  hasNativeLookups,
  selectorSort,
  selectorTest,
  walkBySiblingLinks,
} from '../../utils/extract/dom-walk';
import { readMetadata } from '../../utils/extract/metadata';
import {
  isLabelText,
  lettersExceed,
  normalizedLength,
  normalizeSpace,
  textLettersExceed,
} from '../../utils/extract/noise';
import {
  cleanConditionally,
  cleanStyles,
  collectBlocks,
  forEachNode,
  getAllNodesWithTag,
  getInnerText,
  getLinkDensity,
  hasChildBlockElement,
  hasSingleTagInsideElement,
  isElementWithoutContent,
  isProbablyVisible,
  isValidByline,
  leafHolds,
  removeNodes,
  unwrapScriptLinks,
  withoutLoggedMarkup,
} from '../../utils/extract/readability';
import {
  isSpaceCode,
  lowerWords,
  MAYBE_UNSPACED,
  UNSPACED,
  wantedWords,
  wordCount,
  wordCountUpTo,
} from '../../utils/extract/words';
import { listFixtures } from '../harness/fixtures';
import { parseHtml } from '../harness/parse-html';

/** An invented page with nesting, attributes, inline elements in paragraphs and an SVG link. */
const PAGE = `<!doctype html><html><body>
  <header id="top"><nav><a href="/">Home</a> › <a href="/city">City</a></nav></header>
  <main class="story">
    <h1>Council adds a night bus</h1>
    <p class="lede">By <span class="byline">Ana Ruiz</span> and <b>Li Wei</b>: the <a href="#">council</a>
      voted <em>on <strong>Tuesday</strong></em>.</p>
    <div role="navigation" hidden><ul><li><a href="/a">A</a></li><li>B</li></ul></div>
    <section aria-hidden="true"><h2>More</h2><h3 id="x">Less</h3><p>Text <span>in</span> it.</p></section>
    <footer><form><input name="q"><button>Go</button></form></footer>
    <svg><a href="#"><text>Map</text></a></svg>
    <noscript><p>Enable scripts.</p></noscript>
  </main>
</body></html>`;

const SELECTORS = [
  'p',
  'a',
  'h1, h2',
  'h2, h3, h4, strong, b',
  'div, section, aside, ul, ol, p, span, header',
  '[class], [id]',
  '[role="navigation"], [aria-hidden="true"], [hidden], nav, footer',
  'script, noscript, svg, button, input, form',
  'li[hidden], section[aria-hidden="true"]',
  '[class*="line"], [id*="to"], a[href="#"]',
  // A word of the attribute (~=), not a part of one: "ede" is in "lede" but not one of its words.
  '[class~="lede"], [class~="byline"], [class~="ede"]',
  // One attribute named by several selectors, with and without a tag: read once, tested by each.
  '[role="search"], [role="navigation"], section[aria-hidden="true"][role], [class*="lede"], [class*="story"], nav',
];

describe('dom-walk answers as the selector engine', () => {
  const doc = parseHtml(PAGE, 'https://example.test/');
  const body = doc.body;
  const everyElement = Array.from(body.querySelectorAll('*'));

  test.each(SELECTORS)('descendantsWhere and firstDescendantWhere: %s', (selector) => {
    const is = selectorTest(selector);
    for (const root of [body, ...everyElement]) {
      expect(descendantsWhere(root, is)).toEqual(Array.from(root.querySelectorAll(selector)));
      expect(firstDescendantWhere(root, is)).toBe(root.querySelector(selector));
    }
  });

  test.each(SELECTORS)('closestWhere: %s', (selector) => {
    const is = selectorTest(selector);
    // By markup: happy-dom's closest() may return a form's proxy where parentElement returns the form.
    const markup = (element: Element | null) => element?.outerHTML ?? null;
    for (const element of everyElement)
      expect(markup(closestWhere(element, is))).toBe(markup(element.closest(selector)));
  });

  test('textLettersExceed answers as lettersExceed on textContent', () => {
    for (const element of [body, ...everyElement]) {
      const text = element.textContent ?? '';
      for (const max of [0, 1, 3, 10, 37, 120, text.length])
        expect(textLettersExceed(element, max), `${element.tagName} ${max}`).toBe(
          lettersExceed(text, max),
        );
    }
  });

  test('selectorSort sorts by every list in one walk as querySelectorAll finds each', () => {
    const sort = selectorSort(SELECTORS);
    for (const root of [body, ...everyElement])
      expect(sort(root)).toEqual(
        SELECTORS.map((selector) => Array.from(root.querySelectorAll(selector))),
      );
  });

  test.each(SELECTORS)('documentElementsUpTo: %s', (selector) => {
    const all = Array.from(doc.querySelectorAll(selector));
    for (const max of [0, 1, 2, 3, all.length, all.length + 1])
      expect(documentElementsUpTo(doc, selectorTest(selector), max)).toEqual(all.slice(0, max));
  });

  test('a DOM written in JavaScript (happy-dom) is read by walks, not native lookups', () => {
    expect(hasNativeLookups(doc)).toBe(false);
    const native = { getElementsByTagName: Function.prototype.bind.call(Math.max, null) };
    expect(hasNativeLookups(native as unknown as Document)).toBe(true);
  });

  test('a selector it cannot read is refused, not matched wrongly', () => {
    expect(() => selectorSort(['p', 'p span'])).toThrow();
    expect(() => selectorTest('p span')).toThrow();
    expect(() => selectorTest('.lede')).toThrow();
    expect(() => selectorTest('[class^="by"]')).toThrow();
  });
});

describe('words: the quick tests agree with the regular expressions', () => {
  test('isSpaceCode is \\s for every UTF-16 code unit', () => {
    for (let code = 0; code <= 0xffff; code++)
      expect(isSpaceCode(code), code.toString(16)).toBe(/\s/.test(String.fromCharCode(code)));
  });

  test('MAYBE_UNSPACED finds every character of an unspaced script', () => {
    for (let point = 0; point <= 0x10ffff; point++) {
      const char = String.fromCodePoint(point);
      if (UNSPACED.test(char)) expect(MAYBE_UNSPACED.test(char), point.toString(16)).toBe(true);
    }
  });

  test('typographic quotes and dashes do not send Latin text to the script test', () => {
    expect(MAYBE_UNSPACED.test('The mayor’s “night bus” — 24/7 … €3')).toBe(false);
  });

  test('wordCount counts the runs between spaces of any kind', () => {
    for (const text of ['', '  ', 'one', ' one  two\tthree\n', 'a\u00a0b\u2003c\u3000d', '— | —']) {
      const expected = text.split(/\s+/).filter(Boolean).length;
      expect(wordCount(text), JSON.stringify(text)).toBe(expected);
    }
  });
});

describe('normalizedLength is the length of normalizeSpace', () => {
  test.each([
    '',
    ' ',
    'word',
    '  One \n two  ',
    '\u00a0lead\u2009and\u3000tail\ufeff',
    'a  b\t\tc\r\nd',
    '多云 转 晴',
    ' 😀 x ',
  ])('%j', (text) => {
    expect(normalizedLength(text)).toBe(normalizeSpace(text).length);
  });

  test('on every golden page body', () => {
    for (const fixture of listFixtures()) {
      const text = parseHtml(fixture.html, 'https://example.test/').body.textContent ?? '';
      expect(normalizedLength(text), fixture.name).toBe(normalizeSpace(text).length);
    }
  });
});

describe('wordCountUpTo is wordCount cut at the limit', () => {
  const texts = [
    '',
    '  ',
    'one',
    ' one  two\tthree\n',
    'a\u00a0b\u2003c\u3000d',
    '市政府周二宣布，明年将扩建地铁网络。',
  ];
  test.each(texts)('%j', (text) => {
    for (let limit = 1; limit <= 12; limit++)
      expect(wordCountUpTo(text, limit), String(limit)).toBe(Math.min(wordCount(text), limit));
  });
});

/** wantedWords answers as cutting the whole text into words and keeping the wanted ones. */
function expectSlowAnswer(text: string, wanted: Set<string>, fold: (word: string) => string) {
  const expected = new Set(
    lowerWords(text)
      .map(fold)
      .filter((word) => wanted.has(word)),
  );
  expect(wantedWords(text, wanted, fold)).toEqual(expected);
}

describe('wantedWords finds what filtering lowerWords finds', () => {
  const fold = (word: string) => (word.length > 4 && word.endsWith('s') ? word.slice(0, -1) : word);
  const texts = [
    'The council adds night buses to the metro plans.',
    '市政府周二宣布，明年将扩建地铁网络。Metro plans 2025',
    'รัฐบาลประกาศแผนใหม่ for buses',
    '町は火曜日に新しい計画を発表した。',
  ];
  const wanted = new Set([
    'metro',
    'plan',
    'buse',
    '地铁',
    '网络',
    '計画',
    'แผน',
    'council',
    '宣布',
  ]);
  test('stops reading once every wanted word is found, with the same answer', () => {
    const few = new Set(['night', 'council']);
    expect(
      wantedWords('The council adds a night bus. The council met at night.', few, fold),
    ).toEqual(few);
  });
  test.each(texts)('%s', (text) => expectSlowAnswer(text, wanted, fold));
});

describe('wantedWords without a segmenter finds each word where the text holds it', () => {
  const fold = (word: string) =>
    word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  const wanted = new Set([
    'ship',
    'ferry',
    'café',
    'route',
    '2025',
    'déjà',
    '𝐛𝐮𝐬',
    'crossing',
    'ne',
  ]);
  // Invented texts: a wanted word inside longer words, at either end, by digits, accents,
  // apostrophes, astral letters and emoji, in plural, in capitals.
  const texts = [
    'Shipping firms add ferries; the ship route opens in 2025.',
    'shipments, shipyards and reshipped goods: no ship here',
    'Ferrys',
    'Ferry',
    'the ferryman’s café-bar and CAFÉS on the routes',
    'Déjà vu: a déjàvu and 2025a, a2025, 20250 or 2025',
    '𝐁𝐮𝐬 routes and 𝐛𝐮𝐬𝐞𝐬 🚌bus🚌 and x𝐛𝐮𝐬',
    'crossings crossing’s crossingss',
    'one ne neon ne',
    '',
  ];
  test.each(texts)('%s', (text) => expectSlowAnswer(text, wanted, fold));
});

describe('endsSentence answers as its patterns do on the whole text', () => {
  const slow = (text: string) => {
    const end = text.replace(FOOTNOTE_TAIL, '');
    return TERMINAL.test(end) || UNPUNCTUATED_END.test(end) || /:\s?[-–—]\s*$/u.test(end);
  };
  // Invented endings: stops, quotes, footnote marks in every form, every kind of trailing space,
  // unpunctuated scripts, astral and lone surrogate characters.
  const texts = [
    '',
    ' ',
    'The bus runs at night.',
    'The bus runs at night',
    'The bus runs at night. ',
    'The bus runs at night.\u00A0\u2028\uFEFF',
    'It said “yes.”',
    'Fares rose.[3]',
    'Fares rose.[3] [12]  ',
    'Fares rose.[1234]',
    'Fares rose [note]',
    'See the paper. ↩',
    'See the paper. ↩\uFE0E\uFE0F ↩︎',
    'See the paper ↩︎',
    'Up. ↑ ^ ',
    'Up ^',
    'A variation selector alone.\uFE0F',
    'รถเมล์กลางคืนเริ่มวิ่ง  ',
    'ລົດເມ',
    'រថយន្តក្រុង\t',
    'Math bold 𝐀',
    'Lone high \uD835',
    'Lone low \uDC00',
    '市政府宣布。',
    'Ends in a bracket)',
    'It lacks data on:-',
    'It lacks data on: —\u00A0 ',
    'It lacks data on :  -',
    'Scores ran 3-',
  ];
  test.each(texts)('%j', (text) => {
    expect(endsSentence(text)).toBe(slow(text));
  });
  test('on every text of every golden page', () => {
    for (const fixture of listFixtures()) {
      const doc = parseHtml(fixture.html, 'https://example.test/');
      for (const element of Array.from(doc.querySelectorAll('p, li, h1, h2, h3, td, div'))) {
        const text = element.textContent ?? '';
        expect(endsSentence(text)).toBe(slow(text));
      }
    }
  });
});

describe('isLabelText on long texts', () => {
  test('a label with spaces, trailing marks and a count is still a label', () => {
    expect(isLabelText(`  Advertisement${' '.repeat(500)}3 ›› `)).toBe(true);
    expect(isLabelText('STORY CONTINUES BELOW ADVERTISEMENT:')).toBe(true);
  });

  test('a text with more letters than any label is none', () => {
    expect(isLabelText(`Advertisement ${'x'.repeat(40)}`)).toBe(false);
    expect(isLabelText('Read more about the night bus plan')).toBe(false);
  });
});

describe('copyWithinLimits and cloneWithinLimits copy a plain page as the walk copies it', () => {
  const walked = (doc: Document) => {
    const steps = copyInSteps(doc);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  };
  const pages = [
    ...listFixtures().map((fixture) => ({ name: fixture.name, html: fixture.html })),
    {
      name: 'comments, a processing instruction and a template',
      html: '<!doctype html><html><!-- a --><body><p>One <!-- b -->two</p><?pi x?><template><p>T</p></template></body></html>',
    },
    {
      name: 'comments only',
      html: '<!doctype html><html><body><!-- a --><div><p>One <!-- b -->two</p></div></body></html>',
    },
    {
      // Removed by where they sit: runs of siblings, first and last children, nested ones.
      name: 'comments side by side, first, last and nested',
      html: '<!doctype html><html><head><!-- h --><title>T</title><!-- i --></head><body><!-- a --><!-- b --><div><!-- c --><p><!-- d -->One<!-- e --><!-- f --> two<b>x<!-- g --></b><!-- j --></p><!-- k --></div>tail<!-- l --><p>Two</p><!-- m --></body></html>',
    },
    {
      // Cut as the walk cuts them, beside comments that go: a long script and a long paragraph.
      name: 'text nodes longer than maxTextNodeChars, among comments',
      html: `<!doctype html><html><head><script>${'var ferry = 1; '.repeat(4_000)}</script></head><body><!-- a --><p>Short.</p><div><!-- b --><p>${'The pier reopens in May. '.repeat(2_500)}</p><p>After<!-- c -->wards.</p></div></body></html>`,
    },
    {
      // Within maxNodes by elements and text alone; the comments take it past.
      name: 'comments that take a page past maxNodes',
      html: `<!doctype html><html><body><p>Short.</p>${'<i>x</i><!-- c -->'.repeat(Math.ceil(READ_LIMITS.maxNodes / 3) + 1)}</body></html>`,
    },
    {
      name: 'cut text that together passes maxTextChars',
      html: `<!doctype html><html><body>${`<p>${'The pier reopens in May. '.repeat(2_100)}</p>`.repeat(Math.ceil(READ_LIMITS.maxTextChars / READ_LIMITS.maxTextNodeChars) + 1)}</body></html>`,
    },
  ];

  afterEach(() => walkBySiblingLinks(null));

  // Both ways: comments found by their paths (happy-dom) and by a tree walker (a browser's DOM).
  test.each(pages.flatMap((page) => [false, true].map((links) => ({ ...page, links }))))(
    '$name (sibling links: $links)',
    ({ name, html, links }) => {
      const doc = parseHtml(html, `https://example.test/${name}/`);
      const reference = walked(doc);
      walkBySiblingLinks(links);
      for (const copy of [copyWithinLimits(doc), cloneWithinLimits(doc)]) {
        expect(copy.limited).toBe(reference.limited);
        expect(copy.doc.documentElement.outerHTML).toBe(reference.doc.documentElement.outerHTML);
      }
    },
  );
});

describe('unwrapScriptLinks changes text and tags as Readability’s _fixRelativeUris does', () => {
  // An invented article: relative, absolute and hash links, `javascript:` links holding one text
  // node, several nodes and nothing, media with addresses, and a `javascript:` link nested in one.
  const ARTICLE = `<div><p>See <a href="javascript:void(0)">the map</a> and <a href="/routes">routes</a>,
    <a href="#notes">notes</a> or <a href="javascript:open()"><b>the</b> timetable</a>.</p>
    <p><a href="javascript:x()"></a><img src="bus.png" srcset="bus-2x.png 2x"><video poster="p.jpg"></video>
    <a href="https://example.test/a">An <a href="javascript:y()">inner</a> link</a></p></div>`;
  const withoutAddresses = (root: Element) => {
    for (const element of [root, ...Array.from(root.querySelectorAll('*'))])
      for (const name of ['href', 'src', 'srcset', 'poster']) element.removeAttribute(name);
    return root.outerHTML;
  };
  const article = (native = false) => {
    const doc = parseHtml(
      `<!doctype html><html><body>${ARTICLE}</body></html>`,
      'https://example.test/news/',
    );
    return (native ? asNative(doc) : doc).body.firstElementChild as Element;
  };

  // Links found by a walk, and by the page's own tag lookup (a browser's).
  test.each([false, true])('same text, same tags; only addresses differ (native: %s)', (native) => {
    const theirs = article();
    const reader = new Readability(theirs.ownerDocument) as unknown as {
      _fixRelativeUris: (content: Element) => void;
    };
    reader._fixRelativeUris(theirs);
    const ours = article(native);
    unwrapScriptLinks(ours);
    expect(withoutAddresses(ours)).toBe(withoutAddresses(theirs));
    expect(ours.textContent).toBe(theirs.textContent);
    expect(ours.querySelectorAll('a').length).toBe(3);
  });
});

describe('cleanStyles removes what Readability’s _cleanStyles removes', () => {
  // An invented article: presentational attributes on elements with and without other
  // attributes, sizes on a table and an image, an SVG keeping its own, nested elements.
  const ARTICLE = `<div class="story" style="margin:0"><p align="center" id="a">One <b style="color:red">two</b></p>
    <table border="1" width="90%" cellpadding="2"><tr valign="top"><td width="50" bgcolor="#fff">Cell</td><td>x</td></tr></table>
    <img src="a.png" width="10" height="20" hspace="3"><svg width="5" style="fill:red"><rect style="x" width="2"/></svg>
    <pre width="80">code</pre><hr height="1" vspace="4"><section><div><span style="">deep</span></div></section></div>`;
  const article = () =>
    parseHtml(`<!doctype html><html><body>${ARTICLE}</body></html>`, 'https://example.test/news/')
      .body.firstElementChild as Element;

  test('the same attributes go', () => {
    const theirs = article();
    const reader = new Readability(theirs.ownerDocument) as unknown as {
      _cleanStyles: (element: Element) => void;
    };
    reader._cleanStyles(theirs);
    const ours = article();
    cleanStyles(ours);
    expect(ours.outerHTML).toBe(theirs.outerHTML);
    expect(ours.outerHTML).not.toBe(article().outerHTML);
  });
});

describe('isProbablyVisible answers as Readability’s _isProbablyVisible', () => {
  // An invented page: elements without attributes, with a style that hides them or not, hidden,
  // aria-hidden (a fallback image kept), an SVG and its child.
  const PAGE = `<div><p>Plain</p><p class="lede" id="x">Named</p><div style="display:none">Gone</div>
    <div style="visibility: hidden">Hidden</div><div style="color:red">Shown</div><p style="">Empty</p>
    <section hidden>Off</section><span aria-hidden="true">Icon</span><span aria-hidden="false">On</span>
    <img aria-hidden="true" class="mwe-math-fallback-image-inline" src="f.png"><b aria-hidden="true" class="x">B</b>
    <svg style="display:none"><rect aria-hidden="true" width="2"/></svg><svg><g hidden></g></svg></div>`;

  test('the same answer for every element', () => {
    const doc = parseHtml(
      `<!doctype html><html><body>${PAGE}</body></html>`,
      'https://example.test/',
    );
    const reader = new Readability(doc) as unknown as {
      _isProbablyVisible: (node: Element) => boolean;
    };
    const elements = Array.from(doc.body.querySelectorAll('*'));
    // Theirs answers a class-less aria-hidden element with its empty class name: falsy.
    const theirs = elements.map((element) => Boolean(reader._isProbablyVisible(element)));
    expect(elements.map(isProbablyVisible)).toEqual(theirs);
    expect(theirs).toContain(false);
    expect(theirs).toContain(true);
  });
});

describe('hasChildBlockElement and hasSingleTagInsideElement answer as Readability’s', () => {
  // An invented page: DIVs holding one paragraph (with and without text beside it), a block deep
  // inside inline elements, only inline content, an image, a section around one div, a table.
  const PAGE = `<div id="a"> <p>One</p> </div><div id="b">Lede <p>One</p></div>
    <div id="c"><span><em><img src="x.png"></em></span></div><div id="d"><span>Only <b>text</b></span></div>
    <section id="e"><div><p>Two</p></div></section><div id="f"><p>One</p><p>Two</p></div>
    <table><tbody><tr><td><div>Cell</div></td></tr></tbody></table><div id="g"><!-- note --><p>Three</p></div>`;
  const TAGS = ['P', 'DIV', 'SECTION', 'TBODY', 'TR', 'TD'];

  test.each([true, false])('the same answers (along sibling links: %s)', (links) => {
    const doc = parseHtml(
      `<!doctype html><html><body>${PAGE}</body></html>`,
      'https://example.test/',
    );
    const reader = new Readability(doc) as unknown as {
      _hasChildBlockElement: (element: Element) => boolean;
      _hasSingleTagInsideElement: (element: Element, tag: string) => boolean;
    };
    const elements = Array.from(doc.body.querySelectorAll('*'));
    walkBySiblingLinks(links);
    try {
      const ours = elements.map((element) => [
        hasChildBlockElement(element),
        ...TAGS.map((tag) => hasSingleTagInsideElement(element, tag)),
      ]);
      const theirs = elements.map((element) => [
        reader._hasChildBlockElement(element),
        ...TAGS.map((tag) => reader._hasSingleTagInsideElement(element, tag)),
      ]);
      expect(ours).toEqual(theirs);
      expect(theirs.flat()).toContain(true);
    } finally {
      walkBySiblingLinks(null);
    }
  });
});

describe('isElementWithoutContent, getInnerText, removeNodes and forEachNode answer as Readability’s', () => {
  // An invented page: empty boxes (whitespace, a line break, a rule, a comment, a non-breaking
  // space), boxes whose only text sits deep inside, an image alone, nested lists and links, runs
  // of spaces and line breaks in text.
  const PAGE = `<div id="a">   </div><div id="b"> <br> <hr> </div><section id="c"><!-- gone --></section>
    <div id="d">&nbsp;</div><div id="e"><span><em></em></span></div><div id="f"><span><b> </b><i>Deep</i></span></div>
    <header id="g"><img src="x.png"></header><h2 id="h">  </h2><h3 id="i"><br></h3>
    <div id="j"><p>One,  two,\n\n three</p><ul><li><a href="#x">Four</a></li><li>Five  six</li></ul>
    <div><p>  Seven <a href="/s">eight</a>  </p><table><tr><td>Nine</td></tr></table></div></div>
    <div id="k"><p>Short</p><p> </p><p><img src="y.png"></p><p><a href="/t">Linked only</a></p></div>`;
  const open = () => {
    const doc = parseHtml(
      `<!doctype html><html><body>${PAGE}</body></html>`,
      'https://example.test/',
    );
    const reader = new Readability(doc) as unknown as {
      _isElementWithoutContent: (node: Node) => boolean;
      _getInnerText: (element: Element, normalizeSpaces?: boolean) => string;
      _getLinkDensity: (element: Element) => number;
      _removeNodes: typeof removeNodes;
      _forEachNode: typeof forEachNode;
    };
    return { doc, reader };
  };

  test('isElementWithoutContent and getInnerText: the same answer for every node', () => {
    const { doc, reader } = open();
    const nodes: Node[] = [];
    const walker = doc.createTreeWalker(doc.body);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
    const elements = nodes.filter((node): node is Element => node.nodeType === 1);
    expect(nodes.map(isElementWithoutContent)).toEqual(
      nodes.map((node) => reader._isElementWithoutContent(node)),
    );
    expect(nodes.map(isElementWithoutContent)).toContain(true);
    for (const normalize of [undefined, true, false, 0, 1]) {
      expect(elements.map((element) => getInnerText(element, normalize as boolean))).toEqual(
        elements.map((element) => reader._getInnerText(element, normalize as boolean)),
      );
    }
  });

  // Filters as Readability writes them: read texts through the reader (getInnerText, link
  // density), and remove by what they read.
  type Filter = (this: ReturnType<typeof open>['reader'], node: Element) => boolean;
  const FILTERS: [string, Filter][] = [
    [
      'short text',
      function (node) {
        return this._getInnerText(node).length < 12;
      },
    ],
    [
      'linky',
      function (node) {
        return this._getLinkDensity(node) > 0.3;
      },
    ],
    [
      // Both readings of one text, and a link density that reads it again.
      'collapsed spaces or linky',
      function (node) {
        return (
          this._getInnerText(node).length < this._getInnerText(node, false).length ||
          this._getLinkDensity(node) > 0.3
        );
      },
    ],
    [
      'no text',
      function (node) {
        return !this._getInnerText(node, false);
      },
    ],
  ];

  test.each(FILTERS)('removeNodes: %s', (_name, filter) => {
    const theirs = open();
    const shouldRemove = filter as (this: unknown, node: Element) => boolean;
    theirs.reader._removeNodes(
      Array.from(theirs.doc.body.querySelectorAll('div, p, li')),
      shouldRemove,
    );
    const ours = open();
    // Ours, with getInnerText on the reader as runReadability sets it.
    const internals = ours.reader as unknown as { _getInnerText: typeof getInnerText };
    internals._getInnerText = getInnerText;
    removeNodes.call(
      ours.reader,
      Array.from(ours.doc.body.querySelectorAll('div, p, li')),
      shouldRemove,
    );
    expect(ours.doc.body.innerHTML).toBe(theirs.doc.body.innerHTML);
    expect(ours.doc.body.innerHTML).not.toBe(open().doc.body.innerHTML);
  });

  test('removeNodes without a filter removes every node that has a parent', () => {
    const theirs = open();
    theirs.reader._removeNodes(Array.from(theirs.doc.body.querySelectorAll('p, li')));
    const ours = open();
    removeNodes.call(ours.reader, Array.from(ours.doc.body.querySelectorAll('p, li')));
    expect(ours.doc.body.innerHTML).toBe(theirs.doc.body.innerHTML);
  });

  test('forEachNode: the same calls on a static list, an array and a live list that shrinks', () => {
    const calls = (each: typeof forEachNode, use: 'static' | 'array' | 'live') => {
      const { doc, reader } = open();
      const seen: string[] = [];
      const list =
        use === 'static'
          ? doc.body.querySelectorAll('p')
          : use === 'array'
            ? Array.from(doc.body.querySelectorAll('li'))
            : doc.body.getElementsByTagName('p');
      each.call(reader, list, function (this: unknown, node, index, whole) {
        seen.push(`${index}:${(node as Element).textContent}:${this === reader}:${whole === list}`);
        // The live list loses a later paragraph: forEach skips the index it no longer holds.
        if (use === 'live' && index === 0) doc.body.getElementsByTagName('p')[1]?.remove();
      });
      return seen;
    };
    for (const use of ['static', 'array', 'live'] as const) {
      const theirs = calls(
        (list, fn) => Array.prototype.forEach.call(list, fn, open().reader),
        use,
      );
      expect(calls(forEachNode, use).map((call) => call.replace(/:(true|false):/, ':'))).toEqual(
        theirs.map((call) => call.replace(/:(true|false):/, ':')),
      );
      expect(calls(forEachNode, use)[0]).toContain(':true:true');
    }
  });
});

describe('the walks read a page alike along sibling links (a browser DOM) and by lists of children', () => {
  afterEach(() => walkBySiblingLinks(null));
  const doc = parseHtml(PAGE, 'https://example.test/');
  const everyElement = [doc.body, ...Array.from(doc.body.querySelectorAll('*'))];
  const bothWays = <T>(read: () => T): [T, T] => {
    walkBySiblingLinks(false);
    const listed = read();
    walkBySiblingLinks(true);
    const linked = read();
    walkBySiblingLinks(null);
    return [listed, linked];
  };

  test.each(SELECTORS)(
    'descendantsWhere, firstDescendantWhere, documentElementsUpTo: %s',
    (selector) => {
      const is = selectorTest(selector);
      for (const root of everyElement) {
        const [listed, linked] = bothWays(() => [
          descendantsWhere(root, is),
          firstDescendantWhere(root, is),
          documentElementsUpTo(doc, is, 3),
        ]);
        expect(linked).toEqual(listed);
        expect(linked[0]).toEqual(Array.from(root.querySelectorAll(selector)));
      }
    },
  );

  test('selectorSort and childElements', () => {
    const sort = selectorSort(SELECTORS);
    for (const root of everyElement) {
      const [listed, linked] = bothWays(() => [sort(root), childElements(root)]);
      expect(linked).toEqual(listed);
      expect(linked[1]).toEqual(Array.from(root.children));
    }
  });

  test('collectBlocks and cleanStyles', () => {
    const [listed, linked] = bothWays(() => {
      const copy = parseHtml(PAGE, 'https://example.test/');
      const blocks = collectBlocks(copy.body);
      cleanStyles(copy.body);
      return [blocks, copy.body.outerHTML];
    });
    expect(linked).toEqual(listed);
    expect((linked[0] as unknown[]).length).toBeGreaterThan(2);
  });

  // Every golden page's story and its bounded copy, read both ways.
  test.each(listFixtures())('$name', ({ name, html }) => {
    const url = `https://example.test/${name}/`;
    const [listed, linked] = bothWays(() => {
      const page = parseHtml(html, url);
      return [cloneWithinLimits(page).doc.documentElement.outerHTML, extractStory(page, url)];
    });
    expect(linked).toEqual(listed);
  });
});

/** The page with a tag lookup that reads as native code, as a browser's does (see hasNativeLookups). */
const asNative = (doc: Document): Document => {
  doc.getElementsByTagName = doc.getElementsByTagName.bind(doc);
  expect(hasNativeLookups(doc)).toBe(true);
  return doc;
};

describe('metadata reads a page alike by native lookups (a browser DOM) and by walks', () => {
  test.each([
    { name: 'the test page', html: PAGE },
    ...listFixtures().map(({ name, html }) => ({ name, html })),
  ])('$name', ({ name, html }) => {
    const url = `https://example.test/${name}/`;
    const walked = parseHtml(html, url);
    expect(hasNativeLookups(walked)).toBe(false);
    expect(readMetadata(asNative(parseHtml(html, url)), url)).toEqual(readMetadata(walked, url));
  });
});

describe('getAllNodesWithTag finds what Readability’s _getAllNodesWithTag (querySelectorAll) finds', () => {
  afterEach(() => walkBySiblingLinks(null));
  // The tag lists Readability asks about, some in capitals (its DIV_TO_P_ELEMS).
  const TAG_LISTS = [
    ['a'],
    ['p'],
    ['br'],
    ['h1', 'h2'],
    ['script', 'noscript'],
    ['img', 'picture', 'figure', 'video', 'audio', 'source'],
    ['object', 'embed', 'iframe'],
    ['ul', 'ol'],
    ['UL', 'TABLE', 'span', 'PRE', 'P', 'li', 'OL', 'IMG', 'td', 'DIV', 'DL', 'BLOCKQUOTE'],
  ];
  test.each([
    { name: 'the test page', html: PAGE },
    ...listFixtures().map(({ name, html }) => ({ name, html })),
  ])('$name', ({ name, html }) => {
    // Walked both ways, and found by the page's own tag lookups (a browser's).
    for (const native of [false, true]) {
      const parsed = parseHtml(html, `https://example.test/${name}/`);
      const doc = native ? asNative(parsed) : parsed;
      const roots: (Document | Element)[] = [
        doc,
        doc.body,
        ...Array.from(doc.body.querySelectorAll('*')),
      ];
      for (const links of [false, true]) {
        walkBySiblingLinks(links);
        for (const tags of TAG_LISTS)
          for (const root of roots)
            expect(getAllNodesWithTag(root, tags)).toEqual(
              Array.from(root.querySelectorAll(tags.join(','))),
            );
      }
    }
  });

  test('a list found by tag lookup stays as found when the page changes', () => {
    const doc = asNative(parseHtml('<p>One</p><p>Two</p><p>Three</p>', 'https://example.test/'));
    const found = getAllNodesWithTag(doc.body, ['p']);
    for (const paragraph of found) paragraph.remove();
    expect(found.map((paragraph) => paragraph.textContent)).toEqual(['One', 'Two', 'Three']);
  });
});

describe('getLinkDensity answers as Readability’s _getLinkDensity', () => {
  afterEach(() => walkBySiblingLinks(null));
  test.each([
    {
      name: 'links within the page and away, nested, empty and without an address',
      html: '<div id="a">Read <a href="/a">this</a> and <a href="#n">that</a> <a href="#">top</a> <a>bare</a><p>Then <a href="/b"><b>bold</b> link</a>.</p></div><div id="b"> </div><div id="c"><a href="/c"> </a></div>',
    },
    ...listFixtures().map(({ name, html }) => ({ name, html })),
  ])('$name', ({ name, html }) => {
    // Walked both ways, and with the links found by the page's own tag lookup (a browser's).
    for (const native of [false, true]) {
      const parsed = parseHtml(html, `https://example.test/${name}/`);
      const doc = native ? asNative(parsed) : parsed;
      const reader = new Readability(doc) as unknown as {
        _getLinkDensity: (element: Element) => number;
        _getInnerText: (element: Element, normalizeSpaces?: boolean) => string;
      };
      const everyElement = [doc.body, ...Array.from(doc.body.querySelectorAll('*'))];
      for (const links of [false, true]) {
        walkBySiblingLinks(links);
        for (const element of everyElement)
          expect(getLinkDensity.call(reader as never, element)).toBe(
            reader._getLinkDensity(element),
          );
      }
    }
  });
});

describe('cleanConditionally removes what Readability’s _cleanConditionally removes', () => {
  // An invented page: boxes of links, of images, of inputs, lists, a data table, embeds, an ad label.
  const PAGE = `<div class="story"><p>One, two, three. A paragraph of story text that runs on.</p>
    <div class="share"><a href="/a">Share</a> <a href="/b">Post</a></div>
    <div><img src="a.png"><img src="b.png"><p>Caption</p></div>
    <form><input name="q"><input name="r"><p>Search</p></form>
    <ul><li><a href="/1">One link</a></li><li><a href="/2">Two link</a></li></ul>
    <ul><li><img src="c.png"></li><li><img src="d.png"></li></ul>
    <table><tr><th>Name</th><th>Age</th></tr><tr><td>Ana</td><td>31</td></tr><tr><td>Li</td><td>42</td></tr></table>
    <div><iframe src="https://www.youtube.com/embed/x"></iframe></div><div><embed src="/a.swf"></div>
    <div>Advertisement</div><div class="sidebar"><h3>More</h3><a href="/m">More stories</a></div>
    <fieldset><legend>Vote</legend><input type="radio"></fieldset></div>`;
  type Reader = {
    _markDataTables: (root: Element) => void;
    _cleanConditionally: (e: Element, tag: string) => void;
  };
  const read = (html: string, url: string, ours: boolean): string => {
    const doc = parseHtml(html, url);
    const reader = new Readability(doc) as unknown as Reader;
    reader._markDataTables(doc.body);
    for (const tag of ['form', 'fieldset', 'table', 'ul', 'div']) {
      if (ours) cleanConditionally.call(reader as never, doc.body, tag);
      else reader._cleanConditionally(doc.body, tag);
    }
    return doc.body.outerHTML;
  };
  test.each([
    { name: 'the test page', html: `<!doctype html><html><body>${PAGE}</body></html>` },
    ...listFixtures().map(({ name, html }) => ({ name, html })),
  ])('$name', ({ name, html }) => {
    const url = `https://example.test/${name}/`;
    expect(read(html, url, true)).toBe(read(html, url, false));
  });
});

describe('isValidByline answers as Readability’s _isValidByline', () => {
  test.each([
    {
      name: 'bylines by rel, itemprop, class and id, empty and long',
      html: `<p><a rel="author" href="/a">Ana Ruiz</a> <span itemprop="author">Li Wei</span>
        <span class="byline"> </span><div id="author-box">${'Long bio sentence. '.repeat(8)}</div>
        <span class="dateline">HARBOR CITY</span><span itemprop="name">Sam</span><b>Plain</b></p>`,
    },
    ...listFixtures().map(({ name, html }) => ({ name, html })),
  ])('$name', ({ name, html }) => {
    const doc = parseHtml(html, `https://example.test/${name}/`);
    const reader = new Readability(doc) as unknown as {
      _isValidByline: (node: Element, matchString: string) => boolean;
    };
    for (const element of Array.from(doc.querySelectorAll('*'))) {
      const matchString = `${element.className} ${element.id}`;
      expect(isValidByline(element, matchString)).toBe(reader._isValidByline(element, matchString));
    }
  });
});

describe('withoutLoggedMarkup leaves Readability’s article as it was', () => {
  type Reader = { _grabArticle: (page?: Element | null) => Element | null; parse: () => unknown };
  /** The article's markup as the serializer gets it, with or without the hidden markup. */
  const read = (html: string, url: string, hidden: boolean) => {
    const doc = parseHtml(html, url);
    let logged: string | null = null;
    const reader = new Readability<string>(doc, {
      serializer: (node) => {
        Reflect.deleteProperty(node, 'innerHTML');
        return (node as Element).outerHTML;
      },
    }) as unknown as Reader & { log: (...args: unknown[]) => void };
    if (hidden) reader._grabArticle = withoutLoggedMarkup(reader._grabArticle);
    reader.log = (...args) => {
      if (String(args[0]).startsWith('Grabbed: ')) logged = String(args[0]);
    };
    const article = reader.parse() as { content?: string } | null;
    return { content: article?.content ?? null, logged };
  };
  test.each([
    {
      name: 'an invented story',
      html: `<html><body><article><h1>Night bus</h1>${'<p>The council voted, on Tuesday, to run a night bus along the harbour road.</p>'.repeat(8)}</article></body></html>`,
    },
    ...listFixtures().map(({ name, html }) => ({ name, html })),
  ])('$name', ({ name, html }) => {
    const url = `https://example.test/${name}/`;
    const plain = read(html, url, false);
    const hidden = read(html, url, true);
    expect(hidden.content).toBe(plain.content);
    if (plain.content) expect(hidden.logged).toBe('Grabbed: ');
  });
});

describe('leafHolds answers as the three lookups it replaces', () => {
  afterEach(() => walkBySiblingLinks(null));
  test.each([
    {
      name: 'leaves with breaks, cells, links, blocks and none',
      html: '<p>One<br><a href="/a">two</a></p><li><p>One</p><a href="/b">b</a></li><td>A <table><tr><td>B</td></tr></table></td><h2><span><a>x</a></span></h2><dd>plain</dd><pre><b>c</b></pre>',
    },
    ...listFixtures().map(({ name, html }) => ({ name, html })),
  ])('$name', ({ name, html }) => {
    const doc = parseHtml(html, `https://example.test/${name}/`);
    const everyElement = [doc.body, ...Array.from(doc.body.querySelectorAll('*'))];
    for (const links of [false, true]) {
      walkBySiblingLinks(links);
      for (const element of everyElement) {
        const block = element.querySelector('p, div, li, h1, h2, h3, h4, h5, h6') !== null;
        const expected = block
          ? 1
          : (element.querySelector('br, td, th') ? 2 : 0) | (element.querySelector('a') ? 4 : 0);
        expect(leafHolds(element)).toBe(expected);
      }
    }
  });
});
