export { type BusProjectorOptions, startBusProjector } from "./bus-projector.ts";
export {
  type LogProjector,
  type ProjectorOptions,
  type RunningProjector,
  startProjector,
} from "./projector.ts";
