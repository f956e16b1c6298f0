/**
 * npm run check:third-party: finds text the repository shares with third-party text, as word
 * 7-grams (`--n N` for another length) of every committed file against the saved eval pages
 * (.cache/eval-pages, tags stripped), PolNeAR's train/dev articles (../shared/eval-data) and the
 * BBC summary set (.cache/github/adamchristiansen+text-summarizer). Third-party text stays out of
 * the repository: tests and fixture pages use invented examples. N-grams made only of common
 * words or numbers, and those in the product's own seed page (../shared/seed), are ignored.
 * Prints each shared span with its file and line and exits 1 when there is one. Needs
 * `npm run eval:fetch` and the BBC clone; a missing source is skipped with a note.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const argv = process.argv.slice(2);
const N = Number(argv[argv.indexOf('--n') + 1]) || 7;
const SEED_DIR = join(ROOT, '..', 'shared', 'seed');
const POLNEAR =
  process.env.POLNEAR_PATH ?? join(ROOT, '..', 'shared', 'eval-data', 'polnear-traindev.json');
const BBC_GIT = join(ROOT, '.cache', 'github', 'adamchristiansen+text-summarizer');
const PAGES = join(ROOT, '.cache', 'eval-pages');

/** A gram made only of these words (or numbers) is no evidence of copying. */
const COMMON = new Set(
  `a an the and or but if of to in on at by for with from as is are was were be been being it its
  this that these those he she they we you i his her their our your my me him them us who whom which
  what when where why how not no do does did done have has had will would can could should may might
  must shall there here than then so such also just only about into over after before up down out
  more most some any all one two three four five six seven eight nine ten s t said says new year
  years people time per cent percent`.split(/\s+/),
);

interface Token {
  word: string;
  line: number;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  for (const match of text.matchAll(/\n|[\p{L}\p{N}]+/gu)) {
    if (match[0] === '\n') line++;
    else tokens.push({ word: match[0].toLowerCase(), line });
  }
  return tokens;
}

function stripHtml(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#?\w+;/g, ' ');
}

/** A committed file's text: escapes and entities become spaces, tags blanked keeping lines. */
function repoText(path: string, text: string): string {
  const plain = text.replace(/\\u\{?[0-9a-fA-F]{2,6}\}?|\\[nrt]|&#?\w+;/g, ' ');
  if (!path.endsWith('.html')) return plain;
  return plain.replace(/<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1>|<[^>]*>/gi, (markup) =>
    markup.replace(/[^\n]/g, ' '),
  );
}

function grams(tokens: Token[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + N <= tokens.length; i++) {
    out.push(
      tokens
        .slice(i, i + N)
        .map((t) => t.word)
        .join(' '),
    );
  }
  return out;
}

const interesting = (gram: string) =>
  !gram.split(' ').every((w) => COMMON.has(w) || /^\d+$/.test(w) || w.length === 1);

function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

// 1. Every committed text file's grams, with where they start.
const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && !/\.(png|jpg|ico|woff2?)$/.test(f) && f !== 'package-lock.json');
const repoGrams = new Map<string, { file: string; index: number }[]>();
const repoTokens = new Map<string, Token[]>();
for (const file of files) {
  const tokens = tokenize(repoText(file, readFileSync(join(ROOT, file), 'utf8')));
  repoTokens.set(file, tokens);
  grams(tokens).forEach((gram, index) => {
    if (interesting(gram)) entry(repoGrams, gram, () => []).push({ file, index });
  });
}

/**
 * Stock phrases any newsroom or site writes, so a match is no copy: "did not respond to a
 * request for comment" and the like. Each is written as text and split into grams like the rest.
 */
const STOCK_PHRASES = [
  'did not respond to a request for comment',
  'in the new england journal of medicine',
  'by signing up you agree to our terms',
  'i have never had that happen in my life',
  'you must be logged in to post a comment',
  'all rights reserved this material may not be published broadcast rewritten or redistributed',
  'svg xmlns http www w3 org 2000 svg',
];

// 2. The seed page is the product's own, and stock phrases are everyone's: their grams are allowed.
const seedGrams = new Set<string>();
for (const phrase of STOCK_PHRASES) for (const gram of grams(tokenize(phrase))) seedGrams.add(gram);
if (existsSync(SEED_DIR)) {
  for (const name of readdirSync(SEED_DIR)) {
    for (const gram of grams(tokenize(readFileSync(join(SEED_DIR, name), 'utf8'))))
      seedGrams.add(gram);
  }
}

// 3. Third-party grams found in the repository, with where they come from.
const hits = new Map<string, Set<string>>();
function scan(origin: string, text: string): void {
  for (const gram of grams(tokenize(text))) {
    if (repoGrams.has(gram) && !seedGrams.has(gram)) entry(hits, gram, () => new Set()).add(origin);
  }
}
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
if (existsSync(PAGES)) {
  for (const path of walk(PAGES)) {
    const raw = readFileSync(path, 'utf8');
    scan(path.slice(PAGES.length + 1), /\.html?$/.test(path) ? stripHtml(raw) : raw);
  }
} else console.log(`skipped: no eval pages at ${PAGES} (npm run eval:fetch)`);
if (existsSync(POLNEAR)) {
  const articles = JSON.parse(readFileSync(POLNEAR, 'utf8')) as {
    id: string;
    title?: string;
    text: string;
  }[];
  for (const article of articles)
    scan(`polnear:${article.id}`, `${article.title ?? ''}\n${article.text}`);
} else console.log(`skipped: no PolNeAR data at ${POLNEAR}`);
if (existsSync(BBC_GIT)) {
  const git = (...args: string[]) =>
    execFileSync('git', ['--git-dir', BBC_GIT, ...args], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
  for (const file of git('ls-tree', '-r', '--name-only', 'HEAD').split('\n')) {
    if (/^corpus\/(article|summary)\//.test(file))
      scan(`bbc:${file}`, git('cat-file', '-p', `HEAD:${file}`));
  }
} else console.log(`skipped: no BBC clone at ${BBC_GIT}`);

// 4. Overlapping hits in one file merge into one span.
const perFile = new Map<string, Map<number, Set<string>>>();
for (const [gram, origins] of hits) {
  for (const { file, index } of repoGrams.get(gram) ?? []) {
    const set = entry(
      entry(perFile, file, () => new Map()),
      index,
      () => new Set<string>(),
    );
    for (const origin of origins) set.add(origin);
  }
}
let spans = 0;
for (const [file, starts] of [...perFile].sort((a, b) => a[0].localeCompare(b[0]))) {
  const tokens = repoTokens.get(file) ?? [];
  const indexes = [...starts.keys()].sort((a, b) => a - b);
  let from = indexes[0] ?? 0;
  let to = from + N;
  let origins = new Set<string>();
  const flush = () => {
    spans++;
    const lines = `${tokens[from]?.line}-${tokens[to - 1]?.line}`;
    const text = tokens
      .slice(from, to)
      .map((t) => t.word)
      .join(' ');
    console.log(`${file}:${lines}  [${[...origins].slice(0, 3).join(', ')}]\n    "${text}"`);
  };
  for (const index of indexes) {
    if (index > to) {
      flush();
      from = index;
      to = index + N;
      origins = new Set();
    }
    to = Math.max(to, index + N);
    for (const origin of starts.get(index) ?? []) origins.add(origin);
  }
  flush();
}
console.log(`\n${spans} span(s) of ${N}+ words shared with third-party text`);
process.exitCode = spans > 0 ? 1 : 0;
