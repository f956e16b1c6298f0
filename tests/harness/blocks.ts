import type { Block } from '../../utils/extract/readability';

/** A prose block of the reading, unboxed, all of it a link's text when `linked`. */
export const block = (text: string, linked = false): Block => ({
  text,
  heading: false,
  prose: true,
  boxed: false,
  linkChars: linked ? text.length : 0,
});
