import type { Steps } from './domain/import-csv';

/**
 * A turn of the event loop: what waits (other requests, timers, I/O) runs before the caller goes
 * on. A promise alone does not give one: with a synchronous driver such as better-sqlite3 a chain
 * of awaited queries runs as microtasks and keeps everything else waiting until it ends.
 */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Runs the steps of a pure computation (see `Steps`) with a turn of the event loop between them. */
export async function runInTurns<Result>(steps: Steps<Result>): Promise<Result> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await nextTurn();
  }
}

/**
 * Turns given by time, not by count: work in a loop calls `give()` as often as it likes and yields
 * once `budgetMs` have passed since the last turn, so no stretch of it holds the event loop for
 * longer than that (plus one statement), however fast or slow the machine is.
 */
export function createTurns(budgetMs = 15) {
  let since = performance.now();
  return {
    async give(): Promise<void> {
      if (performance.now() - since < budgetMs) return;
      await nextTurn();
      since = performance.now();
    },
  };
}
