import { describeThreshold, type CorpusEvaluation, type HumanMatch } from '../../index.ts';
import { formatCheckValue } from './render-audit.ts';
import { renderTable } from './render-table.ts';

function share(count: number, total: number): string {
  return total === 0 ? 'n/a' : `${((count / total) * 100).toFixed(1)}% (${count}/${total})`;
}

function renderHuman(human: HumanMatch): string {
  return renderTable(
    ['human questions', 'value'],
    [
      ['MC keys that match a human answer', share(human.keysMatched, human.keys)],
      ['Human answers we ask about', share(human.answersAsked, human.answers)],
    ],
  );
}

function renderFailures(evaluation: CorpusEvaluation): string {
  const refused = evaluation.results.filter((r) => r.error !== null);
  return refused.map((r) => `refused ${r.name}: ${r.error}\n`).join('');
}

/** The eval as text: the table of checks over the corpus, the human-answer figures and the verdict. */
export function renderEval(evaluation: CorpusEvaluation, heading: string): string {
  const { summary } = evaluation;
  const rows = summary.checks.map((c) => [
    c.label,
    formatCheckValue(c),
    describeThreshold(c.threshold),
    c.gated ? 'gate' : '',
    c.pass ? 'ok' : c.gated ? 'FAIL' : 'warn',
  ]);
  const failing = summary.checks.filter((c) => c.gated && !c.pass).map((c) => c.id);
  return [
    `${heading}\n\n`,
    renderTable(['check', 'value', 'target', 'gate', 'result'], rows),
    evaluation.human === null ? '' : `\n${renderHuman(evaluation.human)}`,
    `\n${renderFailures(evaluation)}`,
    summary.pass ? 'Quality gate: pass\n' : `Quality gate: FAIL (${failing.join(', ')})\n`,
  ].join('');
}
