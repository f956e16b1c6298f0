import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Folder holding the golden pages, one folder per case. */
export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');

/** The URL a fixture is summarized under: stable, so expectations do not depend on the machine. */
export function fixtureUrl(name: string): string {
  return `https://fixtures.story-lens.test/${name}/`;
}

/** Every golden case with its source HTML, sorted by name. */
export function listFixtures(): { name: string; html: string; dir: string }[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      name,
      dir: join(FIXTURES_DIR, name),
      html: readFileSync(join(FIXTURES_DIR, name, 'source.html'), 'utf8'),
    }));
}

/**
 * Serves `fixtures` to `page` at their fixtureUrl and fails every other request (as offline),
 * each response with `headers` (the benches' cross-origin isolation, for a fine timer).
 */
export async function serveFixtures(
  page: Page,
  fixtures: readonly { name: string; html: string }[],
  headers: Record<string, string> = {},
): Promise<void> {
  const byUrl = new Map(fixtures.map((fixture) => [fixtureUrl(fixture.name), fixture.html]));
  await page.route('**/*', (route) => {
    const html = byUrl.get(route.request().url());
    return html === undefined
      ? route.abort()
      : route.fulfill({ body: html, contentType: 'text/html; charset=utf-8', headers });
  });
}
