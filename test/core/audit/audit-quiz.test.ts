import { describe, expect, it } from 'vitest';
import { auditQuiz, type AuditReport } from '../../../src/index.ts';
import { evidenceOf, mc, quizOf, tf } from './build-quiz.ts';

function check(report: AuditReport, id: string) {
  const found = report.checks.find((c) => c.id === id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
}

const fair = [
  mc('q1', 'Who founded the Harbor Rowing Club?', ['Maria Lopez', 'Dana Webber', 'Ostra Lind']),
  mc('q2', 'How many regional titles did the club win?', ['14', '12', '16']),
  mc('q3', 'Which river is the boathouse on?', ['Ostra', 'Thames', 'Severn']),
];

describe('auditQuiz', () => {
  it('passes every hard check on a fair, grounded quiz', () => {
    const report = auditQuiz(quizOf(fair));
    expect(report.ok).toBe(true);
    expect(check(report, 'evidence-exact').value).toBe(1);
    expect(check(report, 'key-in-prompt').count).toBe(0);
    expect(check(report, 'key-outside-evidence').count).toBe(0);
  });

  it('fails the quiz when an evidence span does not match the article at its offsets', () => {
    const shifted = mc('q1', 'Who founded the club?', ['Maria Lopez', 'Dan Webb', 'Ostra Lind']);
    const span = shifted.evidence[0]!;
    shifted.evidence = [{ ...span, start: span.start + 1 }];
    const report = auditQuiz(quizOf([shifted, ...fair.slice(1)]));
    expect(check(report, 'evidence-exact')).toMatchObject({
      count: 2,
      total: 3,
      pass: false,
      flagged: ['q1'],
    });
    expect(report.ok).toBe(false);
  });

  it('flags a key that is not in its evidence, but not one that differs only in case and spacing', () => {
    const elsewhere = mc(
      'q1',
      'Who coached the club?',
      ['Dan Webb', 'Maria Lopez', 'Ostra Lind'],
      evidenceOf('1998'),
    );
    const curly = mc(
      'q2',
      'Who founded it?',
      ['MARIA   LOPEZ', 'Dan Webb', 'Ostra Lind'],
      evidenceOf('1998'),
    );
    const report = auditQuiz(quizOf([elsewhere, curly]));
    expect(check(report, 'key-outside-evidence')).toMatchObject({ count: 1, flagged: ['q1'] });
  });

  it.each([
    ['the whole key', 'Who is Maria Lopez, founder of the club?', true],
    ['the surname of a person key', 'Which Lopez founded the club?', true],
    ['a lower-case common word that a key word spells', 'Which maria founded the club?', false],
    ['nothing of the key', 'Who founded the club?', false],
  ])('flags a prompt stating %s: %s', (_what, prompt, flagged) => {
    const report = auditQuiz(quizOf([mc('q1', prompt, ['Maria Lopez', 'Dan Webb', 'Ostra Lind'])]));
    expect(check(report, 'key-in-prompt').count).toBe(flagged ? 1 : 0);
  });

  it('flags options that differ only in case or spacing, and repeated prompts', () => {
    const dup = mc('q1', 'Who founded the club?', ['Maria Lopez', 'maria  lopez', 'Dan Webb']);
    const again = mc('q2', 'who founded  the club?', ['Maria Lopez', 'Dan Webb', 'Ostra Lind']);
    const report = auditQuiz(quizOf([dup, again]));
    expect(check(report, 'duplicate-options')).toMatchObject({ count: 1, flagged: ['q1'] });
    expect(check(report, 'duplicate-prompts')).toMatchObject({ count: 1, flagged: ['q2'] });
    expect(report.ok).toBe(false);
  });

  it('shows that a quiz whose key is always the longest option is solved by the longest-option guesser', () => {
    const longest = [
      mc('q1', 'Who founded the club?', ['Maria Lopez', 'Dan', 'Ana']),
      mc('q2', 'What did the club found?', ['Harbor Rowing Club', 'Ostra', 'Webb']),
      mc('q3', 'How many boats are there?', ['40 boats', '4', '9']),
    ];
    const report = auditQuiz(quizOf(longest));
    const solver = check(report, 'solver-longest');
    expect(check(report, 'key-longest')).toMatchObject({ value: 1, pass: false });
    expect(solver).toMatchObject({ count: 3, total: 3, pass: false });
    expect(solver.chance).toBeCloseTo(1);
  });

  it('gives a blind solver only its share of a tie, so equal-length options score at chance', () => {
    const even = [
      mc('q1', 'How many titles?', ['14', '12', '16']),
      mc('q2', 'How many boats?', ['40', '30', '50']),
    ];
    const solver = check(auditQuiz(quizOf(even)), 'solver-longest');
    expect(solver.count).toBeCloseTo(2 / 3);
    expect(solver.pass).toBe(true);
  });

  it('catches the odd one out: the only option with digits among names', () => {
    const odd = [
      mc('q1', 'When was it founded?', ['1998', 'Tuesday', 'March']),
      mc('q2', 'Who coached?', ['Dan Webb', 'Ana Ruiz', 'Bo Tan']),
    ];
    const solver = check(auditQuiz(quizOf(odd)), 'solver-odd-one-out');
    expect(solver.count).toBeCloseTo(1 + 1 / 3);
    expect(solver.flagged).toEqual(['q1']);
  });

  it('catches number keys that always sit between a lower and a higher option', () => {
    const flanked = [
      mc('q1', 'How many titles?', ['14', '12', '16', '18']),
      mc('q2', 'How many boats?', ['40', '30', '50', '60']),
      mc('q3', 'Who coached?', ['Dan Webb', 'Ana Ruiz', 'Bo Tan']),
    ];
    const solver = check(auditQuiz(quizOf(flanked)), 'solver-middle-number');
    expect(solver.count).toBeCloseTo(0.5 + 0.5 + 1 / 3);
    const spread = [
      mc('q1', 'How many titles?', ['14', '16', '18', '20']),
      mc('q2', 'How many boats?', ['40', '10', '20', '30']),
    ];
    expect(check(auditQuiz(quizOf(spread)), 'solver-middle-number').count).toBe(0);
  });

  it('catches the key that repeats words of the prompt', () => {
    const echo = [
      mc('q1', 'Which club on the river did Maria Lopez found?', [
        'Harbor Rowing Club',
        'Ostra Sailing',
        'Webb Swimmers',
      ]),
    ];
    expect(check(auditQuiz(quizOf(echo)), 'solver-overlap').count).toBe(1);
  });

  it('shows that "not" gives the answer away when only false statements carry it', () => {
    const items = [
      tf('t1', 'Maria Lopez founded the club in 1998.', true, '1998'),
      tf('t2', 'The club won 14 regional titles.', true, '14'),
      tf('t3', 'Maria Lopez did not found the club.', false, '1998'),
      tf('t4', 'The boathouse never held boats.', false, '40'),
    ];
    const report = auditQuiz(quizOf(items));
    expect(check(report, 'negation-guesser')).toMatchObject({ value: 1, pass: false });
    expect(check(report, 'tf-true-share')).toMatchObject({ value: 0.5, pass: true });
  });

  it('finds no edge for the negation guesser when negation also appears in true statements', () => {
    const items = [
      tf('t1', 'The club did not enter the national league until 2010.', true, '2010'),
      tf('t2', 'The club won 14 regional titles.', true, '14'),
      tf('t3', 'Maria Lopez did not found the club.', false, '1998'),
      tf('t4', 'The boathouse holds 60 boats.', false, '40'),
    ];
    expect(check(auditQuiz(quizOf(items)), 'negation-guesser')).toMatchObject({
      value: 0.5,
      pass: true,
    });
  });

  it('fails a false statement that the article states word for word', () => {
    const items = [
      tf('t1', 'True or false: The club won 14 regional titles under coach Dan Webb.', false, '14'),
    ];
    const report = auditQuiz(quizOf(items));
    expect(check(report, 'false-verbatim')).toMatchObject({ count: 1, flagged: ['t1'] });
    expect(report.ok).toBe(false);
  });

  it('warns when the true/false items are nearly all true', () => {
    const items = ['1998', '14', '40'].map((n, i) => tf(`t${i}`, `Statement ${n}.`, true, n));
    expect(check(auditQuiz(quizOf(items)), 'tf-true-share')).toMatchObject({
      value: 1,
      pass: false,
      severity: 'soft',
    });
  });

  it('fails a silent shortfall against the requested counts', () => {
    const report = auditQuiz(quizOf(fair), { multipleChoice: 5, trueFalse: 0 });
    expect(check(report, 'mc-count-met').value).toBe(0);
    expect(check(report, 'counts-explained').pass).toBe(false);
    expect(report.counts).toEqual({
      requested: { multipleChoice: 5, trueFalse: 0 },
      delivered: { multipleChoice: 3, trueFalse: 0 },
    });
  });

  it('accepts a shortfall that the quiz explains, taking the requested counts from it', () => {
    const shortfall = {
      requested: { multipleChoice: 5, trueFalse: 2 },
      delivered: { multipleChoice: 3, trueFalse: 0 },
      removedByGate: { 'key-in-prompt': 4 },
      candidates: { multipleChoice: 7, trueFalse: 0 },
      message: 'Only 3 of 5 multiple-choice and 0 of 2 true/false questions passed the gates.',
    };
    const report = auditQuiz(quizOf(fair, shortfall));
    expect(report.counts.requested).toEqual({ multipleChoice: 5, trueFalse: 2 });
    expect(check(report, 'counts-explained').pass).toBe(true);
    expect(check(report, 'mc-count-met').pass).toBe(false);
  });

  it('measures nothing, and passes, on a quiz without questions of a type', () => {
    const report = auditQuiz(quizOf(fair));
    expect(check(report, 'tf-true-share')).toMatchObject({ total: 0, value: null, pass: true });
  });
});
