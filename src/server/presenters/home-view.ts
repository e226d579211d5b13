import type { StoredQuiz } from '../store/store-types.ts';
import type { FieldError } from '../http/http-problem.ts';
import type { PageModel } from '../../render/view-engine.ts';

/** Values a teacher typed into the create form, echoed back after an error. */
export interface CreateFormValues {
  title: string;
  text: string;
  multipleChoice: string;
  trueFalse: string;
}

export const defaultFormValues: CreateFormValues = {
  title: '',
  text: '',
  multipleChoice: '6',
  trueFalse: '4',
};

/** The create form's values from the fields that were posted, defaults where one is missing. */
export function formValuesFrom(fields: Record<string, string | undefined>): CreateFormValues {
  const pick = (name: keyof CreateFormValues): string => fields[name] ?? defaultFormValues[name];
  return {
    title: pick('title'),
    text: pick('text'),
    multipleChoice: pick('multipleChoice'),
    trueFalse: pick('trueFalse'),
  };
}

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
      studyHref: `/quizzes/${s.id}/study`,
      title: s.quiz.title,
      questionCount: s.quiz.questions.length,
    })),
    hasQuizzes: quizzes.length > 0,
    form: values,
    errors: errors.map((e) => e.detail),
    hasErrors: errors.length > 0,
  };
}
