/**
 * Runs expensive work (password hashing) a few at a time, taking turns between callers: each free slot
 * goes to the caller that has waited longest for its turn, one job per caller per round. A flood from one
 * address then queues behind itself, and a login from anywhere else waits for at most one of its jobs.
 */
export class FairSlots {
  private running = 0;
  /** Waiting jobs by caller, in turn order: the first key is served next. */
  private readonly waiting = new Map<string, (() => void)[]>();

  constructor(private readonly slots: number) {}

  async run<T>(caller: string, work: () => Promise<T>): Promise<T> {
    if (this.running >= this.slots) {
      await new Promise<void>((start) => {
        const queue = this.waiting.get(caller);
        if (queue) queue.push(start);
        else this.waiting.set(caller, [start]);
      });
    } else this.running++;
    try {
      return await work();
    } finally {
      this.next();
    }
  }

  /** Jobs waiting for a slot (for tests and metrics). */
  queued(): number {
    let count = 0;
    for (const queue of this.waiting.values()) count += queue.length;
    return count;
  }

  /** Hands the freed slot to the next caller in turn, who then goes to the back of the line. */
  private next(): void {
    const turn = this.waiting.entries().next();
    if (turn.done) {
      this.running--;
      return;
    }
    const [caller, queue] = turn.value;
    const start = queue.shift();
    this.waiting.delete(caller);
    if (queue.length > 0) this.waiting.set(caller, queue);
    start?.();
  }
}
