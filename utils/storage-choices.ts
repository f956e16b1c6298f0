/** The choices offered for the number of key claims shown. */
export const CLAIM_LIMIT_CHOICES = [3, 5, 7, 10] as const;

/** Key claims shown until the reader picks another number. */
export const DEFAULT_CLAIM_LIMIT_SHOWN = 5;
