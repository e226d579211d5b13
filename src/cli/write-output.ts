import type { CliIo } from './cli-io.ts';
import { InputError } from './input-error.ts';

/** Writes a file, turning a file-system error into an InputError that names the path. */
export async function writeOutput(
  path: string,
  data: string | Uint8Array,
  io: CliIo,
): Promise<void> {
  try {
    await io.writeFile(path, data);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new InputError(
      `${path}: cannot be written${typeof code === 'string' ? ` (${code})` : ''}`,
      {
        cause: error,
      },
    );
  }
}
