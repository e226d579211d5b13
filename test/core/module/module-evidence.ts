import type { LearningModule, ModuleEvidence } from '../../../src/index.ts';

/** Every evidence span of a module, with where it sits, for checks that hold for all of them. */
export function allEvidence(module: LearningModule): [string, ModuleEvidence][] {
  return [
    ...module.keyPoints.map((i): [string, ModuleEvidence] => ['key point', i.evidence]),
    ...module.people.map((i): [string, ModuleEvidence] => [`who ${i.name}`, i.evidence]),
    ...module.places.map((i): [string, ModuleEvidence] => [`place ${i.name}`, i.evidence]),
    ...module.numbers.map((i): [string, ModuleEvidence] => [`number ${i.figure}`, i.evidence]),
    ...module.dates.map((i): [string, ModuleEvidence] => [`date ${i.date}`, i.evidence]),
    ...module.quotes.map((i): [string, ModuleEvidence] => [`quote ${i.speaker}`, i.evidence]),
    ...module.flashcards.map((i): [string, ModuleEvidence] => [`card ${i.front}`, i.evidence]),
    ...module.article.flatMap((p) =>
      p.sentences.map((s): [string, ModuleEvidence] => ['article', s]),
    ),
  ];
}
