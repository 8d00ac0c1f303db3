// One-shot setup for the distributed topology (the one-process server does this by itself on start): the
// Guangming demo into an empty log (SEED_DEMO, default on), and the configured street with its first
// administrator when missing (STREET_ID, STREET_NAME, ADMIN_USERNAME, ADMIN_PASSWORD). Running it again
// changes nothing, so a restarted container is harmless.
import { join, resolve } from "node:path";
import { createServices } from "@cobuild/api";
import { SqliteBoardReader } from "@cobuild/board-store";
import { boardsFileName } from "@cobuild/boards";
import { localDate } from "@cobuild/domain";
import { loadConfigOrExit, openConfiguredEventStore } from "@cobuild/service-kit";
import pino from "pino";
import { seedGuangming } from "./demo/seed.ts";
import { loadSeedConfig } from "./env.ts";
import { setUpStreet } from "./street-setup.ts";

const config = loadConfigOrExit(() => loadSeedConfig());
const logger = pino({ level: config.LOG_LEVEL });
const store = await openConfiguredEventStore(config);
const boards = new SqliteBoardReader(join(resolve(config.DATA_DIR), boardsFileName()));
try {
  const today = () => localDate(new Date(), config.TIME_ZONE);
  const services = createServices({ store, today, boards });
  if (!config.SEED_DEMO) {
    logger.info("SEED_DEMO is off: no demo");
  } else if ((await store.headPosition()) > 0) {
    logger.info("the log already has events: no demo");
  } else {
    logger.info("empty event log: seeding the Guangming community demo");
    await seedGuangming(services, today(), (day) => createServices({ store, today: () => day, boards }));
    logger.info({ head: await store.headPosition() }, "demo seeded");
  }
  if (await setUpStreet(services, config))
    logger.info({ streetId: config.STREET_ID }, "street and administrator in place");
} finally {
  await store.close();
  boards.close();
}
