/**
 * Reads the expected header values out of Postlight Parser's per-site tests
 * (github.com/postlight/parser, MIT/Apache-2.0; src/extractors/custom/<domain>/index.test.js):
 * each test loads a saved page from fixtures/ and asserts the page's title, author,
 * date_published, dek and first 13 words of content, values the parser's contributors checked by
 * hand for that site. scripts/fetch-eval-pages.ts turns them into the `postlight/` eval set; the
 * values are third-party text and stay in .cache/, never in the repository.
 *
 * Example (invented):
 *   url = 'https://harbor.example/ferry';
 *   const html = fs.readFileSync('./fixtures/harbor.example.html');
 *   assert.equal(author, 'Ana Ruiz and Ben Cole');
 * → { fixture: 'fixtures/harbor.example.html', url: 'https://harbor.example/ferry',
 *     expected: { author: 'Ana Ruiz and Ben Cole' } }
 */

/** The fields a test asserts that a reader sees in Story Lens's header or text. */
export const POSTLIGHT_FIELDS = ['title', 'author', 'date_published', 'dek', 'first13'] as const;
export type PostlightField = (typeof POSTLIGHT_FIELDS)[number];

export interface PostlightCase {
  /** The saved page, as a path in the repository ("fixtures/<domain>.html"). */
  fixture: string;
  /** The address the test gives the page. */
  url: string;
  /** Each asserted field's value; null where the test asserts that the page has none. */
  expected: Partial<Record<PostlightField, string | null>>;
}

/** A JavaScript string literal in any of its three quotes (a template without `${`). */
const LITERAL = String.raw`'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\x60(?:[^\x60\\$]|\\.)*\x60`;
const ASSERTION = new RegExp(
  String.raw`assert\.(?:equal|strictEqual)\(\s*(${POSTLIGHT_FIELDS.join('|')})\s*,\s*(${LITERAL}|null)\s*,?\s*\)`,
  'g',
);
const FIXTURE = /readFileSync\(\s*['"`]\.?\/?(fixtures\/[^'"`]+\.html)['"`]/g;
const URL_ASSIGNMENT = new RegExp(String.raw`\b(?:url|articleUrl)\s*=\s*(${LITERAL})`, 'g');

/** The value of a string literal LITERAL matched: its escapes read as JavaScript reads them. */
export function literalValue(literal: string): string {
  return literal
    .slice(1, -1)
    .replace(
      /\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r?\n|.)/g,
      (_, sequence: string) => {
        if (sequence.startsWith('u{'))
          return String.fromCodePoint(Number.parseInt(sequence.slice(2, -1), 16));
        if (/^[ux]./.test(sequence) && sequence.length > 1)
          return String.fromCharCode(Number.parseInt(sequence.slice(1), 16));
        if (sequence === '\n' || sequence === '\r\n') return '';
        return (
          { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' }[sequence] ?? sequence
        );
      },
    );
}

/**
 * The cases of one test file: one per saved page it loads, with the assertions that follow each
 * load (until the next load of another page) and the address last assigned before it.
 */
export function postlightCases(source: string): PostlightCase[] {
  const loads = [...source.matchAll(FIXTURE)];
  const urls = [...source.matchAll(URL_ASSIGNMENT)];
  const cases = new Map<string, PostlightCase>();
  loads.forEach((load, index) => {
    const fixture = load[1] as string;
    const start = load.index ?? 0;
    const end = loads[index + 1]?.index ?? source.length;
    const url = urls.filter((match) => (match.index ?? 0) < start).pop();
    const found: PostlightCase = cases.get(fixture) ?? {
      fixture,
      url: url ? literalValue(url[1] as string) : '',
      expected: {},
    };
    for (const assertion of source.slice(start, end).matchAll(ASSERTION)) {
      const [, field, value] = assertion as unknown as [string, PostlightField, string];
      found.expected[field] = value === 'null' ? null : literalValue(value);
    }
    cases.set(fixture, found);
  });
  return [...cases.values()].filter((found) => found.url && Object.keys(found.expected).length > 0);
}
