/** Everything the CLI touches outside itself, so that tests can run it in memory. */
export interface CliIo {
  /** Reads all of standard input. */
  readStdin(): Promise<Uint8Array>;
  writeStdout(chunk: string | Uint8Array): void;
  writeStderr(chunk: string): void;
  /** Reads a file as bytes; rejects with a Node-style error carrying `code` (ENOENT, EISDIR, …). */
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** Creates a directory and its parents; succeeds when it exists. */
  makeDir(path: string): Promise<void>;
  /** The names of the entries of a directory. */
  listDir(path: string): Promise<string[]>;
  /** True when standard error is a terminal (progress bars are drawn only then). */
  isTTY: boolean;
  /** Milliseconds from an arbitrary origin. */
  now(): number;
}
