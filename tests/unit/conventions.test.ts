import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

// Holds the architecture's boundaries (STYLE.md "Pure core, thin glue") by reading the source.
const ROOT = join(import.meta.dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function source(path: string): string {
  // Comments may mention what the code must not do.
  return readFileSync(join(ROOT, path), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
}

const BROWSER_API =
  /\b(browser|chrome)\.(runtime|tabs|scripting|storage|sidePanel|sidebarAction|action|windows|permissions)\b|from ['"]wxt\/browser['"]|webextension-polyfill/;
const DOM_API = /\bdocument\.|\bwindow\.|\bDOMParser\b|\bElement\b|\bNode\b/;

const rules: [string, string[], RegExp][] = [
  [
    'utils/analyze uses neither the DOM nor browser.*',
    files('utils/analyze'),
    new RegExp(`${BROWSER_API.source}|${DOM_API.source}`),
  ],
  ['utils/extract never touches browser.*', files('utils/extract'), BROWSER_API],
  [
    'components never message anyone',
    files('components'),
    new RegExp(`${BROWSER_API.source}|utils/messages|utils/storage'`),
  ],
  [
    'utils outside messages.ts, storage.ts and utils/background/ never touch browser.*',
    files('utils').filter(
      (path) => !/utils\/(messages|storage)\.ts$/.test(path) && !/utils\/background\//.test(path),
    ),
    BROWSER_API,
  ],
  [
    'utils/background/ (background glue) is imported by the background only',
    [...files('utils'), ...files('components'), ...files('entrypoints')].filter(
      (path) => !/entrypoints\/background\.ts$/.test(path) && !/utils\/background\//.test(path),
    ),
    /from ['"][./]*(utils\/)?background\//,
  ],
  [
    'page text is never inserted as HTML',
    [...files('components'), ...files('entrypoints')],
    /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|document\.write/,
  ],
];

describe('conventions', () => {
  test.each(rules)('%s', (_name, paths, forbidden) => {
    expect(paths.length).toBeGreaterThan(0);
    const offenders = paths
      .filter((path) => forbidden.test(source(path)))
      .map((path) => relative(ROOT, join(ROOT, path)));
    expect(offenders).toEqual([]);
  });

  test('utils and components use named exports only', () => {
    const offenders = [...files('utils'), ...files('components')].filter((path) =>
      /export default/.test(source(path)),
    );
    expect(offenders).toEqual([]);
  });
});

/** The modules a file imports at run time (type-only imports left out), as repository paths. */
function runtimeImports(path: string): string[] {
  const out: string[] = [];
  for (const m of source(path).matchAll(/^import\s+(?!type\b)[^'"]*?from\s+'(\.[^']+)'/gm)) {
    const target = join(path, '..', m[1] ?? '');
    const candidates = [`${target}.ts`, `${target}.tsx`, join(target, 'index.ts')];
    const found = candidates.find((c) => {
      try {
        return statSync(join(ROOT, c)).isFile();
      } catch {
        return false;
      }
    });
    if (found) out.push(found);
  }
  return out;
}

/** The import cycles among a set of files, each as the path that closes it. */
function importCycles(paths: string[]): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (path: string, trail: string[]) => {
    if (state.get(path) === 'done') return;
    if (state.get(path) === 'open') {
      cycles.push([...trail.slice(trail.indexOf(path)), path]);
      return;
    }
    state.set(path, 'open');
    for (const next of runtimeImports(path)) visit(next, [...trail, path]);
    state.set(path, 'done');
  };
  for (const path of paths) visit(path, []);
  return cycles;
}

/** One file, one job: past this many lines an analyzer module is doing two (unit: lines). */
const MAX_ANALYZE_FILE_LINES = 400;

describe('the analyzer’s structure (issue: analysis on a language layer)', () => {
  test('no file in utils/analyze is over MAX_ANALYZE_FILE_LINES lines', () => {
    const long = files('utils/analyze')
      .map((path) => [path, readFileSync(join(ROOT, path), 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > MAX_ANALYZE_FILE_LINES);
    expect(long).toEqual([]);
  });

  test('utils/analyze has no import cycle', () => {
    expect(importCycles(files('utils/analyze'))).toEqual([]);
  });
});
