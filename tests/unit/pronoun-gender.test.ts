import { describe, expect, test } from 'vitest';
import { findNames } from '../../utils/analyze/names';
import { pronounGender } from '../../utils/analyze/pronoun-gender';

describe('pronounGender', () => {
  test.each([
    { sentence: 'Tomas Berg revised his plan for the pier.', gender: 'm' },
    { sentence: 'Stung by the reviews, Ana Lima dropped her bid.', gender: 'f' },
    // Another person word before the pronoun may be its antecedent.
    { sentence: 'Tomas Berg thanked the mayor for her help.', gender: null },
    { sentence: 'Ana Lima met a dock worker who lost his job.', gender: null },
    // Two people named, or pronouns of both genders: no cue.
    { sentence: 'Ana Lima told Tomas Berg his plan was late.', gender: null },
    { sentence: 'Tomas Berg said he would call her.', gender: null },
    // Past a reporting verb or a clause break the pronoun may be anyone's.
    { sentence: 'Tomas Berg said the levy is the latest blow to her budget.', gender: null },
    { sentence: 'Tomas Berg, a pilot, lost her ship.', gender: null },
    // No pronoun.
    { sentence: 'Tomas Berg revised the plan.', gender: null },
  ])('$sentence → $gender', ({ sentence, gender }) => {
    expect(pronounGender(sentence, findNames(sentence), (n) => n.includes(' '))).toBe(gender);
  });
});
