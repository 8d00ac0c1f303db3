import { randomUUID } from "node:crypto";
import type { BatchHandler } from "../port.ts";
import { deliverUntilHandled } from "../retry.ts";
import { whileBusy } from "./busy.ts";
import { READ_BATCH, Subscription, type SubscriptionSettings } from "./subscription.ts";

/**
 * One member of a consumer group. Across every process sharing the file, one member per (topic, group)
 * delivers at a time: the one holding the group's lease, which it renews while it runs and releases when
 * it stops. The others poll for the lease and take it over when it is released or expires (a killed
 * process's group resumes after `leaseMs`). The group's position is stored after each handled batch (one
 * message for a plain `subscribe`), so the only messages that can come twice are the batch in flight when
 * its member died or lost the lease.
 */
export class GroupSubscription extends Subscription {
  private readonly owner = randomUUID();
  private holding = false;
  /** Aborted when this member loses the lease: a retry in progress stops, as the new holder redoes it. */
  private lease = new AbortController();
  private after = 0;
  private renewTimer: NodeJS.Timeout | undefined;
  private afterFirstTry = () => {};
  private readonly firstTry = new Promise<void>((resolve) => {
    this.afterFirstTry = resolve;
  });

  constructor(
    topic: string,
    private readonly group: string,
    private readonly handler: BatchHandler<unknown>,
    private readonly maxBatch: number,
    settings: SubscriptionSettings,
  ) {
    super(topic, settings);
  }

  /**
   * Starts the member and resolves after its first try for the lease, so a group the file has never seen
   * is registered (and its messages kept from trimming) by the time `subscribe` resolves.
   */
  async join(): Promise<void> {
    this.start();
    await this.firstTry;
  }

  protected async run(): Promise<void> {
    try {
      try {
        await whileBusy(() => this.tryAcquire(), this.settings.busyTimeoutMs);
      } catch (error) {
        this.settings.onHandlerError(error);
      } finally {
        this.afterFirstTry();
      }
      while (!this.stopped) {
        try {
          if (!this.holding && !this.tryAcquire()) {
            await this.doorbell.sleep(this.settings.pollIntervalMs);
            continue;
          }
          const limit = Math.max(READ_BATCH, this.maxBatch);
          const rows = this.settings.statements.readAfter.all(this.topic, this.after, limit);
          if (rows.length === 0) {
            await this.doorbell.sleep(this.settings.pollIntervalMs);
            continue;
          }
          for (let from = 0; from < rows.length; from += this.maxBatch) {
            // A member that lost the lease hands out nothing more: the new holder delivers from here on.
            if (this.stopped || !this.holding) break;
            const batch = rows.slice(from, from + this.maxBatch);
            // Parsed for every attempt, so a handler that changed the messages it got cannot taint a retry.
            const handled = await deliverUntilHandled(
              () => this.handler(batch.map((row) => JSON.parse(row.payload))),
              AbortSignal.any([this.stopping.signal, this.lease.signal]),
              this.settings.onHandlerError,
            );
            if (!handled || !(await this.recordHandled(batch.at(-1)!.position))) break;
          }
        } catch (error) {
          await this.pauseAfter(error);
        }
      }
    } finally {
      await this.release();
    }
  }

  private tryAcquire(): boolean {
    const { statements, clock, leaseMs } = this.settings;
    const key = { topic: this.topic, group: this.group };
    const now = clock();
    const current = statements.group.get(this.topic, this.group);
    const free =
      current === undefined ||
      current.owner === null ||
      current.owner === this.owner ||
      (current.lease_expires_at ?? 0) <= now;
    if (!free) return false;
    const { changes } = statements.acquire.run({ ...key, owner: this.owner, now, expires: now + leaseMs });
    if (changes === 0) return false;
    this.after = statements.group.get(this.topic, this.group)?.handled_through ?? 0;
    if (!this.holding) this.lease = new AbortController();
    this.holding = true;
    this.renewTimer ??= setInterval(() => this.renew(), Math.max(1, Math.floor(leaseMs / 3)));
    return true;
  }

  /** Stores the position; false when the lease went to another member meanwhile (it will redo the rest). */
  private async recordHandled(position: number): Promise<boolean> {
    const { statements, clock, leaseMs, busyTimeoutMs } = this.settings;
    const { changes } = await whileBusy(
      () =>
        statements.recordHandled.run({
          topic: this.topic,
          group: this.group,
          owner: this.owner,
          position,
          expires: clock() + leaseMs,
        }),
      busyTimeoutMs,
    );
    if (changes === 0) {
      this.lose();
      return false;
    }
    this.after = position;
    return true;
  }

  /** Keeps the lease while a handler is slow or retrying, not only between messages. */
  private renew(): void {
    if (!this.holding) return;
    const { statements, clock, leaseMs } = this.settings;
    try {
      const { changes } = statements.renew.run({
        topic: this.topic,
        group: this.group,
        owner: this.owner,
        expires: clock() + leaseMs,
      });
      if (changes === 0) this.lose();
    } catch (error) {
      // A busy file: the next renewal comes within a third of the lease.
      this.settings.onHandlerError(error);
    }
  }

  private lose(): void {
    this.holding = false;
    this.lease.abort();
    clearInterval(this.renewTimer);
    this.renewTimer = undefined;
  }

  private async release(): Promise<void> {
    const wasHolding = this.holding;
    this.lose();
    if (!wasHolding) return;
    const { statements, busyTimeoutMs } = this.settings;
    try {
      await whileBusy(
        () => statements.release.run({ topic: this.topic, group: this.group, owner: this.owner }),
        busyTimeoutMs,
      );
    } catch (error) {
      // Not released: another member takes over once the lease expires instead of right away.
      this.settings.onHandlerError(error);
    }
  }
}
