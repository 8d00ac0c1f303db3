import type { BatchHandler, Unsubscribe } from "../port.ts";
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
    readonly handler: BatchHandler<unknown>,
    readonly maxBatch: number,
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

  join(handler: BatchHandler<unknown>, maxBatch: number, onError: (error: unknown) => void): Unsubscribe {
    const member = new Member(handler, maxBatch, onError);
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
      const batch = this.take(member);
      if (batch.length === 0) {
        await member.waitForWork();
        continue;
      }
      const handled = await deliverUntilHandled(
        () => member.handler(batch.map(({ message }) => message)),
        member.stop.signal,
        member.onError,
      );
      for (const { key } of batch) this.busyKeys.delete(key);
      if (!handled) for (const entry of batch) this.putBack(entry);
      this.notifyAll();
    }
  }

  /**
   * The earliest pending messages, up to the member's batch size, whose keys this member owns and no other
   * member is still handling. Its own batch's keys are not yet marked busy while it picks, so one key may
   * appear several times in a batch, in publish order.
   */
  private take(member: Member): Pending[] {
    const index = this.members.indexOf(member);
    if (index < 0) return [];
    const batch: Pending[] = [];
    for (let at = 0; at < this.pending.length && batch.length < member.maxBatch; ) {
      const entry = this.pending[at]!;
      if (keyHash(entry.key) % this.members.length === index && !this.busyKeys.has(entry.key)) {
        batch.push(entry);
        this.pending.splice(at, 1);
      } else at++;
    }
    for (const { key } of batch) this.busyKeys.add(key);
    return batch;
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
