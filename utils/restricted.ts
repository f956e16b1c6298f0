/**
 * Browsers forbid extensions from scripting their own pages, other extensions and the web
 * stores; PDFs open in a viewer with no story DOM. Each gets a plain explanation.
 */
const RESTRICTED_SCHEMES =
  /^(chrome|chrome-extension|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|devtools|chrome-search|chrome-untrusted|data|javascript|blob):/i;
const STORE_HOSTS = [
  'chromewebstore.google.com',
  'chrome.google.com',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com',
];

/** Returns why the browser will not let Story Lens read a URL, or null when it may try. */
export function restrictedReason(url: string | null | undefined): string | null {
  if (!url) return 'Story Lens cannot see this tab’s address. Open a news story and try again.';
  if (RESTRICTED_SCHEMES.test(url)) {
    return 'This is a browser or extension page. Browsers do not let extensions read these; open a news story instead.';
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'This tab’s address is not a web page Story Lens can read.';
  }
  if (parsed.protocol === 'file:') {
    return 'Local files need “Allow access to file URLs” turned on for Story Lens in the extensions page.';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return 'Story Lens reads web pages (http and https) only.';
  }
  if (STORE_HOSTS.some((host) => parsed.hostname === host)) {
    return 'Browsers do not let extensions read the extension store. Open a news story instead.';
  }
  if (/\.pdf$/i.test(parsed.pathname)) {
    return 'This is a PDF document, shown by the browser’s PDF viewer. Story Lens reads web pages, not PDFs.';
  }
  return null;
}
