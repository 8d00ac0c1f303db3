import type { EventBus, MessageHandler, Unsubscribe } from "../port.ts";

interface Subscriber {
  handler: MessageHandler<unknown>;
  /** Each subscriber has its own chain, so a slow one delays only itself. */
  tail: Promise<void>;
  onError: (error: unknown) => void;
}

/**
 * The embedded bus: one process, no broker. Delivery is asynchronous (a publisher never runs a handler
 * on its own stack) and ordered per subscriber.
 */
export class InProcessBus implements EventBus {
  private readonly topics = new Map<string, Set<Subscriber>>();
  private closed = false;

  constructor(private readonly onHandlerError: (error: unknown) => void = () => {}) {}

  async publish<Message>(topic: string, _key: string, message: Message): Promise<void> {
    if (this.closed) throw new Error("bus is closed");
    for (const sub of this.topics.get(topic) ?? []) {
      sub.tail = sub.tail.then(() => sub.handler(message)).catch(sub.onError);
    }
  }

  async subscribe<Message>(topic: string, handler: MessageHandler<Message>): Promise<Unsubscribe> {
    if (this.closed) throw new Error("bus is closed");
    const sub: Subscriber = {
      handler: handler as MessageHandler<unknown>,
      tail: Promise.resolve(),
      onError: this.onHandlerError,
    };
    const subs = this.topics.get(topic) ?? new Set<Subscriber>();
    subs.add(sub);
    this.topics.set(topic, subs);
    return async () => {
      subs.delete(sub);
      await sub.tail;
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    const pending = [...this.topics.values()].flatMap((subs) => [...subs].map((s) => s.tail));
    this.topics.clear();
    await Promise.all(pending);
  }
}
