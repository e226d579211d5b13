import type { Db } from './open-database.ts';

interface Pending<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

/**
 * Batches writes into one transaction per turn of the event loop (group commit). With
 * `synchronous = FULL` every commit waits for the disk; sharing that wait between all the
 * submissions that arrived meanwhile keeps each one durable before it is acknowledged, at a
 * fraction of the cost. Each item runs in its own savepoint, so one failing write fails alone.
 */
export function groupCommit<I, O>(db: Db, write: (item: I) => O): (item: I) => Promise<O> {
  const writeOne = db.transaction(write);
  let pending: Pending<I, O>[] = [];
  const flush = (): void => {
    const batch = pending;
    pending = [];
    const outcomes = batch.map(() => ({
      ok: false,
      value: undefined as O | undefined,
      error: undefined as unknown,
    }));
    try {
      db.transaction(() => {
        batch.forEach((p, i) => {
          const outcome = outcomes[i] as (typeof outcomes)[number];
          try {
            outcome.value = writeOne(p.item);
            outcome.ok = true;
          } catch (error) {
            outcome.error = error;
          }
        });
      }).immediate();
    } catch (error) {
      return batch.forEach((p) => p.reject(error));
    }
    batch.forEach((p, i) =>
      outcomes[i]?.ok ? p.resolve(outcomes[i].value as O) : p.reject(outcomes[i]?.error),
    );
  };
  return (item) =>
    new Promise<O>((resolve, reject) => {
      if (pending.length === 0) setImmediate(flush);
      pending.push({ item, resolve, reject });
    });
}
