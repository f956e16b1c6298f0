import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures');

function cli(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      join(ROOT, 'scripts', 'cli.ts'),
      ...args,
    ],
    {
      encoding: 'utf8',
      cwd: ROOT,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run summarize (CLI)', () => {
  test('--json prints the StorySummary contract, the same as the golden expectation', () => {
    const page = join(FIXTURES, 'seed-weather-banner', 'source.html');
    const { code, stdout } = cli(page, '--json');
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    const expected = JSON.parse(
      readFileSync(join(FIXTURES, 'seed-weather-banner', 'expected.json'), 'utf8'),
    );
    expect({ ...printed, url: expected.url }).toEqual(expected);
  });

  test('--markdown prints the summary with the page address', () => {
    const { code, stdout } = cli(
      join(FIXTURES, 'seed-weather-banner', 'source.html'),
      '--markdown',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Putin’s Rising Influence/);
    expect(stdout).toContain('## Quotes');
    expect(stdout).toContain('file://');
  });

  test.each([
    [
      'a page with no story',
      [join(FIXTURES, 'no-story-link-list', 'source.html')],
      3,
      /No story: This page is a list of links/,
    ],
    ['no argument', [], 2, /Usage: npm run summarize/],
    ['an unknown flag', [join(FIXTURES, 'frames', 'source.html'), '--yaml'], 2, /Usage/],
    ['a missing file', [join(FIXTURES, 'does-not-exist.html')], 1, /Could not read/],
  ])('%s: exit code and a clear message', (_name, args, status, message) => {
    const { code, stdout, stderr } = cli(...(args as string[]));
    expect(code).toBe(status);
    expect(stdout + stderr).toMatch(message);
  });
});
