import type { Question, Quiz } from '../types.ts';
import type { Flashcard } from './to-flashcards-tsv.ts';

/** The fact a true/false question rests on: its evidence, or its explanation when it has none. */
function statedFact(question: Question): string {
  const evidence = question.evidence.map((e) => e.text.trim()).join(' ');
  return evidence === '' ? question.explanation.trim() : evidence;
}

function card(question: Question): Flashcard {
  switch (question.type) {
    case 'multiple-choice': {
      const key = question.choices.find((c) => c.id === question.answer);
      return { front: question.prompt, back: key?.text ?? '' };
    }
    case 'true-false':
      return {
        front: `True or false? ${question.prompt}`,
        back: `${question.answer ? 'True' : 'False'}. ${statedFact(question)}`.trim(),
      };
  }
}

/**
 * One flashcard per question: a multiple-choice prompt on the front and its correct answer on the
 * back; a true/false statement on the front and, on the back, the verdict with the fact as the article
 * states it (the evidence, or the explanation when there is no evidence).
 *
 * @example
 * quizToFlashcards(quiz)[0]; // { front: 'Who said …?', back: 'John Kerry' }
 */
export function quizToFlashcards(quiz: Quiz): Flashcard[] {
  return quiz.questions.map(card);
}
