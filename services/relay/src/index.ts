export { CheckpointFile } from "./checkpoint-file.ts";
export { type RelayCheckpoints, type RelayOptions, type RunningRelay, startRelay } from "./relay.ts";
