/**
 * Words that commonly open an English sentence, lower-cased. After an abbreviation that may end a
 * sentence ("U.S.", "Inc.", "a.m."), one of these as the next word means a new sentence starts.
 * Kept as data so that the list can be tuned without touching the splitter.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(
  `
  a an the this that these those there here it its he she they we i you his her their our my your
  in on at as after before when while during since if but and so yet however meanwhile also
  according for from by with without of to one some many most other others both all each no not
  what who why how where which although though because then later earlier today yesterday now
  still instead such officials police critics experts analysts
  `
    .trim()
    .split(/\s+/),
);
