import type { MessageHandler } from "../port.ts";
import { READ_BATCH, Subscription, type SubscriptionSettings } from "./subscription.ts";

/**
 * Every message of the topic after the one that was last when it subscribed, one handler call at a
 * time. A handler that throws is reported and skipped. A subscriber that falls further behind than the
 * retention period misses what trimming removed: broadcast subscribers are caches that resynchronise.
 */
export class BroadcastSubscription extends Subscription {
  private after: number;

  constructor(
    topic: string,
    private readonly handler: MessageHandler<unknown>,
    settings: SubscriptionSettings,
  ) {
    super(topic, settings);
    this.after = settings.statements.lastPosition.get()?.last ?? 0;
  }

  protected async run(): Promise<void> {
    while (!this.stopped) {
      let rows: { position: number; payload: string }[];
      try {
        rows = this.settings.statements.readAfter.all(this.topic, this.after, READ_BATCH);
      } catch (error) {
        await this.pauseAfter(error);
        continue;
      }
      if (rows.length === 0) {
        await this.doorbell.sleep(this.settings.pollIntervalMs);
        continue;
      }
      for (const row of rows) {
        if (this.stopped) return;
        this.after = row.position;
        try {
          await this.handler(JSON.parse(row.payload));
        } catch (error) {
          this.settings.onHandlerError(error);
        }
      }
    }
  }
}
