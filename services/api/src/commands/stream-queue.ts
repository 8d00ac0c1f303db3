/**
 * Runs work for one key (a stream id) one call at a time, in arrival order, while different keys run
 * freely. Commands on the same stream in this process then never race each other for a revision: group
 * commit would otherwise let only one of N simultaneous writers win per batch, and N-1 re-decide.
 * Races with other processes are still caught by the expected revision and retried.
 */
export class StreamQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(work, work);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    // Forget the key once nothing more is queued behind this call, so the map does not grow forever.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
