// Fails early, with the fix, when a browser the e2e tests drive is missing.
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `\nThe end-to-end tests drive Debian's Chromium at ${chromium}, which is not installed.\n` +
      'Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
      '(or point CHROMIUM_PATH at another Chromium binary). Unit and golden tests: npm run test:unit\n',
  );
  process.exit(1);
}

const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (!existsSync(firefox)) {
  console.error(
    `\nThe Firefox end-to-end tests drive Debian's firefox-esr at ${firefox}, which is not installed.\n` +
      'Install it with:  sudo apt-get update && sudo apt-get install -y --no-install-recommends firefox-esr\n' +
      '(or point FIREFOX_PATH at another Firefox 140+ binary).\n',
  );
  process.exit(1);
}
