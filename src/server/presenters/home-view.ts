import type { StoredQuiz } from '../store/store-types.ts';
import type { FieldError } from '../http/http-problem.ts';
import type { PageModel } from '../views/view-engine.ts';

/** Values a teacher typed into the create form, echoed back after an error. */
export interface CreateFormValues {
  title: string;
  text: string;
  multipleChoice: number;
  trueFalse: number;
}

export const defaultFormValues: CreateFormValues = {
  title: '',
  text: '',
  multipleChoice: 6,
  trueFalse: 4,
};

/** The home page: published quizzes and the create form. */
export function homeView(
  quizzes: StoredQuiz[],
  values = defaultFormValues,
  errors: FieldError[] = [],
): PageModel {
  return {
    title: 'Quizzes',
    quizzes: quizzes.map((s) => ({
      href: `/quizzes/${s.id}`,
      title: s.quiz.title,
      questionCount: s.quiz.questions.length,
    })),
    hasQuizzes: quizzes.length > 0,
    form: values,
    errors: errors.map((e) => e.detail),
    hasErrors: errors.length > 0,
  };
}
