/**
 * Hand-made reference texts for saved third-party pages, kept in the repository without their
 * words: each reference line is stored as a fingerprint (SHA-256 prefix) of one text chunk of
 * the page, in order. `eval:fetch` downloads the page again and rebuilds the reference from the
 * chunks whose fingerprints match, so the measurement repeats on any machine.
 *
 *   npx tsx scripts/eval-references.ts --record <annotated-dir> <out.json>
 *     fingerprints every <annotated-dir>/<page>/reference.txt against its source.html
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openHtml } from '../tests/harness/parse-html';
import { type BlockTags, textBlocks } from './text-blocks';

/** Hex characters of SHA-256 kept per line: 64 bits, no collisions among a page's few hundred chunks. */
const FINGERPRINT_HEX = 16;

/** Where the annotation dump cut a page: every block element and every `<br>`. */
const CHUNKS: BlockTags = {
  blockTags: new Set(
    'P DIV SECTION ARTICLE MAIN HEADER FOOTER ASIDE NAV BLOCKQUOTE FIGURE FIGCAPTION UL OL LI DL DT DD TABLE THEAD TBODY TR TD TH CAPTION H1 H2 H3 H4 H5 H6 PRE FORM CENTER HR ADDRESS BODY HTML BR'.split(
      ' ',
    ),
  ),
  skipTags: new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']),
};

/** A page's visible text cut at every block element boundary and at every `<br>`, whitespace collapsed. */
export function pageChunks(root: Node): string[] {
  return textBlocks(root, CHUNKS);
}

export function fingerprint(line: string): string {
  return createHash('sha256')
    .update(line.replace(/\s+/g, ' ').trim())
    .digest('hex')
    .slice(0, FINGERPRINT_HEX);
}

/** Page name → the fingerprints of its reference lines, in order. */
export type ReferencePrints = Record<string, string[]>;

/** Rebuilds a reference text from a page; null when a line is no longer on the page. */
export function rebuildReference(html: string, prints: readonly string[]): string | null {
  const { document } = openHtml(html, 'http://fakehost/');
  const byPrint = new Map<string, string>();
  for (const chunk of pageChunks(document.body)) byPrint.set(fingerprint(chunk), chunk);
  const lines = prints.map((print) => byPrint.get(print));
  return lines.every((line) => line !== undefined) ? `${lines.join('\n')}\n` : null;
}

function record(dir: string, out: string): void {
  const prints: ReferencePrints = {};
  for (const page of readdirSync(dir).sort()) {
    const reference = join(dir, page, 'reference.txt');
    if (!existsSync(reference)) continue;
    const lines = readFileSync(reference, 'utf8')
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    prints[page] = lines.map(fingerprint);
    const rebuilt = rebuildReference(
      readFileSync(join(dir, page, 'source.html'), 'utf8'),
      prints[page],
    );
    if (rebuilt !== `${lines.join('\n')}\n`)
      throw new Error(`${page}: a reference line is not a chunk of its page`);
  }
  writeFileSync(out, `${JSON.stringify(prints, null, 1)}\n`);
  console.log(`${Object.keys(prints).length} references fingerprinted into ${out}`);
}

if (
  import.meta.url === pathToFileURL(process.argv[1] ?? '').href &&
  process.argv[2] === '--record'
) {
  const [dir, out] = process.argv.slice(3);
  if (!dir || !out) throw new Error('usage: --record <annotated-dir> <out.json>');
  record(dir, out);
}
