/**
 * Runs `task` on each chunk, at most `concurrency` at a time, and concatenates the results in
 * chunk order whatever order they finish in. After the first failure no further chunk is
 * started and the whole run rejects with that failure.
 */
export async function mapChunks<T, R>(
  chunks: readonly T[][],
  concurrency: number,
  task: (chunk: T[]) => Promise<R[]>,
): Promise<R[]> {
  const results: R[][] = [];
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < chunks.length) {
      const index = next++;
      try {
        results[index] = await task(chunks[index] as T[]);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const workers = Math.max(1, Math.min(concurrency, chunks.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return results.flat();
}
