/** Run `worker` over `items` with at most `limit` in flight; rejects with the first failure after all settle. */
export async function mapWithConcurrency<T, R>(params: {
  items: readonly T[];
  limit: number;
  worker: (item: T, index: number) => Promise<R>;
}): Promise<R[]> {
  const { items, limit, worker } = params;
  const results = new Array<R>(items.length);
  let next = 0;
  let firstError: { error: unknown } | undefined;
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length && !firstError) {
      const index = next++;
      try {
        results[index] = await worker(items[index], index);
      } catch (error) {
        firstError ??= { error };
      }
    }
  });
  await Promise.all(lanes);
  if (firstError) throw firstError.error;
  return results;
}
