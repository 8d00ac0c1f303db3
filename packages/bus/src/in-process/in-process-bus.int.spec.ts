import { busConformance } from "../testing/index.ts";
import { InProcessBus } from "./in-process-bus.ts";

busConformance("in-process", async () => {
  const bus = new InProcessBus();
  return { bus, cleanup: () => bus.close() };
});
