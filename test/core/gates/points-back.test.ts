import { describe, expect, it } from 'vitest';
import { pointsBack, statementPointsBack } from '../../../src/core/gates/points-back.ts';

describe('pointsBack', () => {
  it.each([
    'Dvořák played there for about nine years, from 1866.',
    'Fill in the blank: This link between _____ major basins was reported by missionaries.',
    'In which year was the site inscribed as a UNESCO World Heritage Site?',
    'Five of the deaths were in Oklahoma.',
    'Since the first was reported in 2007, more than 1,000 have been recorded.',
    'The stock has gained about 34% since January.',
    'The burial mound that once covered it was levelled by ploughing in the 19th century.',
    'A 1994 analysis proposed hepatic amoebiasis, rather than tuberculosis, as the cause.',
    'Russia reversed that settlement through the Treaty of Aigun in 1858.',
    'Fill in the blank: But the _____ could help settle a long-running debate over sub-Neptunes.',
    'From the confluence the Alpine Rhine runs north, forming the boundary with Liechtenstein.',
    'Over the following centuries Timbuktu developed into a renowned centre of Islamic learning.',
    'The new rulers used the Alhambra as a royal residence and made alterations.',
    'Fill in the blank: All three were picked up by a(n) _____ crew from Banton shortly after sunrise.',
    'Fill in the blank: City officials hope grants will cover half of that amount, or $_____ million.',
    'The company has 640 employees and about 3,100 customers.',
    'Fill in the blank: On _____ of that year he married Anna Čermáková.',
    'Fill in the blank: Thirty-one of them are children under the age of _____.',
    'Because human cells do not have such walls, the drug has relatively low toxicity.',
    'Fill in the blank: The couple had _____ children.',
    'At its upper end is the mother well, a vertical shaft sunk until it reaches the water table.',
    'Measured by length and wing area it is among the largest eagles in the world.',
    'In the mid-twentieth century it had tens of thousands of working qanats.',
    'Fill in the blank: Geologists estimate its age at between 9 and _____ million years, which makes it old.',
    'Fill in the blank: Supporters of the _____ rejected that request.',
    'Fill in the blank: A mining settlement of the same name, now abandoned, recorded about _____ °C.',
    'Ranjit Singh observed the arrangement for the rest of his life.',
    'Fill in the blank: Gao Xianzhi was executed in _____ after a failed defence during that rebellion.',
    'Analysts said the figures highlighted both the opportunities and the risks facing the sector.',
    'Fill in the blank: The results beat the average forecast compiled from _____ local brokerages.',
    'Five of the dead were women, according to the district administration.',
    'The best known was Louis-Auguste Cyparis, a prisoner held in a thick-walled stone cell.',
    'The findings drew a response from labour campaigners.',
    'The risk rose sharply with years of work.',
    'Analysts welcomed the results but pointed to rising costs.',
    'The International Union for Conservation of Nature lists it as Endangered.',
    'Fill in the blank: Almost all of it is taken up by a single volcanic cone that rises to _____ m.',
    'Fill in the blank: Around 14% of those _____ were more than three months overdue.',
    'Only a few of these bred successfully, and the modern population descends from a dozen founders.',
    'More precisely, it tries to classify problems that can or cannot be solved.',
    'Fill in the blank: In some _____ chapters it describes Hindu religion, law and astronomy.',
    'How many children did the couple have?',
    'Fill in the blank: The 26-year-old secured the title in a game that lasted _____ hours.',
    'Speaking after the final game, the 34-year-old Swede was gracious in defeat.',
    'Fill in the blank: That last win came only _____ days before the end of the match.',
    'In the same year a white jersey was introduced for the best young rider.',
    'Fill in the blank: Real wages have fallen by roughly _____ percent since then.',
    'Fill in the blank: In those areas, some communities are more than _____ kilometres from a road.',
    'The association says a larger increase would make the port uncompetitive.',
    'The figure represents about 68 percent of the children the campaign aims to reach.',
    'Fill in the blank: The first rider to wear it was _____.',
    'Fill in the blank: There he lodged with the astronomer _____ and assisted him.',
    'Fill in the blank: The largest of them, the Theewaters dam, was just _____ percent full.',
    'Comparing the masses with the equation, they estimated that each split released _____ MeV.',
    'Fill in the blank: Native to Europe, Africa and western Asia, it has been carried to every continent except _____.',
    'Fill in the blank: Launched on 11 April 1970, it was abandoned _____ hours into the flight.',
    'When the Kaiser Wilhelm Institute opened in 1912, they moved in.',
    'Because Austrian universities did not admit women, she prepared privately for the examination.',
    'A contemporary of Marie Curie, she spent most of her career in Berlin.',
    'Investigators believe that made them easy to carry.',
    'Fill in the blank: More than _____% of them live in the capital region, which grew to 8.4 million people.',
    'The same issue carried a paper by Franklin and Gosling, whose data supported the model.',
    'Elephants use it to breathe, smell, drink, lift food and greet one another.',
    'Fill in the blank: When it arrived, the _____ erupted in cheers.',
    'Fill in the blank: Bach held this position for the remaining _____ years of his life.',
    'The action stranded tens of thousands of travelers at the height of the summer season.',
    'Fill in the blank: After victory at the Second Battle of Panipat in 1556, he expanded the empire across northern _____.',
    'Shortly thereafter, Israel followed, floating the pound sterling.',
    'Conditions there were appalling, and soldiers died of typhus and cholera.',
    'Afterwards, the couple moved to a farm near the coast.',
    'Fill in the blank: The following year he besieged the island of _____.',
    'Fill in the blank: Of that, £_____ million will come from a central government grant.',
    'Fill in the blank: Among them were _____ radiated tortoises.',
    'Since women were not allowed in the laboratories, the two at first worked in a workshop.',
    'Fill in the blank: Returning to _____ in 1856 under the assumed name "Miss Smith", she avoided public celebrations.',
    'Fill in the blank: Built on an island in Lake Texcoco, it grew to a population of _____.',
    'Fill in the blank: _____ years later, in 1853, she became superintendent of the Institute.',
    'Fill in the blank: _____ considered this settlement unfavourable, and the two crowns opened talks.',
    'Fill in the blank: Coral reefs have grown in this region for at least _____ years.',
    'In which year did Pope Julius II confirm it?',
    "The Supreme Court's ruling rejects that approach and is binding on all lower courts.",
    'Lying at an elevation of about 3,810 metres, it is often described as the highest navigable lake.',
    'The Holy League dissolved soon afterwards.',
    'The succession thus passed to Selim II.',
    'Works of the following decade included En saga and the Karelia Suite.',
    'The Sixth and the single-movement Seventh followed, together with the tone poem Tapiola.',
    'In its preface Sejong explained that ordinary people could not write.',
    'Fill in the blank: Estimates of its size range from about 70,000 to more than _____ men.',
    'The border between the two countries runs through it.',
    'Larger and rarer mammals, including the jaguar, also occur in the protected area.',
    'The Ethiopian forces attacked the remaining brigades one after another.',
    'Fill in the blank: Over the following _____ years, confirmed dengue cases fell sharply.',
    'Fill in the blank: Generals _____ and Kim Jong-seo played leading roles in these campaigns.',
    'Fill in the blank: _____ others were treated at the scene and released.',
    'The Zimbabwe Bird has since become a national emblem of the country.',
    'Fill in the blank: In _____ the new ruler granted him the surname Zheng.',
    'At present the figure is about 9%.',
    'Fill in the blank: The researchers said the difference was equal to a(n) _____% lower risk.',
    'The problem is a growing concern for health officials because myopia raises the risk of glaucoma.',
    'The family were prosperous farmers who leased land from an estate owned by a religious order.',
    "Rizal also wrote for the movement's newspaper, La Solidaridad.",
    'In which month and year did the four men reach the tidal mangroves of the Flinders River?',
    'Rangers and staff there have been attacked several times, most notably in 2012.',
    'In which year did the zoologist Philip Lutley Sclater describe it as a new species of horse?',
    'Fill in the blank: During that window, the airport is handling as many as _____ flights a day.',
    'The wrestler himself was already looking ahead to the New Year tournament.',
    'Fill in the blank: Residents said it contained _____ flats and a ground-floor shop.',
    'Fill in the blank: The prime minister supplied an aircraft so that _____ could collect it.',
    'The name is not the Quechua word for "knot".',
  ])('finds "%s" leaning on an earlier sentence', (prompt) => {
    expect(pointsBack(prompt)).toBe(true);
  });

  it.each([
    'How many people were there on board?',
    'Fill in the blank: This year the river flooded _____ villages.',
    'The Aare joins the Rhine at the confluence of the two rivers near Koblenz.',
    'Butterflies migrate over the following weeks, the researchers found.',
    'There were 190 people on board the plane.',
    'In London, the coachmaker sold an improved version, and riders there nicknamed it the "hobby horse".',
    'Fill in the blank: The team from _____ then analyzed the data.',
    'The name of the river comes from a Latin word for "wide".',
    'Who said: "We went there to win"?',
    'The council said that the plan was approved.',
    "One of the world's largest rivers, the Amur forms part of the border.",
    'The reason for the delay was a fault in the signalling system.',
    'The first fast radio burst was reported in 2007.',
    'The mound that covered the grave of the king was levelled in 1850.',
    'Chain described an enzyme that could break down penicillin; such enzymes are now called penicillinases.',
    'Fill in the blank: Metals such as _____ and tin were traded.',
    'How many people did the team from Leeds survey?',
    'That is the largest figure since records began in 1950.',
    'The figure of 40 deaths was confirmed by the ministry.',
    'The riders rode at the same time as the runners.',
    'Fill in the blank: The yellow jersey was introduced in _____, and Eugène Christophe was the first rider to wear it.',
    'When Hahn arrived in Berlin, he met Max Planck.',
    'If the House votes to impeach President Trump, he would then face trial in the Senate.',
    'When the bees return to the hive, they dance.',
    'When the canal opened in 1914, it carried 1,000 ships.',
    'United Airlines said on Monday that, after the crash, it would review its fleet.',
    'Fill in the blank: The researchers found when fish were plentiful, they would eat _____ off the corals.',
    'Fill in the blank: The assembly debated _____ bills and chose one over the two posed by conservatives.',
    'The two companies merged in 1990.',
    'Left alone in 1900, the house decayed.',
    'Fill in the blank: Though _____ was born in the village of Zelazowa Wola, he moved to the city as a baby.',
    'Fill in the blank: The students set a deadline of _____, but this deadline was not met.',
    'Fill in the blank: Dogs proved immune to scorpion venom in this venom study by _____.',
    'Fill in the blank: The festival is held to this day in _____.',
    'In which year did the council approve the plan?',
    'Economists said that inflation and unemployment rose.',
    'He moved to Paris in 1850 and married there the following year.',
    'The storm was followed by floods across the valley.',
    'In its first year, the company hired 40 engineers in Oslo.',
    'Brazil and Argentina met in 1930, and the two teams met again in 1955.',
    'The prize for 1946 went to Hahn alone, a decision that historians have since criticized.',
    "Mongolia's parliament passed a law to reduce overgrazing across the country's steppe.",
    "Delivery company Paczka said it had agreed to buy Boxo, the largest deal in the firm's history.",
    'In Epulu there have been attacks on rangers since 2012.',
    'In which year did Libby publish the method?',
    'Bayer said it would appeal the ruling.',
    'Thomas said it was the best night of his career.',
    'Fill in the blank: Some of these _____ were in areas where fishing was banned.',
    'According to the article, which of these is true?',
    'Once its banks were raised, the river stopped flooding the town.',
    'With its benches and a pond, the Krasiński Palace Garden is a popular destination.',
    'Fill in the blank: _____ ceded its territory east of the Mississippi to Great Britain.',
  ])('lets "%s" stand on its own', (prompt) => {
    expect(pointsBack(prompt)).toBe(false);
  });
});

describe('statementPointsBack', () => {
  it('finds a statement about "those" or "these" things named before', () => {
    expect(
      statementPointsBack('At those schools, average sleep rose to 7 hours and 22 minutes.'),
    ).toBe(true);
    expect(statementPointsBack('For these reasons, the plan was dropped in 1974.')).toBe(true);
    expect(statementPointsBack('The general Meng Tian is credited with directing this work.')).toBe(
      true,
    );
    expect(statementPointsBack('The council expects more rain this year.')).toBe(false);
  });

  it('lets "those who" and a blank on "these" things stand', () => {
    expect(statementPointsBack('Those who voted early waited less than an hour.')).toBe(false);
    expect(
      pointsBack('Fill in the blank: These cylinders divide the _____ into equal shares.'),
    ).toBe(false);
  });
});

describe('prompts whose fronted phrase or object leans on an earlier sentence', () => {
  it.each([
    'Fill in the blank: After his parents died in a famine in _____, he entered a Buddhist monastery.',
    'Fill in the blank: In much of their range they depend on _____ and voles.',
  ])('finds "%s" pointing back', (prompt) => {
    expect(pointsBack(prompt)).toBe(true);
  });

  it('reads "it" after a clause whose own subject it stands for ("when the aircraft failed …, it")', () => {
    expect(
      pointsBack(
        'Fill in the blank: According to the _____, Calicut has a tabletop runway, so when the aircraft failed to stop on the runway, it fell into a ditch.',
      ),
    ).toBe(false);
    expect(pointsBack('In 1990, when the engines failed, it fell into the sea.')).toBe(true);
  });

  it('reads "his" after a lead-in and a clause that names the man as his', () => {
    const statement =
      "In the heaviest category, Brazil's Rafael Nogueira Costa beat Uzbekistan's Sardor Yuldashev to take the title, his third win in 18 months.";
    expect(statementPointsBack(statement)).toBe(false);
    expect(statementPointsBack('Despite the war in South Africa, his army fled north.')).toBe(true);
  });

  it('still reads a blank for a person in the lead as the one "he" may mean', () => {
    expect(
      pointsBack('Fill in the blank: Though _____ was born in Austria, he moved to California.'),
    ).toBe(false);
  });

  it('finds a statement ending on "that <noun>" pointing back, not "that" opening a clause', () => {
    expect(statementPointsBack('Upstream countries have rejected that division.')).toBe(true);
    expect(statementPointsBack('Scientists believe that fish in the lake died.')).toBe(false);
  });
});

describe('a statement led by an adverb and a participle', () => {
  it('finds "Widely regarded as …, it" pointing back', () => {
    expect(
      statementPointsBack(
        'Widely regarded as the national river of Russia, it is often called "Mother Volga" in song.',
      ),
    ).toBe(true);
  });
});

describe('a vague noun dated by a year', () => {
  it('finds "The 2018 event formed part of …" pointing back', () => {
    expect(
      statementPointsBack('The 2018 event formed part of the fourth global bleaching event.'),
    ).toBe(true);
    expect(statementPointsBack('The 2010 election was won by the Labour Party.')).toBe(false);
  });
});

describe('a statement whose thing or subject was named before', () => {
  it.each([
    'The missionary Henry Williams and his son Edward translated it into Maori in a single night.',
    'Because the English and Maori texts differ in important ways, its meaning has been debated ever since.',
    'The resulting agreement, however, was not honoured by the Portuguese.',
    'The treaty, however, was never ratified by the senate.',
    'Casimir Pulaski, a Polish general, was born here in 1747.',
  ])('finds "%s" pointing back', (statement) => {
    expect(statementPointsBack(statement)).toBe(true);
  });

  it.each([
    'Twitter stated it scheduled the blackouts in response to forecasts for high winds amid dry conditions.',
    'Although the Mongols had ruled the north for decades, it was not until 1271 that Kublai proclaimed the dynasty.',
    "Unlike Wednesday's scrub, however, yesterday's launch proceeded without issue.",
    'When the company opened in 1912, its first factory stood near the river.',
  ])('finds "%s" standing on its own', (statement) => {
    expect(statementPointsBack(statement)).toBe(false);
  });
});
