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

describe('a name after a saint', () => {
  it.each([
    [
      'He worked as organist at St. Adalbert’s Church in Prague from 1874 to 1877.',
      "St. Adalbert's Church",
    ],
    ['The ships sailed up the St. Lawrence River in spring.', 'St. Lawrence River'],
  ])('keeps the whole name of the place: %s', (text, name) => {
    const entities = [...analyzeArticle(text).entities.values()];
    const place = entities.find((e) => e.name === name);
    expect(place?.type).toBe('place');
    expect(entities.filter((e) => e.type !== 'place' && e.type !== 'date')).toEqual([]);
  });

  it.each([
    [
      "Catholic schools such as St Joseph's College and St Ursula's College took girls.",
      "St Joseph's College",
      'organization',
    ],
    ['Its shores lie in the Swiss cantons of Thurgau and St. Gallen.', 'St. Gallen', 'place'],
  ])("reads the saint's title as part of the name: %s", (text, name, type) => {
    const entity = [...analyzeArticle(text).entities.values()].find((e) => e.name === name);
    expect(entity?.type).toBe(type);
  });

  it('makes no place of a saint named after his town', () => {
    const text = 'He was baptized on the feast day of St. Martin of Tours.';
    const types = [...analyzeArticle(text).entities.values()].map((e) => e.type);
    expect(types).toEqual([]);
  });
});
