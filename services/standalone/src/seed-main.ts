// One-shot: seeds the Guangming demo into an empty log, for the distributed topology (the one-process
// server seeds by itself). Exits 0 when the log already has events, so a restarted container is harmless.
import { join, resolve } from "node:path";
import { createServices } from "@cobuild/api";
import { SqliteBoardReader } from "@cobuild/board-store";
import { boardsFileName } from "@cobuild/boards";
import { localDate } from "@cobuild/domain";
import { openConfiguredEventStore } from "@cobuild/service-kit";
import pino from "pino";
import { seedGuangming } from "./demo/seed.ts";
import { loadSeedConfig } from "./env.ts";

const config = loadSeedConfig();
const logger = pino({ level: config.LOG_LEVEL });
const store = await openConfiguredEventStore(config);
const boards = new SqliteBoardReader(join(resolve(config.DATA_DIR), boardsFileName()));
try {
  if ((await store.headPosition()) > 0) {
    logger.info("the log already has events: nothing to seed");
  } else {
    const today = () => localDate(new Date(), config.TIME_ZONE);
    logger.info("empty event log: seeding the Guangming community demo");
    await seedGuangming(createServices({ store, today, boards }), today(), (day) =>
      createServices({ store, today: () => day, boards }),
    );
    logger.info({ head: await store.headPosition() }, "demo seeded");
  }
} finally {
  await store.close();
  boards.close();
}
