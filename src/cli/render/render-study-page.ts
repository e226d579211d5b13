import { readFileSync } from 'node:fs';
import type { LearningModule } from '../../index.ts';
import { defaultViewsDir, loadTemplates } from '../../render/load-templates.ts';
import { studyView } from '../../render/study-view.ts';
import { createViewEngine } from '../../render/view-engine.ts';

/** The site's stylesheet and the study page's, to embed in a file of its own. */
function studyStylesheet(): string {
  const css = ['style.css', 'study.css']
    .map((name) => readFileSync(`${defaultViewsDir}static/${name}`, 'utf8'))
    .join('\n');
  // Embedded in a <style> element, the text must not be able to close it.
  if (/<\/style/i.test(css)) throw new Error('a stylesheet contains "</style"');
  return css;
}

/**
 * The study page as one HTML file that works offline: the same template as the server's page, in a
 * layout with the stylesheets embedded and no site navigation.
 */
export function renderStudyPage(module: LearningModule): string {
  const views = createViewEngine(loadTemplates());
  return views.render(
    'study',
    { ...studyView({ module }), stylesheet: studyStylesheet() },
    'standalone',
  );
}
