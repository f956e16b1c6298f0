import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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
