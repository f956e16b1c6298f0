import { words } from './words';

/** Month names, lower case. */
export const monthNames = words(`
  january february march april may june july august september october november december
`);

/** Month abbreviations as written before a day ("Nov. 20"), lower case, no period. */
export const monthShort = words(`
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Weekday names, lower case. */
export const weekdays = words(`
  monday tuesday wednesday thursday friday saturday sunday
`);
