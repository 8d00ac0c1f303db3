export type { HandlerErrorListener, HandlerFailure, RetryBackoff } from "./deliver-batch.ts";
export { type KafkaBusOptions, type KafkaLogLevel, openKafkaBus } from "./kafka-bus.ts";
export type { KafkaTopicSettings } from "./topics.ts";
