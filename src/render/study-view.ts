import { sentenceAnchor, type LearningModule, type ModuleEvidence } from '../index.ts';
import type { PageModel } from './view-engine.ts';

/** Links the study page offers beside the module; each is left out when not given. */
export interface StudyLinks {
  /** The quiz's start page. */
  quizHref?: string;
  /** The flashcards as a TSV download. */
  flashcardsHref?: string;
}

/** What the study page is built from. */
export interface StudyViewInput {
  module: LearningModule;
  links?: StudyLinks;
  /** Stylesheets beyond the site's own, as paths on the server. */
  stylesheets?: string[];
}

function source(evidence: ModuleEvidence) {
  const number = evidence.sentence + 1;
  return { href: `#${sentenceAnchor(evidence)}`, number, label: `Sentence ${number}` };
}

function named(mentions: number): string {
  return mentions === 1 ? 'Named once' : `Named ${mentions} times`;
}

const SECTIONS = [
  ['keyPoints', 'key-points', 'Key points'],
  ['people', 'who', "Who's who"],
  ['places', 'places', 'Places'],
  ['numbers', 'numbers', 'Key numbers'],
  ['dates', 'timeline', 'Timeline'],
  ['quotes', 'quotes', 'Quotes'],
  ['flashcards', 'flashcards', 'Flashcards'],
] as const;

function contents(module: LearningModule) {
  return SECTIONS.filter(([key]) => module[key].length > 0).map(([, id, heading]) => ({
    href: `#${id}`,
    heading,
  }));
}

function sections(module: LearningModule) {
  return {
    keyPoints: module.keyPoints.map((k) => ({ text: k.text, source: source(k.evidence) })),
    people: module.people.map((p) => ({
      name: p.name,
      kind: p.kind === 'person' ? 'Person' : 'Organization',
      roles: p.roles,
      hasRoles: p.roles.length > 0,
      named: named(p.mentions),
      source: source(p.evidence),
    })),
    places: module.places.map((p) => ({
      name: p.name,
      named: named(p.mentions),
      source: source(p.evidence),
    })),
    numbers: module.numbers.map((n) => ({
      figure: n.figure,
      phrase: n.phrase,
      source: source(n.evidence),
    })),
    dates: module.dates.map((d) => ({ date: d.date, event: d.event, source: source(d.evidence) })),
    quotes: module.quotes.map((q) => ({
      quote: q.quote,
      speaker: q.speaker,
      source: source(q.evidence),
    })),
    flashcards: module.flashcards.map((c, i) => ({
      number: i + 1,
      front: c.front,
      back: c.back,
      source: source(c.evidence),
    })),
  };
}

function article(module: LearningModule) {
  return module.article.map((p) => ({
    sentences: p.sentences.map((s) => ({
      id: sentenceAnchor(s),
      number: s.sentence + 1,
      text: s.text.replace(/\s+/g, ' '),
    })),
  }));
}

/**
 * The study page: the module's sections (only those with items), each item with a link to its
 * sentence, and the article with every sentence an anchor target (`id="s1"`).
 */
export function studyView(input: StudyViewInput): PageModel {
  const { module, links = {} } = input;
  const items = sections(module);
  return {
    title: `Study: ${module.title}`,
    moduleTitle: module.title,
    stylesheets: input.stylesheets ?? [],
    contents: contents(module),
    ...items,
    hasKeyPoints: items.keyPoints.length > 0,
    hasPeople: items.people.length > 0,
    hasPlaces: items.places.length > 0,
    hasNumbers: items.numbers.length > 0,
    hasDates: items.dates.length > 0,
    datesInOrder: module.datesOrder === 'chronological' ? 'in time order' : 'in article order',
    hasQuotes: items.quotes.length > 0,
    hasFlashcards: items.flashcards.length > 0,
    hasLinks: Object.keys(links).length > 0,
    quizHref: links.quizHref ?? '',
    flashcardsHref: links.flashcardsHref ?? '',
    paragraphs: article(module),
  };
}
