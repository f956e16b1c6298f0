import { extractFromPageCopy } from '../../utils/extract';
import { onOffscreenMessage } from '../../utils/messages';

// Chromium's offscreen document (reason DOM_PARSER): the background's DOM. It parses the bounded
// copy the content script serialized and runs the extraction here, so Readability's seconds on
// a huge page are spent on this document's thread, never on the page's (issue 15).
onOffscreenMessage({
  readCopy: ({ copy }) => ({
    url: copy.url,
    extracted: extractFromPageCopy(copy),
  }),
});
