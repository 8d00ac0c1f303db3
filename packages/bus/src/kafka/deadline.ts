/**
 * Settles as `work` does, or rejects with `timedOut()` once `ms` have passed first. The work itself goes
 * on (kafkajs cannot cancel a send); the caller only stops waiting for it.
 */
export async function within<T>(work: Promise<T>, ms: number, timedOut: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(timedOut()), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
