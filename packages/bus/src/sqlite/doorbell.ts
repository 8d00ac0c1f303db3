/**
 * What a polling loop sleeps on: it wakes after the poll interval, or at once when this process
 * published something or the subscription is stopping.
 */
export class Doorbell {
  private wake: (() => void) | undefined;

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  ring(): void {
    this.wake?.();
  }
}
