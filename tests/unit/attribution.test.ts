import { describe, expect, test } from 'vitest';
import {
  claimAttribution,
  coordinatedSubjectLength,
  findAttribution,
  findSpeechSubject,
} from '../../utils/analyze/attribution';
import { indexPeople } from '../../utils/analyze/names';

describe('findAttribution', () => {
  test.each([
    [
      'according to',
      'Putin is willing to talk, according to five insiders familiar with Kremlin’s stance, as reported by Reuters.',
      'according to five insiders familiar with Kremlin’s stance',
    ],
    [
      'according to, past an abbreviation’s periods',
      'The pier was unsafe, according to a letter from the U.S. Harbor Committee.',
      'according to a letter from the U.S. Harbor Committee',
    ],
    [
      'according to, short',
      'Russia might pull back, according to two officials.',
      'according to two officials',
    ],
    [
      'as reported by',
      'He decided alone, as reported by 10 Russian sources familiar with Kremlin perspectives.',
      'as reported by 10 Russian sources familiar with Kremlin perspectives',
    ],
    [
      'as per insights from',
      'It will talk, as per insights from five current and former officials.',
      'as per insights from five current and former officials',
    ],
    [
      'told Reuters',
      '“It is risky,” Kremlin spokesperson Dmitry Peskov told Reuters shortly before.',
      'Kremlin spokesperson Dmitry Peskov told Reuters',
    ],
    [
      'subject + verb',
      'If no deal is reached, the two sources indicated that Russia would fight.',
      'the two sources indicated',
    ],
    [
      'auxiliary and adverb',
      'Top U.S. military leaders have publicly remarked that this goal is ambitious.',
      'Top U.S. military leaders have publicly remarked',
    ],
    [
      'appositive relative clause',
      'Dimitri Simes, who emigrated in 1973, remarked that a deal was near.',
      'Dimitri Simes',
    ],
    [
      'appositive name after role',
      'Trump’s communications director, Steven Cheung, informed Reuters about it: “Yes.”',
      'Trump’s communications director, Steven Cheung, informed Reuters',
    ],
    [
      'inverted',
      'The deal is dead, said a spokesperson for the ministry.',
      'said a spokesperson for the ministry',
    ],
    [
      'no attribution',
      'Moscow controls an area of Ukraine comparable to the size of Virginia.',
      null,
    ],
    ['speech verb inside a quote is ignored', '“Putin has already stated it.”', null],
    ['United States is not a verb', 'It was a risky escalation by the United States.', null],
    ['verb joined to another verb', 'Regions that Russia claims and largely controls.', null],
  ])('%s', (_name, text, expected) => {
    expect(findAttribution(text)).toBe(expected);
  });

  test.each([
    ['A source close to the couple told The Sun: ', 'A source close to the couple'],
    [
      'One official from Russia mentioned that no deal was feasible, adding, ',
      'One official from Russia',
    ],
    ['In a statement read to the court, her son said: ', 'her son'],
    [
      'Harbour Ltd Chairman Ivo Sand, in a note sent to staff on Friday, said the ',
      'Harbour Ltd Chairman Ivo Sand',
    ],
    [
      'once the ferry resumes, Nell Orrin, chair of the port users group, told reporters',
      'Nell Orrin',
    ],
    ['Pia Lund, speaking at the depot on Monday, said ', 'Pia Lund'],
    // A speech verb's form after a determiner is a noun: "his remarks" reports nobody.
    ['Ivo Sand said his remarks were ', 'Ivo Sand'],
    // The first verb and its object before "and said" are no subject: the subject stands
    // before the appositive.
    ['Pia Lund, speaking on the radio, called Berg a “coward,” and said the plan was ', 'Pia Lund'],
    // A denied speech reports nobody: "cannot say", "did not comment".
    ['Berg cannot say that ', null],
    // A subordinate clause's speaker, with the main clause still to come, is not the sentence's.
    ['When Berg suggested that the port would close, Lima fired back: ', null],
    ['Although Berg said the pier was safe, Lima told reporters: ', 'Lima'],
    // A spaced hyphen ends the subject like a dash.
    ['In a letter - sent to Ivo Sand - the port spokesman asks ', 'the port spokesman'],
    ['The weather was fine.', null],
    // A coordinated reporting verb shares the subject of its clause's first verb, past a long
    // object, an appositive or a passive ("was joined … by Berg").
    [
      'Lima, the former harbour master, stressed her support of the 2019 plan that saved Port Aldo during a forum hosted by the Gazette and said she has the one quality the job needs: ',
      'Lima',
    ],
    ['Ana Lima, the port chief, met Ivo Berg on Monday and told him: ', 'Ana Lima'],
    ['Lima was joined on stage by Berg and joked: ', 'Lima'],
    ['Lima waved to the crowd and said she was ', 'Lima'],
    ['Even Norway, the port’s largest client, objected to the fee and warned it was ', 'Norway'],
    // …but not a possessive's owner, a noun after a name, or a clause after a subordinator.
    ['The Lund memo hits Berg for taking “money” and claims that ', 'The Lund memo'],
    ['Lima’s relatives, including her son, watched the hearing on Monday and said they had ', null],
    ['Ferries stopped, after the Lund company cut its forecast and said ', 'the Lund company'],
    // A state after a city's comma is a place, never a name between commas.
    ['Dana Reyes, 31, of Toledo, Ohio, said the ', null],
    ['Leo Marsh, 40, of Austin, Tex., said the ', null],
    ['Gale is upbeat after a man in Tacoma, Wash., told her ', 'a man in Tacoma, Wash.'],
    // A plural form a copula follows is a noun, the copula's subject ("remarks were").
    ['Ines Lund called him a fool and said his pro-ferry remarks were ', 'Ines Lund'],
    // An owner's role set off by commas is an appositive: the name before it speaks.
    ['Ana Lima, Berg’s longtime lawyer, argues that his client was never ', 'Ana Lima'],
    ['Ivo Sand, Harbour Trust’s spokesman, said the pier would ', 'Ivo Sand'],
    // A discourse aside between subject and verb comments on the clause; it is no subject.
    ['Ana Lima’s office, for instance, told reporters it would ', 'Ana Lima’s office'],
    ['The port board, in turn, warned that ', 'The port board'],
  ])('findSpeechSubject(%s)', (text, expected) => {
    expect(findSpeechSubject(text)).toBe(expected);
  });
});

describe('the subject of a coordinated reporting verb', () => {
  test.each([
    ['the company cut its full-year revenue forecast and', 'the company'],
    ['a man carrying two coffees turned round and', 'a man carrying two coffees'],
    ['Voltline stepped in and', 'Voltline'],
    ['Officials at the ministry met and', 'Officials at the ministry'],
    ['Chief executive Ingrid Halvorsen thanked the staff and', 'Chief executive Ingrid Halvorsen'],
    ['Officials at the ministry', ''],
  ])('%s', (phrase, subject) => {
    const words = phrase.split(' ');
    expect(words.slice(0, coordinatedSubjectLength(words)).join(' ')).toBe(subject);
  });

  test.each([
    ['two of its largest customers had asked to delay shipments', null],
    ['the minister is said to be considering a run', null],
    ['two of its largest customers told reporters they would wait', 'two of its largest customers'],
  ])('%s: a request or rumour is not a source', (text, subject) => {
    expect(findSpeechSubject(`The company said on Monday that ${text}.`)).toBe(
      subject ?? 'The company',
    );
  });

  test('a claim whose source acted and said is attributed to the source alone', () => {
    expect(
      findAttribution(
        'Shares fell 11%, after the company cut its revenue forecast and said customers were delaying orders.',
      ),
    ).toBe('the company');
  });
});

describe('claimAttribution: who a claim is attributed to, as a reader says it', () => {
  test.each<[string, string, string | null]>([
    [
      'according to is kept verbatim',
      'Putin is willing to talk, according to five insiders familiar with Kremlin’s stance.',
      'according to five insiders familiar with Kremlin’s stance',
    ],
    [
      'According at the start is lowercased',
      'According to this draft, which Reuters has reviewed, Ukraine would stay neutral.',
      'according to this draft',
    ],
    [
      'reporting verb dropped',
      'In the first insights into his terms, the five Russian officials noted that he could settle.',
      'the five Russian officials',
    ],
    [
      'number word lowercased',
      'Two sources highlighted that the missiles could delay a deal.',
      'two sources',
    ],
    ['plural role noun', 'Three economists warned that the cut came too late.', 'three economists'],
    [
      'organization subject',
      'The regional water authority noted that rainfall had been 40% above average.',
      'the regional water authority',
    ],
    [
      'addressee of told dropped',
      'Kremlin spokesperson Dmitry Peskov told Reuters that no talks were planned.',
      'Kremlin spokesperson Dmitry Peskov',
    ],
    [
      'auxiliary and adverb dropped',
      'Top U.S. military leaders have publicly remarked that this goal is ambitious.',
      'top U.S. military leaders',
    ],
    [
      'inverted',
      'The deal is dead, said a spokesperson for the ministry.',
      'a spokesperson for the ministry',
    ],
    [
      'main clause after a subordinate clause keeps its source',
      'When asked about the cost, three officials mentioned a figure of 12 million euros.',
      'three officials',
    ],
    [
      'verb inside a while clause attributes only that clause',
      'While Moscow asserts that the regions are Russian, its forces occupy 70-80% of the land.',
      null,
    ],
    [
      'although clause, other wording',
      'Although the agency says the dam is sound, villagers have begun moving livestock.',
      null,
    ],
    [
      'subordinate clause with a main-clause according to',
      'While the ministry insists the dam is safe, engineers found cracks, according to a report.',
      'according to a report',
    ],
    [
      'citing a reason is no source',
      'Two mills cut output this week, citing weak orders from automakers.',
      null,
    ],
    ['it is no source', 'It said the plant would reopen in May.', null],
    ['story statement', 'Moscow controls an area of Ukraine comparable to Virginia.', null],
  ])('%s', (_name, sentence, expected) => {
    expect(claimAttribution(sentence)).toBe(expected);
  });

  test.each<[string, string[], string, string]>([
    [
      'a bare surname is given in full',
      ['Water minister Elena Sorvino visited the dam.'],
      'Sorvino said the ministry would publish weekly updates.',
      'Elena Sorvino',
    ],
    [
      'a pronoun is resolved to the last named person before',
      ['Economist Priya Nair studied the data.'],
      'She said prices would fall by spring.',
      'Priya Nair',
    ],
  ])('%s', (_name, before, sentence, expected) => {
    const people = indexPeople([...before, sentence]);
    expect(claimAttribution(sentence, people, before)).toBe(expected);
  });
});
