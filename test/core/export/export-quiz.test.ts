import { describe, expect, it } from 'vitest';
import {
  exportFormats,
  exportQuiz,
  isExportFormat,
  UnknownExportFormatError,
  validateQuiz,
  type ExportFormat,
} from '../../../src/index.ts';
import { exportCases } from './fixtures/export-cases.ts';
import { hostileQuiz } from './fixtures/hostile-quiz.ts';

const formats = exportFormats.map((f) => f.format);

describe('exportQuiz', () => {
  it('knows the eight formats, each with a label and a one-line description', () => {
    expect(formats.sort()).toEqual(
      [
        'aiken',
        'csv',
        'flashcards-tsv',
        'gift',
        'json',
        'json-student',
        'moodle-xml',
        'qti',
      ].sort(),
    );
    for (const info of exportFormats) expect(info.description).toMatch(/^[^\n]{10,120}$/);
  });

  it.each(formats)('names the %s file after the quiz title with a safe slug', (format) => {
    const file = exportQuiz(hostileQuiz, format);

    expect(file.filename).toMatch(/^uber-tests-2024-co-quoted-x\.[a-z0-9.]+$/);
    expect(file.mediaType).toBe(exportFormats.find((f) => f.format === format)?.mediaType);
  });

  it('writes a zip for qti and text for every other format', () => {
    for (const format of formats) {
      const body = exportQuiz(hostileQuiz, format).body;
      if (format === 'qti') expect([...(body as Uint8Array).slice(0, 2)]).toEqual([0x50, 0x4b]);
      else expect(typeof body).toBe('string');
    }
  });

  it('uses a given base name instead of the title', () => {
    expect(exportQuiz(hostileQuiz, 'csv', { basename: 'Week 3: Syria' }).filename).toBe(
      'week-3-syria.csv',
    );
  });

  it('throws a named error, listing the known formats, for a format it does not know', () => {
    expect(() => exportQuiz(hostileQuiz, 'docx' as ExportFormat)).toThrow(UnknownExportFormatError);
    expect(() => exportQuiz(hostileQuiz, 'docx' as ExportFormat)).toThrow(/gift/);
    expect(isExportFormat('docx')).toBe(false);
    expect(isExportFormat('moodle-xml')).toBe(true);
  });
});

describe.each(exportCases)('JSON of the $name', ({ quiz }) => {
  it('gives back the same, schema-valid quiz from the teacher file', () => {
    const back: unknown = JSON.parse(String(exportQuiz(quiz, 'json').body));

    expect(back).toEqual(quiz);
    expect(validateQuiz(back).errors).toEqual([]);
  });

  it('gives a schema-valid student file with no answer, evidence or explanation', () => {
    const text = String(exportQuiz(quiz, 'json-student').body);
    const back = JSON.parse(text) as { form: string; questions: Record<string, unknown>[] };

    expect(validateQuiz(back).errors).toEqual([]);
    expect(back.form).toBe('student');
    expect(back.questions).toHaveLength(quiz.questions.length);
    for (const q of back.questions)
      expect(Object.keys(q)).not.toEqual(expect.arrayContaining(['answer']));
    expect(back.questions.some((q) => 'evidence' in q || 'explanation' in q || 'answer' in q)).toBe(
      false,
    );
  });
});
