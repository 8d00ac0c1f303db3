export { CheckpointFile } from "./checkpoint-file.ts";
export { type RelayOptions, type RunningRelay, startRelay } from "./relay.ts";
