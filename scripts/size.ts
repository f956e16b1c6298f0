/** Checks the gzipped size of what each extension context loads against its budget (bytes). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS, measureBundles } from './bundle-sizes';

const outDir = join(import.meta.dirname, '..', '.output', 'chrome-mv3');
if (!existsSync(outDir)) {
  console.error('No build in .output/chrome-mv3: run npm run build first.');
  process.exit(1);
}
const { contexts } = measureBundles(outDir);
let failed = false;
for (const [name, bytes] of Object.entries(contexts)) {
  const budget = BUDGETS[name] ?? 0;
  const ok = bytes <= budget;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${name.padEnd(15)} ${String(bytes).padStart(7)} B gzip  (budget ${budget} B)`,
  );
}
process.exit(failed ? 1 : 0);
