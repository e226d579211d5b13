import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../../src/core/text/segment-article.ts';

const sentencesOf = (text: string): string[] => segmentArticle(text).sentences.map((s) => s.text);

describe('segmentArticle: sentence boundaries', () => {
  it.each([
    [
      'keeps a quotation with the speaker named after it',
      '"Our house is burning!" Macron told the world on Thursday. Leaders agreed.',
      ['"Our house is burning!" Macron told the world on Thursday.', 'Leaders agreed.'],
    ],
    [
      'ends a quotation before a new sentence that opens with a pronoun',
      '"It is over." He left the room. Leaders agreed.',
      ['"It is over."', 'He left the room.', 'Leaders agreed.'],
    ],
    [
      'keeps a reign\'s "r." before its years inside a sentence',
      'Under Deva Raya II (r. 1424-1446) the state grew. It hired archers.',
      ['Under Deva Raya II (r. 1424-1446) the state grew.', 'It hired archers.'],
    ],
    [
      "ends a sentence after a ruler's numeral before a capitalised word and a lower-case one",
      'It was built for the emperor Justinian I. Renowned for its dome, it was a church.',
      ['It was built for the emperor Justinian I.', 'Renowned for its dome, it was a church.'],
    ],
    [
      'keeps "U.S." inside a sentence',
      'He moved to the U.S. in 2010. He now lives in Ohio.',
      ['He moved to the U.S. in 2010.', 'He now lives in Ohio.'],
    ],
    [
      'ends a sentence at "U.S." when a sentence starter follows',
      'The firm opened an office in the U.S. The next day it hired staff.',
      ['The firm opened an office in the U.S.', 'The next day it hired staff.'],
    ],
    [
      'keeps "U.K." before a lower-case word',
      'It is sold in the U.K. and in Spain. Prices vary.',
      ['It is sold in the U.K. and in Spain.', 'Prices vary.'],
    ],
    [
      'keeps titles before names',
      "Mr. Smith met Dr. Jones and Gen. Ortiz at St. Mary's Hospital. They talked.",
      ["Mr. Smith met Dr. Jones and Gen. Ortiz at St. Mary's Hospital.", 'They talked.'],
    ],
    [
      'keeps month and number abbreviations before numbers',
      'The unit No. 3 arrived on Jan. 5 and left on Feb. 9. Others followed.',
      ['The unit No. 3 arrived on Jan. 5 and left on Feb. 9.', 'Others followed.'],
    ],
    [
      'ends a sentence at a month abbreviation followed by a sentence starter',
      'He scored twice in Feb. The club was pleased.',
      ['He scored twice in Feb.', 'The club was pleased.'],
    ],
    [
      'reads "no." without a number as the word no',
      'The answer was no. Nobody argued.',
      ['The answer was no.', 'Nobody argued.'],
    ],
    [
      'keeps company abbreviations before a verb',
      'Acme Inc. hired 40 people. Beta Co. hired none.',
      ['Acme Inc. hired 40 people.', 'Beta Co. hired none.'],
    ],
    [
      'keeps "vs.", "e.g." and "i.e." inside a sentence',
      'Fruit, e.g. apples, sold well vs. vegetables. Demand, i.e. sales, rose.',
      ['Fruit, e.g. apples, sold well vs. vegetables.', 'Demand, i.e. sales, rose.'],
    ],
    [
      'keeps "a.m." before a weekday and ends it before a starter',
      'It opens at 9 a.m. Monday in Hall 4. It closes at 5 p.m. The staff then leave.',
      ['It opens at 9 a.m. Monday in Hall 4.', 'It closes at 5 p.m.', 'The staff then leave.'],
    ],
    [
      'keeps "a.m." before a time zone named in words',
      'It lifted off at 10:17 a.m. India Standard Time, after a long countdown. It flew.',
      ['It lifted off at 10:17 a.m. India Standard Time, after a long countdown.', 'It flew.'],
    ],
    [
      'ends a sentence at "p.m." before a name',
      'The parade starts at 4 p.m. Mayor Ana Diaz will speak.',
      ['The parade starts at 4 p.m.', 'Mayor Ana Diaz will speak.'],
    ],
    [
      'keeps list numbers with their item',
      'Steps: 1. Mix the flour. 2. Bake it. The score was 21. The crowd cheered.',
      ['Steps: 1. Mix the flour.', '2. Bake it.', 'The score was 21.', 'The crowd cheered.'],
    ],
    [
      'ends a sentence at a number after a colon when a sentence starter follows',
      'The final score: 21. The crowd cheered.',
      ['The final score: 21.', 'The crowd cheered.'],
    ],
    [
      'keeps initials inside names',
      'John F. Kennedy spoke first. J. R. R. Tolkien wrote later.',
      ['John F. Kennedy spoke first.', 'J. R. R. Tolkien wrote later.'],
    ],
    [
      'keeps an initial that reads as the word "A" inside a name',
      'A translation by H. A. R. Gibb was later published. It sold well.',
      ['A translation by H. A. R. Gibb was later published.', 'It sold well.'],
    ],
    [
      'keeps decimals inside a sentence',
      'Prices rose 3.5 percent to $4.20 a share. Analysts were surprised.',
      ['Prices rose 3.5 percent to $4.20 a share.', 'Analysts were surprised.'],
    ],
    [
      'ends a sentence at an ellipsis before a capital',
      'She waited... Then she left.',
      ['She waited...', 'Then she left.'],
    ],
    [
      'continues a sentence after an ellipsis before a lower-case word',
      'He paused... and went on. It worked.',
      ['He paused... and went on.', 'It worked.'],
    ],
    [
      'keeps a typographic ellipsis in the original text',
      'She waited\u2026 Then she left.',
      ['She waited\u2026', 'Then she left.'],
    ],
    [
      'keeps a closing quote after the final period',
      '"We won," he said. "It was hard."',
      ['"We won," he said.', '"It was hard."'],
    ],
    [
      'keeps curly closing quotes with their sentence',
      '\u201CWe won,\u201D he said. \u201CIt was hard.\u201D Fans cheered.',
      ['\u201CWe won,\u201D he said.', '\u201CIt was hard.\u201D', 'Fans cheered.'],
    ],
    [
      'ends a sentence at a quoted "No." even though "No." is an abbreviation',
      'He said "No." Then he left.',
      ['He said "No."', 'Then he left.'],
    ],
    [
      'keeps a closing bracket after the final period',
      'The game was called off. (See below.) Fans went home.',
      ['The game was called off.', '(See below.)', 'Fans went home.'],
    ],
    [
      'continues after a quoted question followed by its speaker',
      '"Why?" she asked. Nobody answered!',
      ['"Why?" she asked.', 'Nobody answered!'],
    ],
    [
      'keeps a reference mark with the sentence it follows',
      'It was built in 1890.[3] It burned in 1921.',
      ['It was built in 1890.[3]', 'It burned in 1921.'],
    ],
    [
      'joins the lines of a wrapped paragraph',
      'The river rose\nall night. Roads closed.',
      ['The river rose\nall night.', 'Roads closed.'],
    ],
    ['keeps a last sentence without final punctuation', 'It rained. Then', ['It rained.', 'Then']],
  ])('%s', (_name, input, expected) => {
    expect(sentencesOf(input)).toEqual(expected);
  });

  it('gives each sentence a one-line normalised form', () => {
    const [sentence] = segmentArticle('\u201CIt\u2019s\u00A0here\u201D \u2014 at\nlast.').sentences;

    expect(sentence?.normalized).toBe('"It\'s here" - at last.');
  });
});

describe('segmentArticle: title, date line and paragraphs', () => {
  it.each([
    [
      'a title, an ISO date and a blank line',
      'Harbour festival draws record crowd\n2024-06-02\n\nThe festival opened. It was busy.',
      'Harbour festival draws record crowd',
      '2024-06-02',
    ],
    [
      'a title and a written-out date',
      'Harbour festival draws record crowd\nJune 2, 2024\n\nThe festival opened. It was busy.',
      'Harbour festival draws record crowd',
      'June 2, 2024',
    ],
    [
      'a title ending in a particle',
      'New council sworn in\nFriday, 4 January 2030\n\nThe festival opened. It was busy.',
      'New council sworn in',
      'Friday, 4 January 2030',
    ],
    [
      'a title and a blank line',
      'Harbour seals\n\nThe festival opened. It was busy.',
      'Harbour seals',
      null,
    ],
  ])('reads %s as the head of the article', (_name, input, title, dateline) => {
    const result = segmentArticle(input);

    expect(result.title?.text ?? null).toBe(title);
    expect(result.dateline?.text ?? null).toBe(dateline);
    expect(result.sentences.map((s) => s.text)).toEqual(['The festival opened.', 'It was busy.']);
  });

  it.each([
    [
      'a first line that is a sentence',
      'Rain fell on Monday, and roads closed.\n\nMore rain came.',
    ],
    ['a single line', 'Just some words without an end'],
    ['a first line that is too long for a title', `${'word '.repeat(30)}\n\nThe end.`],
  ])('finds no title in %s', (_name, input) => {
    const result = segmentArticle(input);

    expect(result.title).toBeNull();
    expect(result.dateline).toBeNull();
    expect(result.sentences[0]?.start).toBe(0);
  });

  it('separates paragraphs at blank lines and numbers the sentences in order', () => {
    const text = 'Title here\n\nOne. Two.\n\n  \nThree.\nStill three.\n\nFour.';

    const { paragraphs, sentences } = segmentArticle(text);

    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      'One. Two.',
      'Three.\nStill three.',
      'Four.',
    ]);
    expect(sentences.map((s) => [s.index, s.paragraph, s.text])).toEqual([
      [0, 0, 'One.'],
      [1, 0, 'Two.'],
      [2, 1, 'Three.'],
      [3, 1, 'Still three.'],
      [4, 2, 'Four.'],
    ]);
  });

  it('treats every line as a paragraph when the text has no blank line', () => {
    const text = 'The bridge opened.\nIt is long.\r\nIt is new.';

    const { paragraphs, sentences } = segmentArticle(text);

    expect(paragraphs).toHaveLength(3);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 2]);
  });
});
