/** A message handler; the bus awaits it before delivering the next message of the same topic. */
export type MessageHandler<Message> = (message: Message) => void | Promise<void>;

/** Stops a subscription; resolves once no handler call is in flight. */
export type Unsubscribe = () => Promise<void>;

/**
 * Moves messages between the parts of the platform: board deltas from projectors to gateways.
 * Messages with the same key are delivered in the order they were published.
 */
export interface EventBus {
  publish<Message>(topic: string, key: string, message: Message): Promise<void>;
  subscribe<Message>(topic: string, handler: MessageHandler<Message>): Promise<Unsubscribe>;
  close(): Promise<void>;
}
