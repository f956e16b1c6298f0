import { describe, expect, test } from 'vitest';
import { cleanBlocks } from '../../utils/extract/clean-blocks';
import {
  COMMENT_MAX_BLOCKS,
  COMMENT_WORDS,
  commentTailStart,
  isCommentHeading,
  SIGNATURE_RULES,
  withoutCommentTail,
} from '../../utils/extract/comment-tail';
import { wordCount } from '../../utils/extract/noise';
import type { Block } from '../../utils/extract/readability';
import { block } from '../harness/blocks';

const heading = (text: string): Block => ({ ...block(text), heading: true, prose: false });

/** Four paragraphs of an invented post about the harbor's new ferry. */
const POST = [
  'The new ferry made its first crossing on Saturday, an hour late and to a quay lined with half the town.',
  'It carries twice the cars of the old boat, and the council says the crossing will take twenty minutes less.',
  'The night crossing is not on the new timetable, which the council blames on the cost of a second crew.',
  'I took the noon boat back with the children, who spent the whole crossing watching the wake from the rail.',
].map((text) => block(text));

/** The post, a comments heading and comments signed `signatures`, each after its comment. */
function postWithComments(title: Block, signatures: string[]): Block[] {
  const comments = signatures.flatMap((signature, index) => [
    block(`Comment number ${index + 1}: lovely photos of the quay, and good luck to the crew.`),
    block(signature),
  ]);
  return [...POST, title, ...comments];
}

const texts = (blocks: readonly Block[]) => blocks.map((b) => b.text);

describe('comment words', () => {
  test.each(COMMENT_WORDS.map((row) => [row.lang, row] as const))(
    '%s: lower-cased, no duplicates, no heading also a counted noun',
    (_, row) => {
      const { lang, ...fields } = row;
      for (const entries of Object.values(fields)) {
        expect(new Set(entries).size).toBe(entries.length);
        for (const entry of entries) expect(entry).toBe(entry.toLowerCase().trim());
      }
      expect(row.headings.filter((entry) => row.countedNouns.includes(entry))).toEqual([]);
    },
  );
});

describe('signature rows, each on its own example', () => {
  test.each(SIGNATURE_RULES.map((rule) => [rule.name, rule] as const))('%s', (_, rule) => {
    for (const [line, name] of rule.example.signed) {
      expect(rule.read(line)).toBe(name);
      // Without the row, no other row reads the line as a signature.
      for (const other of SIGNATURE_RULES.filter((r) => r !== rule))
        expect(other.read(line)).toBeNull();
    }
    for (const line of rule.example.unsigned) expect(rule.read(line)).toBeNull();
  });
});

describe('isCommentHeading', () => {
  test.each([
    'Comments',
    '3 Comments:',
    'Comments (4)',
    'Responses to “The new ferry”',
    'One Response to “The new ferry”',
    '12 thoughts on “The new ferry”',
    'Leave a Reply',
    'Discussion',
    '2 Kommentare',
    'Commentaires',
    'Comentarios',
  ])('%s is a comments heading', (text) => {
    expect(isCommentHeading(heading(text), wordCount)).toBe(true);
  });

  test.each([
    ['a sentence', 'Comments on the new timetable are welcome.'],
    ['a singular noun without a count', 'Response'],
    ['words about comments', 'The comments section'],
    ['a paragraph', POST[0]?.text ?? ''],
  ])('%s is not', (_, text) => {
    expect(isCommentHeading(heading(text), wordCount)).toBe(false);
  });

  test('a link to the comments is the post footer, not their heading', () => {
    expect(isCommentHeading(block('Comments (4)', true), wordCount)).toBe(false);
  });
});

describe('commentTailStart', () => {
  test('the doc example: a post, "2 Comments:" and two signed comments', () => {
    const blocks = [
      ...POST,
      heading('2 Comments:'),
      block('Ana said...'),
      block('Will the night crossing come back?'),
      block('Ben said...'),
      block('Lovely photos of the quay.'),
    ];
    expect(texts(withoutCommentTail(blocks, wordCount))).toEqual(texts(POST));
    // Without the signature rows, nothing is cut.
    expect(withoutCommentTail(blocks, wordCount, [])).toEqual(blocks);
  });

  test.each([
    [
      'posted-by lines after each comment',
      heading('Comments'),
      ['Posted by: ana at Mar 3, 2006 4:12 PM', 'Posted by: Ben Hale at Mar 3, 2006 5:40 PM'],
    ],
    [
      'comment-by lines',
      block('Responses to “The new ferry”'),
      ['Comment by Ana — 12 March 2006 at 4:12 pm', 'Comment by Ben — 12 March 2006 at 6:01 pm'],
    ],
    [
      'pipe-dated lines',
      heading('3 Comments'),
      [
        'Posted by Ana | March 3, 2006 11:02 AM',
        'Posted by Ben | March 3, 2006 11:40 AM',
        'Posted by Ana | March 3, 2006 1:15 PM',
      ],
    ],
    ['German signatures', heading('Kommentare'), ['Lena schrieb:', 'Jonas schrieb:']],
  ])('cuts the comments: %s', (_, title, signatures) => {
    const blocks = postWithComments(title, signatures);
    expect(commentTailStart(blocks, wordCount)).toBe(POST.length);
    expect(texts(withoutCommentTail(blocks, wordCount))).toEqual(texts(POST));
  });

  test('a heading followed by prose without signatures is the story’s (a story about comments)', () => {
    const blocks = [
      ...POST,
      heading('Comments'),
      block('Readers wrote in by the hundred after last week’s column about the ferry timetable.'),
      block('Most asked when the night crossing would return, and a few asked about the fares.'),
    ];
    expect(commentTailStart(blocks, wordCount)).toBe(-1);
  });

  test('one signature does not recur: nothing is cut', () => {
    expect(
      commentTailStart(postWithComments(heading('Comments'), ['Ana said...']), wordCount),
    ).toBe(-1);
  });

  test('two signatures by one name are the post’s own, not readers’ comments', () => {
    const blocks = postWithComments(heading('Comments'), [
      'Posted by Ana at 4:12 PM',
      'Posted by Ana at 6:30 PM',
    ]);
    expect(commentTailStart(blocks, wordCount)).toBe(-1);
  });

  test('signatures far from the heading are no comments under it', () => {
    const far = Array.from({ length: COMMENT_MAX_BLOCKS }, (_, index) =>
      block(
        `Paragraph ${index + 1} of the story goes on about the ferry and its crew and the quay.`,
      ),
    );
    const blocks = [
      ...POST,
      heading('Discussion'),
      ...far,
      block('Ana said...'),
      block('Will the night crossing come back?'),
      block('Ben said...'),
    ];
    expect(commentTailStart(blocks, wordCount)).toBe(-1);
  });

  test('the story’s first blocks are never cut: a heading after one short paragraph stays', () => {
    const blocks = [
      block(
        'The new ferry made its first crossing on Saturday, to a quay lined with half the town.',
      ),
      heading('Comments'),
      block('Ana said...'),
      block('Will the night crossing come back? We used to take it every Friday after work.'),
      block('Ben said...'),
      block('Lovely photos of the quay. The children look like they had a great time on the rail.'),
      block('Cleo said...'),
      block('Twenty minutes less each way is worth the late start, if the timetable holds.'),
    ];
    expect(commentTailStart(blocks, wordCount)).toBe(-1);
  });

  test('a short post of two long paragraphs holds most of the words: its comments go', () => {
    const post = [POST[0], POST[1]].map((b) => block(`${b?.text} ${b?.text}`));
    const blocks = [
      ...post,
      heading('Comments'),
      block('Ana said...'),
      block('Lovely.'),
      block('Ben said...'),
      block('Great photos.'),
    ];
    expect(commentTailStart(blocks, wordCount)).toBe(post.length);
  });

  test('a long thread after a post of four paragraphs goes, though it holds most of the words', () => {
    const long = `${POST[0]?.text} ${POST[1]?.text} ${POST[2]?.text}`;
    const blocks = [
      ...POST,
      heading('Comments'),
      block('Ana said...'),
      block(long),
      block('Ben said...'),
      block(long),
    ];
    expect(commentTailStart(blocks, wordCount)).toBe(POST.length);
  });

  test('a blog front page links each post to its comments: no comment heading', () => {
    const blocks = [
      ...POST,
      block('Posted by Ana at 4:12 PM'),
      block('Comments (4)', true),
      block('The fares go up in May, the council said on Monday, by a tenth on every crossing.'),
      block('Posted by Ben at 9:30 AM'),
    ];
    expect(commentTailStart(blocks, wordCount)).toBe(-1);
  });
});

describe('cleanBlocks with comments after the post', () => {
  test('the comments go, and the post is read as a story, not a thread', () => {
    const blocks = [
      block('Posted by Jo Tidewell at 9:00 AM'),
      ...postWithComments(heading('Comments'), [
        'Posted by: ana at Mar 3, 2006 4:12 PM',
        'Posted by: Ben Hale at Mar 3, 2006 5:40 PM',
        'Posted by: ana at Mar 3, 2006 6:02 PM',
      ]),
    ];
    expect(texts(cleanBlocks(blocks, null))).toEqual(texts(POST));
  });
});
