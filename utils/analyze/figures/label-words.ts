/**
 * Most words a figure's `measures` label may have: longer stops reading as a label and starts
 * reading as a clause copied whole (unit: words). Rows that put a full name, an owner or a
 * spelled-out acronym into a label allow a little more, each with its own constant and reason.
 */
export const MAX_LABEL_WORDS = 10;
