import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import type { CliIo } from './cli-io.ts';

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** The real io: the process's streams, the file system and the monotonic clock. */
export function createNodeIo(): CliIo {
  return {
    readStdin: () => readAll(process.stdin),
    writeStdout: (chunk) => void process.stdout.write(chunk),
    writeStderr: (chunk) => void process.stderr.write(chunk),
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: (path, data) => writeFile(path, data),
    makeDir: async (path) => void (await mkdir(path, { recursive: true })),
    listDir: (path) => readdir(path),
    isTTY: process.stderr.isTTY === true,
    now: () => performance.now(),
  };
}
