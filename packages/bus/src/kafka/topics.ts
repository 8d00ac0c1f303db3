import type { Admin } from "kafkajs";

/** How a topic the bus creates is laid out. */
export interface KafkaTopicSettings {
  /** More partitions let more members of a group share the topic; keys keep their order either way. */
  partitions: number;
  /** How long Kafka keeps a message; -1 keeps every message. */
  retentionMs: number;
}

/**
 * Makes sure a topic exists before the bus first uses it, once per topic and client. Topics named in the
 * settings are created with them; any other with one partition and the broker's defaults. A topic that
 * already exists is left as it is, whoever created it.
 */
export class Topics {
  private readonly ready = new Map<string, Promise<void>>();

  constructor(
    private readonly admin: Admin,
    private readonly settings: Readonly<Record<string, KafkaTopicSettings>>,
  ) {}

  async ensureConfigured(): Promise<void> {
    await Promise.all(Object.keys(this.settings).map((topic) => this.ensure(topic)));
  }

  ensure(topic: string): Promise<void> {
    let ready = this.ready.get(topic);
    if (ready === undefined) {
      ready = this.create(topic);
      this.ready.set(topic, ready);
      // A failed attempt is not remembered: the next use tries again.
      ready.catch(() => this.ready.delete(topic));
    }
    return ready;
  }

  private async create(topic: string): Promise<void> {
    const settings = this.settings[topic];
    // Resolves false instead of throwing when the topic exists already.
    await this.admin.createTopics({
      waitForLeaders: true,
      topics: [
        {
          topic,
          numPartitions: settings?.partitions ?? 1,
          configEntries:
            settings === undefined ? [] : [{ name: "retention.ms", value: String(settings.retentionMs) }],
        },
      ],
    });
  }
}
