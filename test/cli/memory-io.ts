import { dirname } from 'node:path';
import type { CliIo } from '../../src/cli/main.ts';

/** An in-memory CliIo that records what the CLI wrote. */
export interface MemoryIo extends CliIo {
  files: Map<string, Uint8Array>;
  dirs: Set<string>;
  stdout(): string;
  stderr(): string;
  /** Raw bytes written to stdout. */
  stdoutBytes(): Uint8Array;
}

/** What the memory io starts with. */
export interface MemoryIoSetup {
  files?: Record<string, string | Uint8Array>;
  dirs?: string[];
  stdin?: string | Uint8Array;
  isTTY?: boolean;
}

function fsError(code: string, path: string): Error {
  return Object.assign(new Error(`${code}: ${path}`), { code });
}

function bytes(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? new TextEncoder().encode(data) : data;
}

/** Creates an in-memory io: files and folders by path, a fake clock that advances 5 ms a call. */
export function createMemoryIo(setup: MemoryIoSetup = {}): MemoryIo {
  const files = new Map(Object.entries(setup.files ?? {}).map(([p, d]) => [p, bytes(d)]));
  const dirs = new Set(['.', ...(setup.dirs ?? [])]);
  const out: Uint8Array[] = [];
  let err = '';
  let clock = 0;
  return {
    files,
    dirs,
    stdout: () => new TextDecoder().decode(Buffer.concat(out)),
    stdoutBytes: () => Buffer.concat(out),
    stderr: () => err,
    readStdin: async () => bytes(setup.stdin ?? ''),
    writeStdout: (chunk) => void out.push(bytes(chunk)),
    writeStderr: (chunk) => void (err += chunk),
    readFile: async (path) => {
      if (dirs.has(path)) throw fsError('EISDIR', path);
      const found = files.get(path);
      if (found === undefined) throw fsError('ENOENT', path);
      return found;
    },
    writeFile: async (path, data) => {
      if (!dirs.has(dirname(path))) throw fsError('ENOENT', path);
      files.set(path, bytes(data));
    },
    makeDir: async (path) => void dirs.add(path),
    listDir: async (path) =>
      [...files.keys()].filter((p) => dirname(p) === path).map((p) => p.slice(path.length + 1)),
    isTTY: setup.isTTY ?? false,
    now: () => (clock += 5),
  };
}
