import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze/analyze-article.ts';

const typeOf = (text: string, name: string): string | undefined =>
  [...analyzeArticle(text).entities.values()].find((e) => e.aliases.has(name.toLowerCase()))?.type;

describe('places that look like people', () => {
  const parana = [
    'The Paraná begins at the confluence of two rivers in Brazil.',
    'Below Rosario the river spreads into the Paraná Delta, a maze of channels and islands.',
    'The Paraná forms the southern part of the Paraná-Paraguay Waterway.',
  ].join(' ');

  it.each([
    ['Paraná Delta', 'place'],
    ['Paraná-Paraguay Waterway', 'place'],
  ])('reads "%s" as a %s', (name, type) => {
    expect(typeOf(parana, name)).toBe(type);
  });

  it('never reads one word after "The" as a person', () => {
    const types = [...analyzeArticle(parana).entities.values()].map((e) => e.type);
    expect(types).not.toContain('person');
  });

  it.each([
    [
      'Its ruins (among them San Ignacio Miní in Argentina and Trinidad in Paraguay) are famous.',
      'San Ignacio Miní',
    ],
    ['The French kept the islands of Saint Pierre and Miquelon.', 'Saint Pierre'],
    ['The British were defeated at Sainte Foy in Quebec.', 'Sainte Foy'],
  ])('reads a name after a saint as a place: %s', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });

  it.each([
    ['"Help! Saint Anna, I will become a monk!" he cried.', 'Saint Anna', undefined],
    ['General Santa Anna led the army north.', 'Santa Anna', 'person'],
  ])('makes no place of a saint or a titled person: %s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });

  it('reads "Santa Anna" as the person the article names in full', () => {
    const text = [
      'Antonio López de Santa Anna was a Mexican general.',
      'In 1836 Santa Anna led the army north into Texas.',
    ].join(' ');
    const person = [...analyzeArticle(text).entities.values()].find((e) => e.type === 'person');
    expect(person?.name).toBe('Antonio López de Santa Anna');
    expect(person?.mentions.map((m) => m.text)).toContain('Santa Anna');
  });

  it('still reads "Santa Clara, California" as a city', () => {
    const a = analyzeArticle('The game was played in Santa Clara, California, on Sunday.');
    const place = [...a.entities.values()].find((e) => e.name === 'Santa Clara');
    expect(place?.subtype).toBe('city');
  });
});
