import { commands } from 'vitest/browser';

/**
 * `recordFigure` for the `bench-browser` project: the page has no file system, so the line is
 * appended by a server-side command (vite.config.ts) calling bench/record.ts, into the same
 * figures file (`BENCH_FIGURES`, default .bench/figures.txt).
 */
export function recordFigure(name: string, value: number, unit: string): Promise<void> {
  return commands.recordFigure(name, value, unit);
}

/** The next animation frame. */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Resolves once `state()` has not changed for `frames` animation frames in a row. */
export async function settled(state: () => string, frames = 3): Promise<void> {
  let last = state();
  let still = 0;
  while (still < frames) {
    await nextFrame();
    const now = state();
    still = now === last ? still + 1 : 0;
    last = now;
  }
}
