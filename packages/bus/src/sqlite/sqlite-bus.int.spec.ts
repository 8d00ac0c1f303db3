import { busConformance } from "../testing/index.ts";
import { tempBusFile } from "./temp-bus.ts";

busConformance("sqlite", () => tempBusFile());
