import { describe, expect, test } from 'vitest';
import { literalValue, postlightCases } from '../../scripts/postlight-cases';

// An invented per-site test file in the shape of postlight/parser's (no third-party text).
const TEST_FILE = `
describe('HarborExampleExtractor', () => {
  describe('initial test case', () => {
    let result;
    let url;
    beforeAll(() => {
      url =
        'https://harbor.example/2024/05/ferry-pier';
      const html = fs.readFileSync('./fixtures/harbor.example.html');
      result = Mercury.parse(url, { html, fallback: false });
    });
    it('returns the title', async () => {
      const { title } = await result;
      assert.equal(title, 'The pier\\'s last ferry');
    });
    it('returns the author', async () => {
      const { author } = await result;
      assert.equal(author, "Ana Ruiz and Ben Cole");
    });
    it('returns the dek', async () => {
      const { dek } = await result;
      assert.equal(dek, null);
    });
    it('returns the content', async () => {
      assert.equal(
        first13,
        \`The harbor council voted on Tuesday to rebuild the old pier\`
      );
    });
  });
  describe('a second page', () => {
    it('returns the date_published', async () => {
      url = 'https://harbor.example/2024/06/night-crossing';
      const html = fs.readFileSync('./fixtures/harbor.example/1718000000000.html');
      const { date_published } = await Mercury.parse(url, { html, fallback: false });
      assert.equal(date_published, '2024-06-10T08:00:00.000Z');
    });
  });
});
`;

describe('postlightCases', () => {
  test('reads each saved page with its address and the values asserted after its load', () => {
    expect(postlightCases(TEST_FILE)).toEqual([
      {
        fixture: 'fixtures/harbor.example.html',
        url: 'https://harbor.example/2024/05/ferry-pier',
        expected: {
          title: "The pier's last ferry",
          author: 'Ana Ruiz and Ben Cole',
          dek: null,
          first13: 'The harbor council voted on Tuesday to rebuild the old pier',
        },
      },
      {
        fixture: 'fixtures/harbor.example/1718000000000.html',
        url: 'https://harbor.example/2024/06/night-crossing',
        expected: { date_published: '2024-06-10T08:00:00.000Z' },
      },
    ]);
  });

  test('a file that loads no saved page, or asserts nothing, gives no case', () => {
    expect(postlightCases("assert.equal(title, 'Ferry');")).toEqual([]);
    expect(
      postlightCases("url = 'https://a.example/'; fs.readFileSync('./fixtures/a.html');"),
    ).toEqual([]);
  });
});

describe('literalValue', () => {
  test.each([
    ["'It\\'s late'", "It's late"],
    ['"Caf\\u00e9 \\"Mar\\""', 'Café "Mar"'],
    ['`two\\nlines`', 'two\nlines'],
    ["'\\x41\\u{1F600}'", 'A😀'],
  ])('%s → %s', (literal, value) => {
    expect(literalValue(literal)).toBe(value);
  });
});
