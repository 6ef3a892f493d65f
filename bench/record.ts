import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** Where `npm run bench` collects figures; scripts/bench.mjs prints them. */
export const FIGURES_FILE = process.env.BENCH_FIGURES ?? '.bench/figures.txt';

/** Records one measured figure as a `name=value unit` line. */
export function recordFigure(name: string, value: number, unit: string): void {
  const rounded = Number.isInteger(value) ? value : Number(value.toPrecision(4));
  mkdirSync(dirname(FIGURES_FILE), { recursive: true });
  appendFileSync(FIGURES_FILE, `${name}=${rounded} ${unit}\n`);
}

/** Median duration of `run` over `times` calls, in milliseconds. */
export function medianMs(times: number, run: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] as number;
}
