import { words } from './words';

/** Abbreviations that are never the end of a sentence: they always precede a name or a number. */
export const titleAbbreviations = words(`
  mr mrs ms mx dr st prof gen sen rep del gov lt col capt cmdr sgt maj adm mt ft rev fr hon pres
  supt insp vs v approx dept univ ave blvd
`);

/** Abbreviations that precede a number ("No. 5", "Vol. 2"); elsewhere they are ordinary words. */
export const numberAbbreviations = words(`
  no nos vol pp fig art sec ch
`);

/**
 * Abbreviations that usually continue the sentence but may end one ("... of Apple Inc. The
 * firm"); month abbreviations ("Nov. 20") count as these too (time.ts).
 */
export const softAbbreviations = words(`
  inc corp co ltd plc jr sr etc bros est min max mo
`);
