import { describe, expect, test } from 'vitest';
import { walkBySiblingLinks } from '../../utils/extract/dom-walk';
import {
  classTokens,
  findHeadline,
  isLabelText,
  longerThanTeaser,
  noiseNameStrength,
  rawTextLength,
  removeNoise,
} from '../../utils/extract/noise';

function docWith(body: string): Document {
  return new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
}

const STORY = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>Paragraph ${i} of the story has enough words in it to count as real prose for the noise rules here.</p>`,
).join('');

describe('noise rules', () => {
  test.each([
    ['ad-slot', ['ad', 'slot']],
    ['mostReadRail', ['most', 'read', 'rail']],
    ['article__body', ['article', 'body']],
  ])('classTokens(%s)', (value, tokens) => {
    expect(classTokens(value)).toEqual(tokens);
  });

  test.each([
    ['<div class="ad-slot"></div>', 1],
    ['<div class="header"></div>', 0],
    ['<div class="shadow-box"></div>', 0],
    ['<div id="comments"></div>', 2],
    ['<div class="most-read"></div>', 1],
    ['<section id="readnext"></section>', 1],
    ['<aside class="read-next"></aside>', 1],
    ['<div class="newsletter-signup"></div>', 2],
    ['<div class="item no_caption"></div>', 0],
    ['<p class="articleabstract"></p>', 1],
    ['<p class="article-abstract"></p>', 1],
    ['<section class="abstract"></section>', 0],
    ['<div class="photo-caption"></div>', 1],
  ])('noiseNameStrength(%s) = %i', (html, strength) => {
    const element = docWith(html).body.firstElementChild as Element;
    expect(noiseNameStrength(element)).toBe(strength);
  });

  test.each([
    ['Advertisement', true],
    ['ADVERTISEMENT', true],
    ['Story continues below advertisement', true],
    ['Comments 123', true],
    ['The advertisement ran on Tuesday.', false],
  ])('isLabelText(%s) = %s', (text, expected) => {
    expect(isLabelText(text)).toBe(expected);
  });

  test.each([
    [
      'breadcrumb nav',
      '<nav class="crumbs"><a href="/">Home</a><a href="/local">Local</a></nav>',
      'HomeLocal',
    ],
    [
      'weather teaser card with a link',
      '<div class="card"><a href="/weather">A Wintry Mix</a><p>Millions in the eastern U.S. are getting their first real taste of winter weather. Light snow could even</p></div>',
      'Wintry',
    ],
    ['ad label', '<div><span>Advertisement</span></div>', 'Advertisement'],
    [
      'comment thread',
      `<section id="comments">${STORY.replaceAll('Paragraph', 'Reader comment')}</section>`,
      'Reader comment',
    ],
    [
      'newsletter box',
      '<aside class="newsletter"><p>Sign up for our Morning Briefing.</p></aside>',
      'Morning Briefing',
    ],
    ['script', '<script>var story = "Paragraph";</script>', 'var story'],
    [
      'a video’s keyword strip',
      '<div class="video-keywords"><span>Video Keywords</span><span>harbor board</span><span>ferry strike</span></div>',
      'ferry strike',
    ],
    [
      'a deck classed as the article’s abstract',
      '<p class="articleAbstract">A ferry captain explains how the winter timetable is drawn up. For more on <a href="/ferries">harbor travel</a>, see our guide.</p>',
      'winter timetable',
    ],
    [
      'a story-highlights box',
      '<div><h2>STORY HIGHLIGHTS</h2><ul><li>Vote pushed to June</li><li>Unions object</li></ul></div>',
      'Vote pushed',
    ],
  ])('removes %s', (_name, noise, marker) => {
    const doc = docWith(`<main><h1>Title</h1>${noise}<article>${STORY}</article></main>`);
    removeNoise(doc);
    expect(doc.body.textContent).not.toContain(marker);
    expect(doc.querySelectorAll('article p')).toHaveLength(4);
  });

  test('keeps a story wrapper whose class happens to contain a furniture word', () => {
    const doc = docWith(`<h1>Title</h1><div class="article-body ads-enabled">${STORY}</div>`);
    removeNoise(doc);
    expect(doc.querySelectorAll('p')).toHaveLength(4);
  });

  test('keeps a body of text written with <br> whose class names its author', () => {
    const line =
      'The harbor ferry will run every twenty minutes on weekends this summer, the port said on Monday, after a season of long queues at both piers.';
    const entry = Array.from({ length: 6 }, () => line).join('<br><br>');
    const doc = docWith(
      `<h1>Blog</h1><div class="blog_entry entry_author_jane_doe">${entry}</div><div class="author-box">Jane Doe writes about boats.</div>`,
    );
    removeNoise(doc);
    expect(doc.querySelector('.blog_entry')).not.toBeNull();
    expect(doc.querySelector('.author-box')).toBeNull();
  });
  test('keeps a short post among long posts of the same kind, whose class names its author', () => {
    const line =
      'The harbor ferry will run every twenty minutes on weekends this summer, the port said on Monday, after a season of long queues at both piers.';
    const long = Array.from({ length: 6 }, () => line).join('<br><br>');
    const doc = docWith(
      `<h1>Harbor blog</h1><div class="entry entry_author_jane">${long}</div>` +
        '<div class="entry entry_author_sam">Ticket machines at the north pier take cards now<br><br>See you on board, <a href="/sam">sam</a></div>' +
        '<div class="author-box">Sam Roe writes about ferries.</div>',
    );
    removeNoise(doc);
    expect(doc.body.textContent).toContain('Ticket machines at the north pier');
    expect(doc.querySelector('.author-box')).toBeNull();
  });

  test('a pull quote sharing a layout class with a long sidebar box is not an entry', () => {
    const box = Array.from(
      { length: 12 },
      () => 'The county kept no public record of the wait until a reader asked for one. ',
    ).join('');
    const doc = docWith(
      `<h1>Title</h1><article>${STORY}<div class="left"><a name="q1"></a><p class="big">The wait for a hip operation grew from thirty days to seventy in two years</p></div>${STORY}</article>` +
        `<div class="left"><a name="q2"></a><div class="box"><p>${box}</p><p>${box}</p></div></div>`,
    );
    removeNoise(doc);
    expect(doc.body.textContent).not.toContain('hip operation');
    expect(doc.body.textContent).toContain('public record');
  });

  test('still removes an author box when no entry of its kind holds a body of text', () => {
    const doc = docWith(
      `<h1>Title</h1><article>${STORY}</article><div class="card card_author_sam">Sam Roe writes about ferries and piers.</div>`,
    );
    removeNoise(doc);
    expect(doc.body.textContent).not.toContain('Sam Roe');
  });
});

describe('noise rules keep page wrappers', () => {
  test.each([
    [
      'an ASP.NET form wrapping the page',
      `<form id="aspnetForm"><article>${STORY}</article></form>`,
    ],
    [
      'a wrapper named like an ad that holds the page',
      `<div class="ad-wallpaper"><div class="post">${STORY.split('</p>').slice(0, 2).join('</p>')}</p></div></div>`,
    ],
  ])('%s', (_name, html) => {
    const doc = docWith(html);
    removeNoise(doc);
    expect(doc.body.textContent).toContain('Paragraph 0');
  });

  test('removes a signup form', () => {
    const doc = docWith(
      `<article>${STORY}</article><form><p>Get the newsletter</p><input name="email"></form>`,
    );
    removeNoise(doc);
    expect(doc.body.textContent).not.toContain('newsletter');
  });
});

describe('noise rules keep story parts that look like furniture', () => {
  test('a dateline inside the lede survives Readability', () => {
    const doc = docWith(
      `<article><p><span class="dateline">CAIRO — </span>Protesters blocked the bridge into the old town on Wednesday, officials said.</p>${STORY}</article>`,
    );
    removeNoise(doc);
    expect(doc.querySelector('p')?.textContent).toMatch(/^CAIRO — Protesters/);
    expect(doc.querySelector('span')?.getAttribute('class')).toBeNull();
  });

  test.each([
    ['a company name marked up as a stock ticker', '<span class="ticker">Vantix</span>'],
    ['a link whose class names a promo', '<a class="promo-link" href="/x">the study</a>'],
  ])('%s inside a sentence keeps its words', (_name, inline) => {
    const doc = docWith(
      `<article><p>A longtime supplier to ${inline} said the firm would launch a smart speaker next year.</p>${STORY}</article>`,
    );
    removeNoise(doc);
    expect(doc.querySelector('p')?.textContent).toMatch(/supplier to (Vantix|the study) said/);
  });

  test.each([
    [
      'two prose paragraphs',
      `${STORY.split('</p>').slice(0, 2).join('</p>')}</p>`,
      'snippet overlay',
    ],
    ['a one-line caption', '<p>Screenshots: Quiet Hour Games</p>', 'snippet wide_media overlay'],
  ])('a box classed "media" holding %s', (_name, inner, expected) => {
    const doc = docWith(
      `<article>${STORY}<div class="snippet wide_media overlay">${inner}</div></article>`,
    );
    removeNoise(doc);
    expect(doc.querySelector('.snippet')?.getAttribute('class')).toBe(expected);
  });

  test('a "more from" rail of other posts goes even though each post has its own h1', () => {
    const post = (n: number) =>
      `<div class="post"><h1><a href="/p${n}">Other post ${n}</a></h1>${STORY}</div>`;
    const doc = docWith(
      `<div class="post"><h1>Water tower cracked after tremor</h1><article>${STORY}</article><div id="moreFrom">${post(1)}${post(2)}</div></div>`,
    );
    removeNoise(doc, { title: 'Water tower cracked after tremor' });
    expect(doc.body.textContent).not.toContain('Other post');
    expect(doc.querySelectorAll('article p')).toHaveLength(4);
  });

  test('the page headline is the heading that matches the title', () => {
    const doc = docWith('<h1>Other post</h1><h2>Water tower cracked after tremor</h2>');
    expect(findHeadline(doc.body, 'Water tower cracked after the tremor')?.tagName).toBe('H2');
    expect(findHeadline(doc.body, 'Council passes the budget')).toBeNull();
  });

  test('a ticker strip beside the story still goes', () => {
    const doc = docWith(
      '<div class="ticker"><span class="ticker-item"><a href="/q/spx">S&P 500</a> -0.8%</span></div>' +
        `<article>${STORY}</article>`,
    );
    removeNoise(doc);
    expect(doc.body.textContent).not.toContain('S&P 500');
  });

  test('a story item with a link and a credit after its sentence is not a teaser', () => {
    const item =
      '<div class="item"><h2>The father said his son had been laughing in the garden minutes before the crash.</h2><p><a href="/x">Northvale Police</a></p></div>';
    const doc = docWith(`<article>${item}${STORY}</article>`);
    removeNoise(doc);
    expect(doc.body.textContent).toContain('The father said');
  });
});

describe('headings that are sentences', () => {
  test.each([
    [
      'a list item set as a heading',
      '<h2>1. A trooper found 400 pounds of frozen shrimp in the trunk of a compact car last March.</h2>',
      'P',
    ],
    ['a subheading stays a heading', '<h2>SECURITY ASSURANCES, MILITARY RESTRICTIONS</h2>', 'H2'],
    ['a short question stays a heading', '<h3>What happens next?</h3>', 'H3'],
  ])('%s', (_name, html, tag) => {
    const doc = docWith(`<article>${html}${STORY}</article>`);
    removeNoise(doc);
    expect(doc.querySelector('article')?.firstElementChild?.tagName).toBe(tag);
  });
});

describe('teasers and the page’s own story', () => {
  test('a blog page whose only prose is an excerpt ending in “…” keeps it', () => {
    const excerpt =
      '<div class="entry"><p>The hosts were thrilled to welcome a decorated veteran into the studio this morning, and the conversation quickly turned to what she deserved…</p><a href="/listen">Listen</a></div>';
    const doc = docWith(
      `<main>${excerpt}<ul><li><a href="/a">Guides</a></li><li><a href="/b">Awards</a></li></ul></main>`,
    );
    removeNoise(doc);
    expect(doc.body.textContent).toContain('decorated veteran');
  });
});

describe('a list citing where to read more', () => {
  const item = (name: string, address: string) =>
    `<li>${name}'s guide to tying knots for small boats on the club's pages<br><a href="${address}">${address}</a></li>`;
  test('a list whose last item ends with a web address is not a cut teaser', () => {
    const list = `<ul>${item('Ana Ruiz', 'http://example.org/knots.html')}${item('Ben Ode', 'http://example.net/rope.html')}</ul>`;
    const doc = docWith(`<article>${STORY}${list}${STORY}</article>`);
    removeNoise(doc);
    expect(doc.body.textContent).toContain('Ben Ode');
  });
  test('a list of cut teasers still goes', () => {
    const teaser =
      '<li><a href="/tides">Spring tides</a> Harbor crews say the highest tides of the year could even</li>';
    const doc = docWith(`<article>${STORY}</article><ul>${teaser}${teaser}</ul>`);
    removeNoise(doc);
    expect(doc.body.textContent).not.toContain('Spring tides');
  });
});

describe('decks set as headings', () => {
  const DESCRIPTION =
    'The podcast host has built a following by courting retired engineers, who he says decide what sells.';
  test.each([
    ['a heading repeating the description', `<h2>${DESCRIPTION}</h2>`, false],
    ['a paragraph repeating the description (the lede)', `<p>${DESCRIPTION}</p>`, true],
    ['an unrelated subheading', '<h2>How the show found its audience on cable</h2>', true],
  ])('%s', (_name, html, kept) => {
    const doc = docWith(`<article>${html}${STORY}</article>`);
    removeNoise(doc, { description: DESCRIPTION });
    expect(doc.body.textContent?.includes(html.replace(/<[^>]+>/g, ''))).toBe(kept);
  });
});

describe('a story kept in <noscript>', () => {
  const post = Array.from(
    { length: 8 },
    (_, i) =>
      `<p>Part ${i} of the post explains how the new camera mode blends several short exposures into one picture, and why that keeps detail in both the shadows and the bright sky.</p>`,
  ).join('');

  test('a noscript holding a body of text stays, as the page without scripts shows it', () => {
    const doc = docWith(
      `<div class="post"><script type="text/template">${post}</script><noscript>${post}</noscript></div>`,
    );
    removeNoise(doc);
    expect(doc.querySelectorAll('noscript')).toHaveLength(0);
    expect(doc.querySelectorAll('.post p')).toHaveLength(8);
  });

  test('a "turn on JavaScript" notice in noscript goes', () => {
    const doc = docWith(
      `${STORY}<noscript><p>Please enable JavaScript to view the comments.</p></noscript>`,
    );
    removeNoise(doc);
    expect(doc.body.textContent).not.toContain('enable JavaScript');
  });
});

describe('a page that is a list of items named like teasers', () => {
  test('numbered items sharing one name and holding most of the page stay', () => {
    const items = Array.from(
      { length: 4 },
      (_, i) =>
        `<tr><td><a href="/job/${i}">Clerk ${i}</a><div id="row_${i}_pnlTeaser">Job type: Full time. The county office seeks a clerk to keep permit records, answer the phone and help visitors at the front desk.</div></td></tr>`,
    ).join('');
    const doc = docWith(`<table>${items}</table><div class="promo">Subscribe today</div>`);
    removeNoise(doc);
    expect(doc.querySelectorAll('[id$="pnlTeaser"]')).toHaveLength(4);
  });
});

describe('text measures read from text nodes', () => {
  const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');
  test.each([
    ['<p>One <b>two</b></p>', 7],
    ['<p> spaced\n  out <!-- a comment --> <i>text</i> </p>', 20],
    ['<p></p>', 0],
  ])('rawTextLength(%j) is textContent.length', (html, length) => {
    for (const links of [true, false]) {
      walkBySiblingLinks(links);
      const p = docWith(html).body.firstElementChild as Element;
      expect(p.textContent?.length).toBe(length);
      expect(rawTextLength(p, new Map())).toBe(length);
    }
    walkBySiblingLinks(null);
  });

  test.each([
    [`<div><p>${words(60)}</p><p>${words(70)}</p></div>`, true],
    [`<div>${words(120)}</div>`, false],
    ['<div>Read more</div>', false],
    // Words split across text nodes are not counted twice: a lower bound.
    [`<div>${Array.from({ length: 130 }, () => 'a<b>b</b>').join('')}</div>`, false],
    // Many words, few letters: a row of numbers may still be a teaser's or a trail's.
    [`<div>${Array.from({ length: 130 }, (_, i) => String(i)).join(' ')}</div>`, false],
  ])('longerThanTeaser(%j) → %s', (html, longer) => {
    const div = docWith(html).body.firstElementChild as Element;
    expect(longerThanTeaser(div)).toBe(longer);
  });
});
