import { words } from './words';

/** Verbs that report speech or writing, in the forms news copy uses. */
export const speechVerbs = words(`
  said says say told tells stated states added adds noted notes remarked remarks explained
  explains asked asks replied replies answered insisted insists argued argues warned warns
  claimed claims declared declares announced announces mentioned mentions emphasized
  emphasised emphasizes emphasises stressed stresses highlighted highlights indicated
  indicates revealed reveals confirmed confirms acknowledged acknowledges admitted admits
  asserted asserts wrote writes continued continues recalled recalls observed commented
  comments suggested suggests predicted informed tweeted posted joked quipped conceded
  cautioned urged urges testified concluded countered responded responds reported shouted
  whispered laughed sighed agreed agrees complained complains boasted vowed promised pleaded
  ruled texted recounted maintained maintains contended contends thundered snapped reflected
`);
