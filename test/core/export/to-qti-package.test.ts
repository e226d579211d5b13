import { strFromU8, unzipSync } from 'fflate';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exportQuiz, type Question, type Quiz } from '../../../src/index.ts';
import { exportCases } from './fixtures/export-cases.ts';
import {
  QTI_SCHEMA_DIR,
  requireQtiChecker,
  writeTempFiles,
  xmllint,
  xpathStrings,
} from './support/xmllint.ts';

const el = (name: string): string => `*[local-name()='${name}']`;

function unzipQti(quiz: Quiz): Map<string, string> {
  const body = exportQuiz(quiz, 'qti').body;
  if (typeof body === 'string') throw new Error('a QTI package must be bytes (a zip)');
  const files = new Map<string, string>();
  for (const [path, bytes] of Object.entries(unzipSync(body))) files.set(path, strFromU8(bytes));
  return files;
}

function validate(
  dir: string,
  paths: readonly string[],
  schema: string,
): ReturnType<typeof xmllint> {
  return xmllint([
    '--noout',
    '--schema',
    join(QTI_SCHEMA_DIR, schema),
    ...paths.map((p) => join(dir, p)),
  ]);
}

/** The prompt and the text of the choice the item's correctResponse names, read from the item. */
function readItem(file: string): { prompt: string; key: string; choices: string } {
  const value = `//${el('correctResponse')}/${el('value')}`;
  const [prompt = '', key = '', choices = ''] = xpathStrings(file, [
    `//${el('prompt')}`,
    `//${el('simpleChoice')}[@identifier = ${value}]`,
    `count(//${el('simpleChoice')})`,
  ]);
  return { prompt, key, choices };
}

function keyText(question: Question): string {
  if (question.type === 'true-false') return question.answer ? 'True' : 'False';
  return question.choices.find((c) => c.id === question.answer)?.text ?? '';
}

function hrefs(file: string, type: string): string[] {
  const run = xmllint(['--xpath', `//${el('resource')}[@type='${type}']/@href`, file]);
  return [...run.stdout.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '');
}

describe.each(exportCases)('QTI 2.1 package of the $name', ({ quiz }) => {
  let files = new Map<string, string>();
  let dir = '';
  const items = (): string[] => [...files.keys()].filter((p) => p.startsWith('items/')).sort();
  beforeAll(() => {
    files = unzipQti(quiz);
    dir = writeTempFiles(files);
  });
  // Every test fails, rather than skips, when the checker is missing.
  beforeEach(requireQtiChecker);

  it('holds imsmanifest.xml, an assessment test and one item file per question', () => {
    expect(files.has('imsmanifest.xml')).toBe(true);
    expect(files.has('assessment-test.xml')).toBe(true);
    expect(items()).toHaveLength(quiz.questions.length);
  });

  it('has a manifest the IMS Content Packaging schema accepts', () => {
    const run = validate(dir, ['imsmanifest.xml'], 'imscp_v1p1.xsd');

    expect(run.stderr).toContain('imsmanifest.xml validates');
    expect(run.status).toBe(0);
  });

  it('has items and a test the official QTI 2.1 schema accepts', () => {
    const run = validate(dir, ['assessment-test.xml', ...items()], 'imsqti_v2p1.xsd');

    expect(run.stderr).not.toContain('fails to validate');
    expect(run.stderr.match(/validates$/gm)).toHaveLength(items().length + 1);
    expect(run.status).toBe(0);
  });

  it('lists every item file in the manifest, and the test as needing them all', () => {
    const manifest = join(dir, 'imsmanifest.xml');

    expect(hrefs(manifest, 'imsqti_item_xmlv2p1').sort()).toEqual(items());
    expect(hrefs(manifest, 'imsqti_test_xmlv2p1')).toEqual(['assessment-test.xml']);
    const [deps] = xpathStrings(manifest, [
      `count(//${el('resource')}[@type='imsqti_test_xmlv2p1']/${el('dependency')})`,
    ]);
    expect(Number(deps)).toBe(quiz.questions.length);
  });

  it('keys each item to the quiz answer, with the prompt and options of its question, in quiz order', () => {
    const run = xmllint([
      '--xpath',
      `//${el('assessmentItemRef')}/@href`,
      join(dir, 'assessment-test.xml'),
    ]);
    const order = [...run.stdout.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '');

    expect(order).toHaveLength(quiz.questions.length);
    quiz.questions.forEach((question, i) => {
      const item = readItem(join(dir, order[i] ?? ''));
      expect(item.prompt).toBe(question.prompt);
      expect(item.key).toBe(keyText(question));
      expect(Number(item.choices)).toBe(
        question.type === 'multiple-choice' ? question.choices.length : 2,
      );
    });
  });
});

describe('the QTI checker', () => {
  it('rejects the invalid examples shipped with the schemas, so a pass above means something', () => {
    requireQtiChecker();
    const bad = join(QTI_SCHEMA_DIR, 'examples/invalid/mc-empty-correctResponse.xml');

    const run = xmllint(['--noout', '--schema', join(QTI_SCHEMA_DIR, 'imsqti_v2p1.xsd'), bad]);

    expect(run.status).not.toBe(0);
  });

  it('gets the same bytes for the same quiz', () => {
    const quiz = exportCases[0]?.quiz;
    if (quiz === undefined) throw new Error('no seed quiz');

    expect(exportQuiz(quiz, 'qti').body).toEqual(exportQuiz(quiz, 'qti').body);
  });
});
