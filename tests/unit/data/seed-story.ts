/** The seed story (Reuters, Nov 20 2024): headline and clean paragraphs, page noise removed. */

/** Headline of the seed story. */
export const SEED_TITLE =
  'Putin’s Rising Influence in Ukraine: The Potential for a Trump-Led Peace Agreement';

/** Paragraphs of the seed story, from the dateline on, verbatim. */
export const SEED_PARAGRAPHS: string[] = [
  'MOSCOW, Nov 20 (Reuters) – Vladimir Putin is willing to discuss a cease-fire in Ukraine with Donald Trump but is firm on not conceding significant territories and insists that Kyiv give up its NATO membership aspirations, according to five insiders familiar with Kremlin’s stance, as reported by Reuters.',
  'U.S. President-elect Trump, who plans to quickly end the war, is re-entering the White House during a time when Russia is strengthening its hold. Moscow controls an area of Ukraine comparable to the size of Virginia and is making gains at the quickest rate since the early phase of the 2022 invasion.',
  'In the initial comprehensive insights into what President Putin might be willing to accept in a deal mediated by Trump, the five Russian officials noted that the Kremlin would generally agree to maintain the current boundaries along the front lines.',
  'Negotiations about the specific division of the four eastern regions—Donetsk, Luhansk, Zaporizhzhia, and Kherson—might be possible, according to three of the sources, who asked to remain anonymous to discuss delicate issues.',
  'While Moscow asserts that these four regions are completely integrated into Russia and protected by its nuclear capabilities, Russian forces currently occupy 70-80% of the land, with Ukrainian forces holding approximately 26,000 square kilometers based on front-line open-source data.',
  'Additionally, Russia might consider pulling back from smaller territories it occupies in the Kharkiv and Mykolaiv regions, according to two officials.',
  'Putin stated earlier this month that any cease-fire required should reflect the existing “realities” while expressing concern that a temporary peace could merely allow the West to rearm Ukraine.',
  '“Without neutrality, it is hard to envision any amicable relationships between Russia and Ukraine,” Putin remarked during the Valdai discussion group on November 7.',
  '“Why? Because this would mean that Ukraine would continually be used as an instrument against the interests of the Russian Federation.”',
  'Two sources highlighted that outgoing U.S. President Joe Biden’s choice to authorize Ukraine to launch American ATACMS missiles deep into Russia could hinder and delay potential resolutions, further increasing Moscow’s demands. On Tuesday, Kyiv reportedly used these missiles to strike Russian territory for the first time, a move Moscow condemned as a serious escalation.',
  'If a cease-fire is not reached, the two sources indicated that Russia would continue to fight.',
  '“Putin has already stated that simply freezing the conflict will not be a viable solution,” Kremlin spokesperson Dmitry Peskov told Reuters shortly before the news of the missile strikes was reported. “And the authorization of missiles represents a very risky escalation by the United States.”',
  'The Ukrainian foreign ministry was not immediately available for a comment regarding this report.',
  'Trump’s communications director, Steven Cheung, informed Reuters about the forthcoming U.S. president: “He is the only individual capable of uniting both parties to negotiate peace and work towards concluding the conflict and halting the violence.”',
  'Real estate mogul Trump, famously known for his 1987 book “Trump: the Art of the Deal,” has stated he would initiate direct discussions with Putin in his quest for peace. However, he has not outlined specifics on how he plans to bridge the gap between the opposing sides, both of which display little willingness to relent.',
  'Ukrainian President Volodymyr Zelenskiy has asserted that his nation will not relent until every last Russian soldier is expelled from its land, based on the borders established after the Soviet Union collapsed in 1991. Nevertheless, top U.S. military leaders have publicly remarked that this goal is exceedingly ambitious.',
  'On June 14, Putin laid down his initial conditions for an immediate cessation of hostilities: Ukraine must forsake its NATO intentions and withdraw all troops from the territories of the four Ukrainian regions that Russia claims and largely controls.',
  'SECURITY ASSURANCES, MILITARY RESTRICTIONS',
  'While Russia will not accept Ukraine’s NATO membership or allow NATO forces on its soil, it is willing to entertain talks regarding security guarantees for Ukraine, as per insights from five current and former officials.',
  'Other concessions that the Kremlin might seek from Ukraine could involve Kyiv agreeing to restrict the size of its military and ensuring there are no limitations on the use of the Russian language, these sources revealed.',
  'Dimitri Simes, who emigrated from the Soviet Union to the United States in 1973 and is known as one of the most connected experts on American affairs in Russia, remarked that a cease-fire could be negotiated relatively quickly to conclude the war, which has resulted in hundreds of thousands of deaths and dislocated millions of civilians.',
  'However, Simes emphasized that achieving a more comprehensive, enduring agreement addressing the security concerns of both Ukraine and Russia would be exceptionally difficult to realize.',
  '“A major agreement, in my opinion, would be very challenging to establish as the positions of both sides are quite entrenched.”',
  'The two parties remain significantly apart in their negotiations.',
  '‘HARSH REALITY: RUSSIA IS GAINING GROUND’',
  'Currently, Russia occupies 18% of Ukraine, which includes all of Crimea—a region it annexed in 2014—along with 80% of the Donbas area, consisting of the Donetsk and Luhansk regions. Additionally, Russia controls over 70% of both the Zaporizhzhia and Kherson regions, around 3% of the Kharkiv region, and a small part of Mykolaiv.',
  'In total, Russia has control over more than 110,000 square kilometers of Ukrainian land, while Ukraine holds approximately 650 square kilometers in Russia’s Kursk region.',
  'Internally, Putin could present a ceasefire agreement in which Russia retains most of the territories in Donetsk, Luhansk, Zaporizhzhia, and Kherson as a triumph. This would be framed as ensuring the protection of Russian speakers living in eastern Ukraine and maintaining the land connection to Crimea, according to one source.',
  'Discussions regarding the future of Crimea itself are off the table, according to the Russian officials.',
  'A senior official with insight into high-level Kremlin discussions stated that the West must acknowledge the “harsh truth” that its support to Ukraine has not been enough to stop Russia from achieving victory in the conflict.',
  'Putin, who previously served as a KGB lieutenant colonel and witnessed the collapse of the Soviet Union in Dresden, made the decision to invade Ukraine after consulting only a small circle of trusted advisors, as reported by 10 Russian sources familiar with Kremlin perspectives.',
  'He is also expected to have the final say in any ceasefire arrangement, according to five current and former officials.',
  'The Russian leader has framed what he calls the “special military operation” in Ukraine as a pivotal moment where Moscow finally confronted what he perceives as the West’s arrogance, which has expanded NATO towards Russia’s borders and interfered in regional affairs, particularly in Georgia and, crucially, Ukraine.',
  'In contrast, Kyiv and the West argue that the invasion was a blatant attempt to seize sovereign Ukrainian territory.',
  'When asked about a potential ceasefire, two Russian sources mentioned a draft agreement that was nearly reached in April 2022 during negotiations in Istanbul, which Putin has publicly acknowledged as a potential foundation for a future deal.',
  'According to this draft, which Reuters has reviewed, Ukraine would need to agree to permanent neutrality in exchange for security assurances from the five permanent members of the U.N. Security Council: Britain, China, France, Russia, and the United States.',
  'One official from Russia mentioned that no deal would be feasible unless Ukraine receives security guarantees, adding, “The challenge lies in avoiding an arrangement that could lead the West into a direct confrontation with Russia in the future.”',
];
