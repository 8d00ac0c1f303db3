/** A message handler; the bus awaits it before delivering the next message of the same subscription. */
export type MessageHandler<Message> = (message: Message) => void | Promise<void>;

/**
 * A handler of consecutive messages of a group's share, oldest first; the bus awaits it before
 * delivering the next batch of the same subscription.
 */
export type BatchHandler<Message> = (messages: Message[]) => void | Promise<void>;

/** One message of a `publishBatch`, with the key that orders it. */
export interface KeyedMessage<Message> {
  key: string;
  message: Message;
}

/** Stops a subscription; resolves once no handler call is in flight. */
export type Unsubscribe = () => Promise<void>;

export interface SubscribeOptions {
  /**
   * A consumer group. Subscriptions that share a group split the topic between them: each message goes
   * to one member, and messages with the same key always to the same member, in order. The group's place
   * in the topic is kept by the bus (across restarts, where the bus itself is durable): a message counts
   * as handled once its handler resolves, and a member that joins later resumes after the last handled
   * message. A group the bus has never seen starts at the oldest message the bus still holds.
   * A handler that throws is called again with the same message (after a pause) until it succeeds or the
   * subscription stops: a group never skips a message. Delivery is at least once, so handlers must be
   * idempotent.
   *
   * Without a group the subscription is a broadcast: it receives every message published after
   * `subscribe` resolved, and none from before. A handler that throws is reported and the next message
   * follows (a broadcast subscriber is a cache that can resynchronise by other means).
   */
  group?: string;
}

export interface BatchSubscribeOptions {
  /** The consumer group, with every rule of `SubscribeOptions.group`. */
  group: string;
  /**
   * The most messages one handler call gets (at least 1). The bus never waits to fill a batch: a call gets
   * whatever of the group's share is available now, at least one message.
   */
  maxBatch: number;
}

/**
 * Moves messages between the parts of the platform: events from the relay to projectors (a group),
 * board deltas from projectors to every gateway (broadcast). Messages with the same key are delivered in
 * the order they were published. `publish` resolves once the bus has accepted the message for good (for
 * a durable bus: stored).
 */
export interface EventBus {
  publish<Message>(topic: string, key: string, message: Message): Promise<void>;
  /**
   * Publishes several messages to one topic as if by consecutive `publish` calls, in array order, with one
   * acknowledgement for them all: a producer with many messages in hand (the relay catching up) pays one
   * round trip and, on a durable bus, one sync for the lot. Resolves once the bus has accepted every one
   * for good. A rejection may leave a prefix of them accepted (all or nothing where the bus can promise
   * it, as the SQLite bus does); callers re-send the whole batch, and consumers see the repeats as any
   * repeat of at-least-once delivery. An empty batch publishes nothing.
   */
  publishBatch<Message>(topic: string, messages: readonly KeyedMessage<Message>[]): Promise<void>;
  subscribe<Message>(
    topic: string,
    handler: MessageHandler<Message>,
    options?: SubscribeOptions,
  ): Promise<Unsubscribe>;
  /**
   * A group member that takes its share in batches, for a consumer that commits once per batch (a
   * projector catching up). Every message of a batch counts as handled once the handler resolves; a
   * handler that throws gets the same batch again (or a prefix of it: never a later message before an
   * earlier one) after the usual pause. Per-key order, resuming and every other group rule are those of
   * `subscribe` with a group. Rejects with a RangeError a `maxBatch` that is not a positive integer.
   */
  subscribeBatches<Message>(
    topic: string,
    handler: BatchHandler<Message>,
    options: BatchSubscribeOptions,
  ): Promise<Unsubscribe>;
  /** Stops every subscription (waiting for handlers in flight) and releases the connection. */
  close(): Promise<void>;
}
