import { analyzeArticle } from '../analyze/analyze-article.ts';
import type { Analysis } from '../analyze/analysis-types.ts';
import { articleTitle } from '../text/article-title.ts';
import { listDates } from './list-dates.ts';
import { listNumbers } from './list-numbers.ts';
import { listPeople } from './list-people.ts';
import { listPlaces } from './list-places.ts';
import { listQuotes } from './list-quotes.ts';
import { makeStudyCards } from './make-study-cards.ts';
import type { LearningModule, ModuleParagraph } from './module-types.ts';
import { pickKeyPoints } from './pick-key-points.ts';
import { sentenceEvidence } from './sentence-evidence.ts';

/** Options of buildLearningModule. Every field is optional. */
export interface ModuleOptions {
  /** The module's title; default: the article's title line, else its first words. */
  title?: string;
  /** Key points; default about one sentence in three, 5 to 10. */
  keyPoints?: number;
  /** Most flashcards; default 20. */
  flashcards?: number;
}

function paragraphsOf(analysis: Analysis): ModuleParagraph[] {
  const paragraphs: ModuleParagraph[] = [];
  for (const s of analysis.segmented.sentences) {
    const evidence = sentenceEvidence(analysis.segmented, s.index);
    const last = paragraphs.at(-1);
    if (last && analysis.segmented.sentences[s.index - 1]?.paragraph === s.paragraph)
      last.sentences.push(evidence);
    else paragraphs.push({ sentences: [evidence] });
  }
  return paragraphs;
}

/**
 * Builds the learning module of an article: key points, who's who, places, key numbers, a
 * timeline, notable quotes and flashcards, every item with the exact span of the sentence it comes
 * from. Never throws on messy text; a section with nothing to show is empty.
 *
 * @example
 * const module = buildLearningModule(articleText);
 * module.people[0]; // { kind: 'person', name: 'John Kerry', roles: ['U.S. Secretary of State'], … }
 * articleText.slice(module.people[0].evidence.start, module.people[0].evidence.end); // the sentence
 */
export function buildLearningModule(text: string, options: ModuleOptions = {}): LearningModule {
  const analysis = analyzeArticle(text);
  const people = listPeople(analysis);
  const numbers = listNumbers(analysis);
  const timeline = listDates(analysis);
  const quotes = listQuotes(analysis);
  return {
    format: 'quizgen/module@1',
    title: articleTitle(analysis.segmented, options.title),
    keyPoints: pickKeyPoints(analysis, options.keyPoints),
    people,
    places: listPlaces(analysis),
    numbers,
    dates: timeline.dates,
    datesOrder: timeline.order,
    quotes,
    flashcards: makeStudyCards(
      { people, quotes, numbers, dates: timeline.dates },
      options.flashcards,
    ),
    article: paragraphsOf(analysis),
  };
}
