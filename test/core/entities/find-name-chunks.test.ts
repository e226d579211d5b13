import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze/analyze-article.ts';

const people = (text: string): string[] =>
  [...analyzeArticle(text).entities.values()].filter((e) => e.type === 'person').map((e) => e.name);

describe('a sentence that opens with a name', () => {
  it.each([
    [
      'Antonín Leopold Dvořák (8 September 1841 – 1 May 1904) was a Czech composer. Dvořák was born in Nelahozeves.',
      'Antonín Leopold Dvořák',
    ],
    ['Xiaogang Wei of the Beijing Institute commented on the decision.', 'Xiaogang Wei'],
    ['Sumeet Singh, a vice president at PG&E, said the outage would last days.', 'Sumeet Singh'],
  ])('keeps a first name the tagger does not know: %s', (text, name) => {
    expect(people(text)).toContain(name);
  });

  it.each([
    ['Yesterday John Smith said the plan was ready.', 'John Smith'],
    ['Later Mary Jones said the vote would wait.', 'Mary Jones'],
    ['When Karen Whitfield arrived, the hall was full.', 'Karen Whitfield'],
    ['Countryman Lawrence Cherono finished second.', 'Lawrence Cherono'],
    ['Onlookers John Smith and Mary Jones waved.', 'John Smith'],
  ])('leaves an ordinary opening word out of the name: %s', (text, name) => {
    expect(people(text)).toContain(name);
    expect(people(text).every((p) => p.split(' ').length <= 2)).toBe(true);
  });
});
