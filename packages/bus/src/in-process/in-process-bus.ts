import { checkedMaxBatch, oneAtATime } from "../batches.ts";
import type {
  BatchHandler,
  BatchSubscribeOptions,
  EventBus,
  KeyedMessage,
  MessageHandler,
  SubscribeOptions,
  Unsubscribe,
} from "../port.ts";
import { InProcessGroup } from "./group.ts";

interface BroadcastSubscriber {
  handler: MessageHandler<unknown>;
  /** Each subscriber has its own chain, so a slow one delays only itself. */
  tail: Promise<void>;
}

interface TopicSubscribers {
  broadcast: Set<BroadcastSubscriber>;
  groups: Map<string, InProcessGroup>;
}

/**
 * The embedded bus: one process, no broker. Delivery is asynchronous (a publisher never runs a handler
 * on its own stack) and ordered per subscriber.
 *
 * Groups live in memory: a group exists from its first member's `subscribe` on and keeps what its
 * members have not handled yet, also while it has no member at all (nothing bounds that backlog; a
 * group that never comes back keeps its messages until the bus closes). Nothing published before a
 * group's first member joined is retained for it, and nothing survives the process: a restarted
 * projector catches up from its own checkpoint, not from this bus.
 */
export class InProcessBus implements EventBus {
  private readonly topics = new Map<string, TopicSubscribers>();
  private sequence = 0;
  private closing: Promise<void> | undefined;

  /** `onHandlerError` hears every handler failure: broadcast ones (skipped) and group ones (retried). */
  constructor(private readonly onHandlerError: (error: unknown) => void = () => {}) {}

  async publish<Message>(topic: string, key: string, message: Message): Promise<void> {
    await this.publishBatch(topic, [{ key, message }]);
  }

  /** All or nothing trivially: the messages are handed out in one synchronous step. */
  async publishBatch<Message>(topic: string, messages: readonly KeyedMessage<Message>[]): Promise<void> {
    if (this.closing) throw new Error("bus is closed");
    const subscribers = this.topics.get(topic);
    if (subscribers === undefined) return;
    for (const { key, message } of messages) {
      for (const sub of subscribers.broadcast) {
        sub.tail = sub.tail.then(() => sub.handler(message)).catch(this.onHandlerError);
      }
      const sequence = this.sequence++;
      for (const group of subscribers.groups.values()) group.offer({ sequence, key, message });
    }
  }

  async subscribe<Message>(
    topic: string,
    handler: MessageHandler<Message>,
    options: SubscribeOptions = {},
  ): Promise<Unsubscribe> {
    if (this.closing) throw new Error("bus is closed");
    if (options.group !== undefined)
      return this.joinGroup(topic, options.group, oneAtATime(handler as MessageHandler<unknown>), 1);
    const subscribers = this.subscribersOf(topic);
    const sub: BroadcastSubscriber = { handler: handler as MessageHandler<unknown>, tail: Promise.resolve() };
    subscribers.broadcast.add(sub);
    return async () => {
      subscribers.broadcast.delete(sub);
      await sub.tail;
    };
  }

  async subscribeBatches<Message>(
    topic: string,
    handler: BatchHandler<Message>,
    options: BatchSubscribeOptions,
  ): Promise<Unsubscribe> {
    const maxBatch = checkedMaxBatch(options.maxBatch);
    if (this.closing) throw new Error("bus is closed");
    return this.joinGroup(topic, options.group, handler as BatchHandler<unknown>, maxBatch);
  }

  private joinGroup(
    topic: string,
    name: string,
    handler: BatchHandler<unknown>,
    maxBatch: number,
  ): Unsubscribe {
    const subscribers = this.subscribersOf(topic);
    const group = subscribers.groups.get(name) ?? new InProcessGroup();
    subscribers.groups.set(name, group);
    return group.join(handler, maxBatch, this.onHandlerError);
  }

  close(): Promise<void> {
    this.closing ??= this.stopEverything();
    return this.closing;
  }

  private async stopEverything(): Promise<void> {
    const pending = [...this.topics.values()].flatMap(({ broadcast, groups }) => [
      ...[...broadcast].map((sub) => sub.tail),
      ...[...groups.values()].flatMap((group) => group.stopAll()),
    ]);
    this.topics.clear();
    await Promise.all(pending);
  }

  private subscribersOf(topic: string): TopicSubscribers {
    let subscribers = this.topics.get(topic);
    if (subscribers === undefined) {
      subscribers = { broadcast: new Set(), groups: new Map() };
      this.topics.set(topic, subscribers);
    }
    return subscribers;
  }
}
