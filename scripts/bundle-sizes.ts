import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped size budgets (unit: bytes) for what each extension context loads. */
export const BUDGETS: Record<string, number> = {
  'content script': 40 * 1024,
  popup: 25 * 1024,
  'side panel': 25 * 1024,
};

function gzipBytes(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every JS file a page loads: its module scripts and their static imports, transitively. */
function pageScripts(outDir: string, html: string): string[] {
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map(
    (m) => m[1] as string,
  );
  while (queue.length > 0) {
    const url = queue.shift() as string;
    const path = join(outDir, url.replace(/^\//, ''));
    if (seen.has(path)) continue;
    seen.add(path);
    const code = readFileSync(path, 'utf8');
    for (const match of code.matchAll(/(?:import|from)\s*["'](\.{0,2}\/[^"']+\.js)["']/g)) {
      const spec = match[1] as string;
      const base = url.slice(0, url.lastIndexOf('/') + 1);
      queue.push(
        spec.startsWith('/')
          ? spec
          : new URL(spec, `https://x${base.startsWith('/') ? base : `/${base}`}`).pathname,
      );
    }
  }
  return [...seen];
}

/** Gzipped bytes of every file in a build, and of what the content script, popup and side panel load. */
export function measureBundles(outDir: string): {
  files: { file: string; bytes: number; gzip: number }[];
  contexts: Record<string, number>;
} {
  const files = walk(outDir)
    .filter((path) => /\.(js|css|html|json)$/.test(path))
    .map((path) => ({
      file: relative(outDir, path),
      bytes: statSync(path).size,
      gzip: gzipBytes(path),
    }))
    .sort((a, b) => b.gzip - a.gzip);
  const sum = (paths: string[]) => paths.reduce((total, path) => total + gzipBytes(path), 0);
  const contexts: Record<string, number> = {
    'content script': sum([join(outDir, 'content-scripts', 'content.js')]),
    popup: sum(pageScripts(outDir, readFileSync(join(outDir, 'popup.html'), 'utf8'))),
    'side panel': sum(pageScripts(outDir, readFileSync(join(outDir, 'sidepanel.html'), 'utf8'))),
  };
  return { files, contexts };
}
