import type { CliIo } from './cli-io.ts';
import { InputError } from './input-error.ts';

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

const reasons: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** Reads a file (or standard input for `-`) as bytes, turning file-system errors into InputErrors. */
export async function readBytes(path: string, io: CliIo): Promise<Uint8Array> {
  if (path === '-') return io.readStdin();
  try {
    return await io.readFile(path);
  } catch (error) {
    const reason = reasons[errorCode(error) ?? ''] ?? 'cannot be read';
    throw new InputError(`${path}: ${reason}`, { cause: error });
  }
}

/**
 * Decodes bytes as UTF-8 text, rejecting binary content (NUL bytes) and invalid UTF-8. A leading
 * byte-order mark is dropped.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new InputError(`${name}: looks like a binary file, not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new InputError(`${name}: is not UTF-8 text`, { cause: error });
  }
}

/** Reads a text file (or `-` for standard input) as a string. */
export async function readText(path: string, io: CliIo): Promise<string> {
  const name = path === '-' ? 'standard input' : path;
  return decodeText(await readBytes(path, io), name);
}
