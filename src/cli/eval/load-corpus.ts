import { join } from 'node:path';
import type { CorpusArticle, HumanQuestion } from '../../index.ts';
import type { CliIo } from '../cli-io.ts';
import { InputError } from '../input-error.ts';
import { readText } from '../read-input.ts';

interface QuestionsFile {
  questions: HumanQuestion[];
}

function isQuestionsFile(value: unknown): value is QuestionsFile {
  const questions = (value as { questions?: unknown } | null)?.questions;
  return Array.isArray(questions);
}

async function readHumans(
  io: CliIo,
  path: string,
  names: string[],
): Promise<HumanQuestion[] | null> {
  const file = path.split('/').at(-1) ?? path;
  if (!names.includes(file)) return null;
  const value = JSON.parse(await readText(path, io)) as unknown;
  if (!isQuestionsFile(value)) throw new InputError(`${path}: has no "questions" list`);
  return value.questions.map((q) => ({ ...q, alternatives: q.alternatives ?? [] }));
}

/**
 * Reads every `.txt` of a folder (sorted by name) with its `NAME.questions.json` when present.
 */
export async function loadCorpus(folder: string, io: CliIo): Promise<CorpusArticle[]> {
  let names: string[];
  try {
    names = (await io.listDir(folder)).sort();
  } catch (error) {
    throw new InputError(`${folder}: is not a folder that can be read`, { cause: error });
  }
  const texts = names.filter((n) => n.endsWith('.txt'));
  if (texts.length === 0) throw new InputError(`${folder}: holds no .txt article`);
  return Promise.all(
    texts.map(async (name) => ({
      name,
      text: await readText(join(folder, name), io),
      humans: await readHumans(io, join(folder, name.replace(/\.txt$/, '.questions.json')), names),
    })),
  );
}
