import fc from 'fast-check';
import { mapChunks } from './mapChunks';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapChunks', () => {
  it('concatenates results in chunk order whatever order they finish in', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.nat({ max: 5 }), { minLength: 1, maxLength: 4 }), { maxLength: 8 }),
        fc.integer({ min: 1, max: 5 }),
        async (chunks, concurrency) => {
          const result = await mapChunks(chunks, concurrency, async (items) => {
            await tick(items[0] ?? 0);
            return items.map((n) => n * 10);
          });
          expect(result).toEqual(chunks.flat().map((n) => n * 10));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('never runs more than `concurrency` tasks at once', async () => {
    let running = 0;
    let peak = 0;
    await mapChunks([[1], [2], [3], [4], [5], [6], [7]], 3, async (items) => {
      running++;
      peak = Math.max(peak, running);
      await tick(2);
      running--;
      return items;
    });
    expect(peak).toBe(3);
  });

  it('starts no chunk after the first failure and rejects with it', async () => {
    const started: number[] = [];
    const failure = new Error('chunk 2 failed');
    const run = mapChunks([[1], [2], [3], [4]], 1, async ([n = 0]) => {
      started.push(n);
      if (n === 2) throw failure;
      return [n];
    });
    await expect(run).rejects.toBe(failure);
    expect(started).toEqual([1, 2]);
  });
});
