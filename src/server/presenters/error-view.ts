import type { HttpProblem } from '../http/http-problem.ts';
import type { PageModel } from '../../render/view-engine.ts';

/** The HTML error page for a problem. */
export function errorView(problem: HttpProblem): PageModel {
  return {
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    errors: problem.errors.map((e) => e.detail),
  };
}
