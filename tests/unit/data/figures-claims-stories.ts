/** Short stories for the figures and claims unit tests (hand-written; the seed story is its own file). */

/** A budget story with a heading, a quote-only paragraph, a biography and a near-duplicate. */
export const BUDGET_STORY = {
  title: 'Riverton council approves $96 million budget with 4% tax rise',
  paragraphs: [
    'RIVERTON, Nov 12 - The Riverton City Council approved a $96 million budget on Tuesday, raising property taxes by 4% and hiring 12 firefighters, according to the city finance office.',
    'BUDGET AT A GLANCE',
    'The budget is $5.1 million larger than last year, driven by a 7% rise in pension costs, officials said.',
    'The Riverton City Council approved the $96 million budget on Tuesday, raising property taxes by 4%.',
    '“We had no choice but to raise taxes this year, and nobody on this council is happy about it,” said Mayor Ann Ruiz.',
    'Ruiz, who emigrated from Chile in 1988 and previously served as a school principal, was elected in 2019.',
    'Residents can call 555-201-3344 before 5 p.m. on Friday with questions.',
  ],
} as const;
