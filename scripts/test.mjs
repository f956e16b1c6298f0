// `npm test`: unit + golden tests, then the end-to-end tests in Chromium with the unpacked build.
import { spawnSync } from 'node:child_process';

function run(script) {
  const result = spawnSync('npm', ['run', script], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('test:unit');
run('test:e2e');
