import type { MessageHandler, Unsubscribe } from "../port.ts";
import { deliverUntilHandled } from "../retry.ts";
import { keyHash } from "./key-hash.ts";

/** A message waiting for a group member; `sequence` is its place in the topic. */
export interface Pending {
  sequence: number;
  key: string;
  message: unknown;
}

class Member {
  readonly stop = new AbortController();
  done: Promise<void> = Promise.resolve();
  private wake = () => {};

  constructor(
    readonly handler: MessageHandler<unknown>,
    readonly onError: (error: unknown) => void,
  ) {}

  waitForWork(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
    });
  }

  notify(): void {
    this.wake();
  }
}

/**
 * One consumer group of one topic, in memory. Messages wait in `pending` (the group's place in the topic)
 * until a member takes them. A key belongs to the member at its hash modulo the live members, and is
 * never handled by two members at once, so each key is handled in publish order even while members come
 * and go. A member handles one message at a time and retries a failing one until it succeeds, which
 * holds back the keys it owns and no others.
 */
export class InProcessGroup {
  private readonly pending: Pending[] = [];
  private readonly members: Member[] = [];
  private readonly busyKeys = new Set<string>();

  offer(entry: Pending): void {
    this.pending.push(entry);
    this.notifyAll();
  }

  join(handler: MessageHandler<unknown>, onError: (error: unknown) => void): Unsubscribe {
    const member = new Member(handler, onError);
    this.members.push(member);
    // Started on a later tick: a handler never runs on the subscriber's own stack.
    member.done = Promise.resolve().then(() => this.run(member));
    this.notifyAll();
    return async () => {
      const index = this.members.indexOf(member);
      if (index >= 0) this.members.splice(index, 1);
      member.stop.abort();
      member.notify();
      await member.done;
      this.notifyAll();
    };
  }

  /** Members currently joined; the bus stops them all on close. */
  stopAll(): Promise<void>[] {
    return [...this.members].map((member) => {
      member.stop.abort();
      member.notify();
      return member.done;
    });
  }

  private async run(member: Member): Promise<void> {
    while (!member.stop.signal.aborted) {
      const next = this.take(member);
      if (next === undefined) {
        await member.waitForWork();
        continue;
      }
      const handled = await deliverUntilHandled(
        () => member.handler(next.message),
        member.stop.signal,
        member.onError,
      );
      this.busyKeys.delete(next.key);
      if (!handled) this.putBack(next);
      this.notifyAll();
    }
  }

  /** The earliest pending message whose key this member owns and no other member is still handling. */
  private take(member: Member): Pending | undefined {
    const index = this.members.indexOf(member);
    if (index < 0) return undefined;
    const found = this.pending.findIndex(
      ({ key }) => keyHash(key) % this.members.length === index && !this.busyKeys.has(key),
    );
    if (found < 0) return undefined;
    const [next] = this.pending.splice(found, 1);
    this.busyKeys.add(next!.key);
    return next;
  }

  /** A message whose member stopped before handling it goes back to its place, ahead of its key's later ones. */
  private putBack(entry: Pending): void {
    const at = this.pending.findIndex(({ sequence }) => sequence > entry.sequence);
    this.pending.splice(at < 0 ? this.pending.length : at, 0, entry);
  }

  private notifyAll(): void {
    for (const member of this.members) member.notify();
  }
}
