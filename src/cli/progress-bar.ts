import type { CliIo } from './cli-io.ts';

/** A progress bar on standard error, drawn only when it is a terminal. */
export interface ProgressBar {
  /** Shows that `done` of the items are finished, naming the current one. */
  update(done: number, label: string): void;
  /** Clears the bar so the next line starts clean. */
  finish(): void;
}

const WIDTH = 24;

/** The text of a bar: `[#######-----------]  3/10 label`. */
export function drawBar(done: number, total: number, label: string): string {
  const filled = total === 0 ? WIDTH : Math.round((done / total) * WIDTH);
  const count = `${String(done).padStart(String(total).length)}/${total}`;
  return `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${count} ${label}`.slice(0, 79);
}

/** Creates a progress bar over `total` items; a silent one when standard error is not a terminal. */
export function createProgressBar(io: CliIo, total: number): ProgressBar {
  if (!io.isTTY) return { update: () => undefined, finish: () => undefined };
  return {
    update: (done, label) => io.writeStderr(`\r\x1b[2K${drawBar(done, total, label)}`),
    finish: () => io.writeStderr('\r\x1b[2K'),
  };
}
