import { Doorbell } from "./doorbell.ts";
import type { BusStatements } from "./schema.ts";

/** Messages read per poll; a subscription far behind catches up in slices of this size. */
export const READ_BATCH = 200;

/** What every subscription of one bus shares. */
export interface SubscriptionSettings {
  statements: BusStatements;
  pollIntervalMs: number;
  leaseMs: number;
  busyTimeoutMs: number;
  clock: () => number;
  onHandlerError: (error: unknown) => void;
}

/**
 * One polling loop over one topic. `stop` ends it after the handler call in flight (if any) and resolves
 * once the loop has finished its own cleanup.
 */
export abstract class Subscription {
  readonly doorbell = new Doorbell();
  protected readonly stopping = new AbortController();
  private done: Promise<void> = Promise.resolve();

  constructor(
    readonly topic: string,
    protected readonly settings: SubscriptionSettings,
  ) {}

  start(): void {
    // Started on a later tick: a handler never runs on the subscriber's own stack.
    this.done = Promise.resolve().then(() => this.run());
  }

  stop(): Promise<void> {
    this.stopping.abort();
    this.doorbell.ring();
    return this.done;
  }

  protected get stopped(): boolean {
    return this.stopping.signal.aborted;
  }

  protected abstract run(): Promise<void>;

  /** A storage error in the loop is reported and retried after one poll interval; it never ends the loop. */
  protected async pauseAfter(error: unknown): Promise<void> {
    this.settings.onHandlerError(error);
    await this.doorbell.sleep(this.settings.pollIntervalMs);
  }
}
