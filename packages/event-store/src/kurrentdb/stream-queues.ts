/**
 * Runs the appends to one stream one after another, in the order they were issued. KurrentDB serves
 * concurrent calls in whatever order they reach its writer, so appends issued together to one stream
 * (with `any`) would otherwise land in an order nobody chose; and a retry issued while its original is
 * still in flight is then decided after it, against what it stored. Different streams run in parallel.
 */
export class StreamQueues {
  readonly #tails = new Map<string, Promise<void>>();

  run<T>(streamId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(streamId);
    const result = previous === undefined ? task() : previous.then(task);
    const tail = result.then(
      () => {},
      () => {},
    );
    this.#tails.set(streamId, tail);
    void tail.then(() => {
      if (this.#tails.get(streamId) === tail) this.#tails.delete(streamId);
    });
    return result;
  }

  /** Resolves once every task queued so far (and any queued meanwhile) has settled. */
  async drained(): Promise<void> {
    while (this.#tails.size > 0) await Promise.all(this.#tails.values());
  }
}
