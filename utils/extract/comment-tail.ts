/**
 * Readers' comments set as flat paragraphs after the post, in the post's own container: a
 * heading naming them ("Comments", "3 Responses to “…”", "Leave a reply"), then the comments,
 * each signed on a line of its own ("Posted by: NAME at DATE", "NAME said...", "Comment by NAME
 * — DATE"). The heading and everything after it are cut: the comments are the page's, not the
 * story's. Comment sections in a box of their own (class or id "comments") are the noise stage's
 * (noise.ts NOISE_TOKENS); these carry no such name.
 *
 * Example (invented): four paragraphs about the harbor's new ferry, then "2 Comments:", "Ana
 * said...", "Will the night crossing come back?", "Ben said...", "Lovely photos of the quay."
 * → the four paragraphs.
 *
 * Guards: the signatures recur, by COMMENT_MIN_SIGNERS names at least, each within
 * COMMENT_MAX_BLOCKS of the heading or the signature before; the heading follows a good part of
 * the story (STORY_MIN_SHARE of its words or STORY_MIN_PARAGRAPHS paragraphs) and is no link (a
 * blog's front page links each post to its comments). A heading followed by prose without
 * signatures (a story about comments, a paper's "Discussion") is text.
 *
 * Evidence: CleanEval's blog pages (TypePad, Blogger) print their comments as paragraphs after an
 * h2 "Comments", each followed by "Posted by: …", with no class naming them; Readability keeps
 * them with the post. CleanEval's references keep comments; we follow the reader, as the noise
 * stage does for comment boxes.
 */
import type { Block } from './readability';

/** The words a language names comments and signs them with, lower-cased. */
export interface CommentWords {
  lang: string;
  /** Headings whole, a count allowed before them: "comments", "responses", "leave a reply". */
  headings: readonly string[];
  /** Nouns a heading names only after a count: "1 comment", "12 thoughts on “…”". */
  countedNouns: readonly string[];
  /** Words that give a count, besides digits: "one", "no". */
  counts: readonly string[];
  /** Words that join a heading to the post's title: "Responses to “…”", "comments on …". */
  tails: readonly string[];
  /** Labels before a commenter's name: "posted by", "comment by". */
  byLabels: readonly string[];
  /** Verbs after a commenter's name: "said", "wrote". */
  saidVerbs: readonly string[];
  /** Words that join a said-verb to its date: "said on March 3", "wrote at 4:12 pm". */
  dateJoins: readonly string[];
  /** Words a commenter's name never opens with: "The minister said:" introduces a quote. */
  notNames: readonly string[];
}

/**
 * Comment words by language, each a row: adding a language adds a row. English from the blogs of
 * CleanEval; German, French and Spanish are the same platforms' translations (Blogger, WordPress,
 * TypePad).
 */
export const COMMENT_WORDS: readonly CommentWords[] = [
  {
    lang: 'en',
    headings: [
      'comments',
      'responses',
      'replies',
      'reader comments',
      "readers' comments",
      'discussion',
      'join the discussion',
      'leave a reply',
      'leave a comment',
    ],
    countedNouns: ['comment', 'response', 'reply', 'thought', 'thoughts'],
    counts: ['no', 'one'],
    tails: ['to', 'on', 'for'],
    byLabels: ['posted by', 'comment by', 'commented by', 'submitted by', 'written by', 'left by'],
    saidVerbs: ['said', 'says', 'wrote', 'writes', 'replied'],
    dateJoins: ['on', 'at', 'in reply to'],
    notNames: [
      'the',
      'a',
      'an',
      'and',
      'but',
      'or',
      'so',
      'then',
      'he',
      'she',
      'it',
      'they',
      'we',
      'i',
      'you',
      'this',
      'that',
      'who',
      'which',
      'his',
      'her',
      'their',
      'our',
      'my',
      'your',
      'someone',
      'everyone',
      'nobody',
    ],
  },
  {
    lang: 'de',
    headings: ['kommentare', 'antworten', 'diskussion', 'kommentar schreiben', 'leserkommentare'],
    countedNouns: ['kommentar', 'antwort'],
    counts: ['ein', 'eine', 'kein', 'keine'],
    tails: ['zu', 'auf'],
    byLabels: ['geschrieben von', 'kommentar von', 'verfasst von', 'eingetragen von'],
    saidVerbs: ['schrieb', 'sagte', 'sagt', 'meinte', 'meint'],
    dateJoins: ['am', 'um'],
    notNames: ['der', 'die', 'das', 'er', 'sie', 'es', 'ich', 'wir', 'man', 'und'],
  },
  {
    lang: 'fr',
    headings: ['commentaires', 'réponses', 'laisser un commentaire', 'ajouter un commentaire'],
    countedNouns: ['commentaire', 'réponse'],
    counts: ['un', 'une', 'aucun'],
    tails: ['à', 'sur', 'pour'],
    byLabels: ['posté par', 'publié par', 'écrit par', 'commentaire de', 'commentaire par'],
    saidVerbs: ['a dit', 'a écrit', 'dit', 'écrit'],
    dateJoins: ['le', 'à'],
    notNames: ['le', 'la', 'les', 'il', 'elle', 'ils', 'elles', 'on', 'je', 'nous', 'et'],
  },
  {
    lang: 'es',
    headings: ['comentarios', 'respuestas', 'deja un comentario', 'dejar un comentario'],
    countedNouns: ['comentario', 'respuesta'],
    counts: ['un', 'una', 'ningún'],
    tails: ['a', 'en', 'sobre'],
    byLabels: ['publicado por', 'escrito por', 'enviado por', 'comentario de', 'comentado por'],
    saidVerbs: ['dijo', 'dice', 'escribió'],
    dateJoins: ['el', 'a las'],
    notNames: ['el', 'la', 'los', 'las', 'él', 'ella', 'ellos', 'yo', 'nosotros', 'y'],
  },
];

/** A heading is a few words, or a count and the post's title (unit: words). */
const HEADING_MAX_WORDS = 16;
/** HEADING_MAX_WORDS words are far fewer characters: a longer block is not read (unit: characters). */
const HEADING_MAX_CHARS = 200;
/** A signature is a name, a label and a date (unit: words). */
const SIGNATURE_MAX_WORDS = 16;
/** A commenter's name is a handle or a full name (unit: words). */
const NAME_MAX_WORDS = 4;
/**
 * Comments are signed again and again, by different readers: one signature may be the post's
 * own, and a blog's front page signs every post with its author's name (unit: names, so
 * signatures too).
 */
const COMMENT_MIN_SIGNERS = 2;
/** A comment is a few paragraphs: signatures sit this close to the heading and to each other (unit: blocks). */
export const COMMENT_MAX_BLOCKS = 8;
/** The story before the heading holds at least this share of the reading's words (unit: ratio 0..1)… */
const STORY_MIN_SHARE = 0.4;
/** …or this many paragraphs: a short post draws long threads (unit: paragraphs). */
const STORY_MIN_PARAGRAPHS = 4;
/** A paragraph of the story is a sentence or more (unit: words). */
const PARAGRAPH_MIN_WORDS = 12;

/** A table's entries as one alternation, longest first, spaces matching any white space. */
function alternation(entries: readonly string[]): string {
  return [...new Set(entries)]
    .sort((a, b) => b.length - a.length)
    .map((entry) => entry.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** The patterns the table's rows assemble into: heading forms, by-labels and said-verbs. */
function commentPatterns(table: readonly CommentWords[]) {
  const all = (field: keyof Omit<CommentWords, 'lang'>) =>
    alternation(table.flatMap((row) => row[field]));
  const count = `(?:\\d+|${all('counts')})`;
  // A count in brackets after the noun: "Comments (3)", "Comments (5 posted)".
  const bracket = '(?:\\s*\\([^)]{0,20}\\))?';
  const tail = `(?:\\s+(?:${all('tails')})\\s.+)?`;
  const after = '(?=[\\s:]|$)';
  // Ends a heading or signature may carry: "3 comments:", "Ana said...", "Ana a dit :".
  const marks = '[\\s:.…]*$';
  return {
    heading: new RegExp(
      `^(?:(?:${count}\\s+)?(?:${all('headings')})${bracket}${tail}|${count}\\s+(?:${all('countedNouns')})${bracket}${tail})${marks}`,
      'iu',
    ),
    byLabel: new RegExp(`^(?:${all('byLabels')})${after}\\s*:?\\s*(.+)$`, 'iu'),
    said: new RegExp(
      `^(\\S+(?:\\s+\\S+){0,${NAME_MAX_WORDS - 1}}?)\\s+(?:${all('saidVerbs')})(?:\\s+(?:${all('dateJoins')})\\s.*?)?${marks}`,
      'iu',
    ),
    notNames: new Set(table.flatMap((row) => row.notNames)),
  };
}

const PATTERNS = commentPatterns(COMMENT_WORDS);

/** What follows a name in a by-line: " at DATE", " | DATE", " — DATE", ", DATE". */
const NAME_END = /\s+(?:at|on|am|um|le|el|à)\s|\s*[|—–,·•(]|\s-\s/iu;

/** True when a block is a heading naming the comments: "Comments", "3 Responses to “…”". */
export function isCommentHeading(block: Block, wordCount: (text: string) => number): boolean {
  const text = block.text.trim();
  // A link is the post's footer ("Comments (4)" under each post of a blog's front page).
  if (text.length > HEADING_MAX_CHARS || block.linkChars * 2 > text.length) return false;
  if (!PATTERNS.heading.test(text)) return false;
  // A sentence is no heading: "Comments on the new timetable are welcome."
  if (/[.!?]$/u.test(text) && !/(?:\.\.\.|…)$/u.test(text)) return false;
  return wordCount(text) <= HEADING_MAX_WORDS;
}

/** A signature row: who wrote a comment, read from its line. */
export interface SignatureRule {
  name: string;
  /** Invented lines with the name the row reads in each, and lines that are no signature. */
  example: { signed: Array<[string, string]>; unsigned: string[] };
  /** The commenter's name, lower-cased, or null when the line is no signature of this kind. */
  read: (line: string) => string | null;
}

export const SIGNATURE_RULES: readonly SignatureRule[] = [
  {
    // A label, then the name and often a date: TypePad's "Posted by: NAME at DATE", Movable
    // Type's "Posted by NAME | DATE", a theme's "Comment by NAME — DATE".
    name: 'label-then-name',
    example: {
      signed: [
        ['Posted by: marlow at Mar 3, 2006 4:12:09 PM', 'marlow'],
        ['Posted by Jo Tidewell | March 3, 2006 11:02 AM', 'jo tidewell'],
        ['Comment by Ana — 12 March 2006 at 4:12 pm', 'ana'],
        ['Geschrieben von Lena am 3. März 2006', 'lena'],
      ],
      unsigned: [
        'Posted in Harbor news',
        'Written and directed by the harbor choir, the show ran a week.',
      ],
    },
    read: (line) => {
      const rest = PATTERNS.byLabel.exec(line)?.[1];
      if (!rest || !/^[\p{L}\p{N}@_]/u.test(rest)) return null;
      return rest.split(NAME_END)[0]?.trim().toLowerCase() || null;
    },
  },
  {
    // A name, then a said-verb, perhaps a date: Blogger's "NAME said...", WordPress's "NAME
    // says:", "NAME wrote on March 3, 2006:". A name opens with no article or pronoun.
    name: 'name-then-said',
    example: {
      signed: [
        ['Ana said...', 'ana'],
        ['Jo Tidewell says:', 'jo tidewell'],
        ['harbor_cat wrote on March 3, 2006 at 4:12 pm:', 'harbor_cat'],
        ['Lena schrieb:', 'lena'],
      ],
      unsigned: [
        'The harbor master said:',
        'Then she said',
        'Everyone on the quay that morning said the same.',
      ],
    },
    read: (line) => {
      // A sentence that ends on a said-verb ("… the same.") is no signature: its stop stays.
      if (/[!?]$/u.test(line) || /[^.]\.$/u.test(line)) return null;
      const name = PATTERNS.said.exec(line)?.[1];
      if (!name) return null;
      const first = name.split(/\s+/u)[0]?.toLowerCase() ?? '';
      return PATTERNS.notNames.has(first) ? null : name.toLowerCase();
    },
  },
];

/** The commenter's name a block signs with, by the first row that reads one, or null. */
function signatureName(
  block: Block,
  wordCount: (text: string) => number,
  rules: readonly SignatureRule[],
): string | null {
  const text = block.text.trim();
  if (block.heading || text.length > HEADING_MAX_CHARS || wordCount(text) > SIGNATURE_MAX_WORDS)
    return null;
  for (const rule of rules) {
    const name = rule.read(text);
    if (name) return name;
  }
  return null;
}

/** True when the signatures after the heading at `heading` recur, close together, by COMMENT_MIN_SIGNERS names. */
function signedRun(
  blocks: readonly Block[],
  heading: number,
  wordCount: (text: string) => number,
  rules: readonly SignatureRule[],
): boolean {
  const names = new Set<string>();
  let last = heading;
  for (
    let index = heading + 1;
    index < blocks.length && index - last <= COMMENT_MAX_BLOCKS;
    index++
  ) {
    const name = signatureName(blocks[index] as Block, wordCount, rules);
    if (name === null) continue;
    names.add(name);
    last = index;
  }
  return names.size >= COMMENT_MIN_SIGNERS;
}

/** True when the blocks before `heading` are a good part of the story (STORY_MIN_SHARE, STORY_MIN_PARAGRAPHS). */
function followsStory(
  blocks: readonly Block[],
  heading: number,
  wordCount: (text: string) => number,
): boolean {
  let before = 0;
  let paragraphs = 0;
  let total = 0;
  for (const [index, block] of blocks.entries()) {
    const count = wordCount(block.text);
    total += count;
    if (index >= heading) continue;
    before += count;
    if (!block.heading && count >= PARAGRAPH_MIN_WORDS) paragraphs++;
  }
  return (
    paragraphs > 0 && (before >= total * STORY_MIN_SHARE || paragraphs >= STORY_MIN_PARAGRAPHS)
  );
}

/** The index of the heading that opens the comments after the story, or -1 when there is none. */
export function commentTailStart(
  blocks: readonly Block[],
  wordCount: (text: string) => number,
  rules: readonly SignatureRule[] = SIGNATURE_RULES,
): number {
  for (let index = 1; index < blocks.length; index++) {
    if (!isCommentHeading(blocks[index] as Block, wordCount)) continue;
    if (signedRun(blocks, index, wordCount, rules) && followsStory(blocks, index, wordCount))
      return index;
  }
  return -1;
}

/** The blocks without the comments after the story (see commentTailStart). */
export function withoutCommentTail(
  blocks: Block[],
  wordCount: (text: string) => number,
  rules: readonly SignatureRule[] = SIGNATURE_RULES,
): Block[] {
  const start = commentTailStart(blocks, wordCount, rules);
  return start < 0 ? blocks : blocks.slice(0, start);
}
