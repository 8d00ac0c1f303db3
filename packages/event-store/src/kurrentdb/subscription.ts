import type { AllStreamResolvedEvent, AllStreamSubscription } from "@kurrent/kurrentdb-client";
import type { AllSubscription, RecordedEvent } from "../port.ts";
import { ITERATION_DONE, serialIterator } from "../serial-iterator.ts";
import { isApplicationEvent, logPositionOf, toRecordedEvent } from "./recorded-event.ts";

const STOPPED = Symbol("stopped");

export interface SubscriptionOptions {
  /** Delivery starts strictly after this position. */
  checkpoint: number;
  /**
   * Opens the server's catch-up subscription, with an error listener already on it; it may start before the
   * checkpoint (those events are skipped).
   */
  open: () => Promise<AllStreamSubscription>;
  onDelivered: (position: number) => void;
  onStop: (subscription: KurrentDbSubscription) => void;
  toError: (error: unknown) => Error;
}

async function release(source: AllStreamSubscription): Promise<void> {
  try {
    await source.unsubscribe();
  } catch {
    // The call already ended (the client was disposed or the server went away): nothing to cancel.
  }
  source.destroy();
}

/**
 * The port's subscription over KurrentDB's catch-up subscription to `$all` (server-side excludeSystemEvents).
 * It opens on the first `next()`, from the checkpoint: the server catches up, then goes live, without gap or
 * duplicate. The client's stream is read one event per `next()`, so a slow consumer holds back only its own
 * gRPC stream (flow control): the server falls back to reading the log for it, and writers never wait.
 */
export class KurrentDbSubscription implements AllSubscription {
  readonly #options: SubscriptionOptions;
  #checkpoint: number;
  #stopped = false;
  #failure: Error | undefined;
  #source: AllStreamSubscription | undefined;
  #events: Promise<AsyncIterator<AllStreamResolvedEvent>> | undefined;
  readonly #iterator = serialIterator(
    () => this.#next(),
    () => this.stop(),
  );
  readonly #stopSignal: Promise<typeof STOPPED>;
  readonly #signalStop: () => void;

  constructor(options: SubscriptionOptions) {
    this.#options = options;
    this.#checkpoint = options.checkpoint;
    let signal = () => {};
    this.#stopSignal = new Promise((resolve) => {
      signal = () => resolve(STOPPED);
    });
    this.#signalStop = signal;
  }

  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#signalStop();
    this.#options.onStop(this);
    const source = this.#source;
    this.#source = undefined;
    if (source !== undefined) await release(source);
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    return this.#iterator;
  }

  async #next(): Promise<IteratorResult<RecordedEvent>> {
    for (;;) {
      if (this.#stopped) return ITERATION_DONE;
      if (this.#failure !== undefined) throw this.#failure;
      let received: IteratorResult<AllStreamResolvedEvent> | typeof STOPPED;
      try {
        this.#events ??= this.#open();
        const events = await this.#unlessStopped(this.#events);
        received = events === STOPPED ? STOPPED : await this.#unlessStopped(events.next());
      } catch (error) {
        if (this.#stopped) return ITERATION_DONE;
        this.#failure = this.#options.toError(error);
        throw this.#failure;
      }
      if (received === STOPPED || this.#stopped) return ITERATION_DONE;
      if (received.done) {
        this.#failure = this.#options.toError(new Error("the server ended the $all subscription"));
        throw this.#failure;
      }
      const { event } = received.value;
      if (event === undefined || !isApplicationEvent(event)) continue;
      const position = logPositionOf(event);
      if (position <= this.#checkpoint) continue;
      this.#checkpoint = position;
      this.#options.onDelivered(position);
      return { done: false, value: toRecordedEvent(event, position) };
    }
  }

  async #open(): Promise<AsyncIterator<AllStreamResolvedEvent>> {
    const source = await this.#options.open();
    if (this.#stopped) await release(source);
    else this.#source = source;
    return source[Symbol.asyncIterator]();
  }

  /** Waits for `promise` unless stop() comes first; a promise left behind may settle later, unobserved. */
  #unlessStopped<T>(promise: Promise<T>): Promise<T | typeof STOPPED> {
    promise.catch(() => {});
    return Promise.race([promise, this.#stopSignal]);
  }
}
