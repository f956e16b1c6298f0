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
