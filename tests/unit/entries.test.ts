import { describe, expect, test } from 'vitest';
import { extractStory } from '../../utils/extract';
import { entriesToAdd, findEntryRuns } from '../../utils/extract/entries';
import { runReadability } from '../../utils/extract/readability';

function docWith(body: string, title = 'Ferry questions answered'): Document {
  return new DOMParser().parseFromString(
    `<html><head><title>${title}</title></head><body>${body}</body></html>`,
    'text/html',
  );
}

const LONG_ANSWER = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Answer sentence ${i}: the harbor ferry leaves the north pier every twenty minutes on weekdays, and every half hour after eight in the evening, when the crews change shifts.</p>`,
).join('');

/** An FAQ whose first answer is long and whose other answers are short boxes of the same class. */
const FAQ = `<h1>Ferry questions answered</h1>
<div class="faq-list">
  <div class="faq-item"><h3>When does the ferry run?</h3><div class="answer">${LONG_ANSWER}</div></div>
  <div class="faq-item"><h3>Can I bring a bicycle?</h3><div class="answer"><p>Yes. Bicycles ride free on the lower deck, and the crew asks riders to board after the foot passengers.</p></div></div>
  <div class="faq-item"><h3>Are dogs allowed?</h3><div class="answer"><p>Dogs on a lead are welcome on the open deck; the cabin is kept for passengers who are afraid of dogs or allergic.</p></div></div>
</div>
<div class="links"><a href="/a">Timetable</a> <a href="/b">Fares</a> <a href="/c">Contact</a></div>`;

describe('runs of alike entries', () => {
  test('finds three sibling boxes of one tag and class', () => {
    const runs = findEntryRuns(docWith(FAQ).body);
    expect(runs.map((run) => run.entries.length)).toEqual([3]);
  });

  test('a pair of columns is not a run', () => {
    const doc = docWith('<div class="col"><p>One.</p></div><div class="col"><p>Two.</p></div>');
    expect(findEntryRuns(doc.body)).toEqual([]);
  });

  test('the answers Readability left out of an FAQ are read after the one it kept', () => {
    const plain = runReadability(docWith(FAQ));
    const texts = (plain?.blocks ?? []).map((block) => block.text);
    expect(texts.join(' ')).not.toContain('Bicycles ride free');
    const read = runReadability(docWith(FAQ), { entries: true });
    const all = (read?.blocks ?? []).map((block) => block.text).join(' ');
    expect(all).toContain('Answer sentence 0');
    expect(all).toContain('Bicycles ride free');
    expect(all.indexOf('Bicycles ride free')).toBeLessThan(all.indexOf('Dogs on a lead'));
    // The question Readability left behind opens the story again.
    expect(all.indexOf('When does the ferry run?')).toBe(0);
    expect(all).not.toContain('Timetable');
  });

  test('an entry whose long question stayed behind counts as read from its answer', () => {
    const faq = FAQ.replace(
      'When does the ferry run?',
      'When does the harbor ferry run on a weekday?',
    );
    const all = (runReadability(docWith(faq), { entries: true })?.blocks ?? [])
      .map((block) => block.text)
      .join(' ');
    expect(all).toContain('Bicycles ride free');
  });

  test('teaser cards made of links are not entries of the story', () => {
    const cards = Array.from(
      { length: 3 },
      (_, i) =>
        `<div class="card"><a href="/s${i}">Another story about the harbor number ${i} and its long history of ferries</a> <a href="/t${i}">More</a></div>`,
    ).join('');
    const doc = docWith(
      `<h1>Ferry questions answered</h1><div class="card"><h3>Timetable</h3>${LONG_ANSWER}</div>${cards}`,
    );
    const runs = findEntryRuns(doc.body);
    const read = runReadability(doc, { entries: true });
    expect(runs).toHaveLength(1);
    expect((read?.blocks ?? []).map((block) => block.text).join(' ')).not.toContain(
      'Another story',
    );
  });

  test('nothing is added when Readability took every entry', () => {
    const doc = docWith(
      Array.from({ length: 3 }, () => `<div class="part">${LONG_ANSWER}</div>`).join(''),
    );
    const runs = findEntryRuns(doc.body);
    const content = doc.createElement('div');
    content.append(...Array.from(doc.body.children));
    expect(entriesToAdd(runs, content, content.textContent?.length ?? 0, doc)).toBeNull();
  });

  test('the whole FAQ is the story', () => {
    const result = extractStory(docWith(FAQ), 'https://ferry.example/faq');
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.story.paragraphs).toContain('Can I bring a bicycle?');
  });
});

/** A directory's record: an unnamed table of name, address, description and season rows. */
const record = (name: string, road: string, text: string) =>
  `<table width="100%" border="0"><tr><td><table><tr><td><b>${name}</b></td><td><a href="/d">Details</a></td><td><a href="/m">Map</a></td></tr></table></td></tr>
<tr><td><b>Address: </b>${road}</td></tr><tr><td>${text}</td></tr><tr><td><b>Season: </b>May to October</td></tr></table>`;

const DIRECTORY = `<h1>Campgrounds of the north shore</h1>${record(
  'Pine Point Campground',
  '12 Shore Road, Alder Bay',
  `${LONG_ANSWER.replace(/<\/?p>/g, ' ')}`,
)}${record(
  'Heron Lake Sites',
  '4 Marsh Lane, Heron',
  'Forty shaded sites beside a quiet lake, with a boat launch, showers and a small store that sells firewood and bait.',
)}${record(
  'Cedar Bluff Park',
  '88 Bluff Road, Tilley',
  'Open sites on a bluff above the bay; the walking trail down to the beach is steep and closes after heavy rain.',
)}`;

describe('unnamed tables built alike', () => {
  test('the records of a directory are a run of entries', () => {
    const runs = findEntryRuns(docWith(DIRECTORY, 'Campgrounds of the north shore').body);
    expect(runs.map((run) => run.entries.length)).toEqual([3]);
  });

  test('layout tables built differently are not a run', () => {
    const doc = docWith(
      `<table><tr><td><a href="/">Home</a></td></tr></table><table><tr><td><p>Body.</p></td><td>Side</td></tr></table><table><tr><td>Footer</td></tr></table>`,
    );
    expect(findEntryRuns(doc.body)).toEqual([]);
  });

  test('every record of a directory is read', () => {
    const read = runReadability(docWith(DIRECTORY, 'Campgrounds of the north shore'), {
      entries: true,
    });
    const all = (read?.blocks ?? []).map((block) => block.text).join(' ');
    expect(all).toContain('Forty shaded sites');
    expect(all).toContain('Open sites on a bluff');
  });
});
