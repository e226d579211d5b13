import { readFileSync } from 'node:fs';

/** The project's seed article, as bytes and as text. */
export const seedBytes = new Uint8Array(
  readFileSync(new URL('../../seeds/russia-airstrikes-syria.txt', import.meta.url)),
);
export const seedText = new TextDecoder().decode(seedBytes);

/** A short German paragraph written for these tests. */
export const germanText = [
  'Der kleine Verein aus dem Norden hat am Sonntag zum dritten Mal in Folge die Meisterschaft gewonnen.',
  'Die Spieler feierten mit ihren Familien bis spät in die Nacht, und der Trainer sagte, dass er sehr stolz auf die Mannschaft sei.',
  'Im nächsten Jahr will der Verein auch im Pokal weiter kommen, denn die Erwartungen der Fans sind jetzt noch größer als zuvor.',
  'Der Bürgermeister der Stadt lud die ganze Mannschaft zu einem Empfang im Rathaus ein, wo viele Menschen auf sie warteten.',
].join(' ');

/** Four plain English sentences without names, numbers or quotations, written for these tests. */
export const plainText = [
  'The morning was quiet and the garden was full of birds that sang in the trees near the old wall.',
  'People walked slowly along the path and talked about the weather and the small things of the day.',
  'Some of them stopped to look at the flowers while others went on toward the river and the bridge.',
  'Later the sky turned grey and a light rain began to fall on the roofs and the empty benches.',
].join('\n');
