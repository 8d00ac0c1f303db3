import { busConformance } from "../testing/index.ts";
import { tempBusFile } from "../testing/temp-bus.ts";

busConformance("sqlite", () => tempBusFile());
