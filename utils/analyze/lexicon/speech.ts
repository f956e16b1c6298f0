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
  gushed fumed emailed exclaimed exclaims reiterated reiterates proclaimed proclaims alleged
  alleges reacted retorted scoffed lamented laments mused bragged boasts demanded interjected
  concludes reports tweets charged boomed
  barked barks confessed confesses retaliated elaborated elaborates beamed opined opines
  assured assures shouts yelled yells screamed screams griped grumbled groaned marveled
  marvelled chimed sneered muttered murmured growled bellowed roared ranted gloated crowed
  affirmed affirms wondered wonders implored begged objected protested rebutted inquired
  reads answers write conclude sings sang riffed quip
`);

/**
 * German reporting verbs in the forms news copy uses ("…“, sagte die Ministerin"): a German
 * story's quotes are attributed like an English one's, the verb before or after its subject.
 */
export const speechVerbsGerman = words(`
  sagte sagt sagten sagen erklärte erklärt erklärten betonte betont betonten meinte meint
  ergänzte ergänzt fügte warnte warnt schrieb schreibt berichtete berichtet
  antwortete antwortet sprach versicherte räumte
`);

/**
 * Verbs that are not speech verbs but attribute the quoted words to their subject ("hailed the
 * deal as “a breakthrough”", "accused him of “lying”"), and speech verbs as participles
 * ("…, saying it was “a great thing”"). A short quote in a sentence with one is a partial
 * quote, not a scare quote (issue 11).
 */
export const attributionVerbs = words(`
  accused accuses decried decries hailed hails heralded heralds praised praises pledged pledges
  implied implies dismissed dismisses denounced denounces condemned condemns criticized
  criticised criticizes criticises touted touts labeled labelled labels branded brands
  characterized characterised mocked mocks derided derides lambasted blasted blasts slammed
  slams ridiculed questioned questions promising predicting saying telling adding insisting
  arguing noting warning claiming declaring calling describing vowing asking suggesting
`);
