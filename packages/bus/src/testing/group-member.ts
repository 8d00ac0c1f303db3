/**
 * Child process for the lease takeover test: joins a group on the bus file and prints each message it
 * starts handling on its own line. Its handler never finishes a message named "hang", so the parent can
 * kill it with SIGKILL while it holds the lease with that message in flight.
 * Usage: node --import tsx group-member.ts <bus path> <topic> <group> <lease ms>
 */
import { openSqliteBus } from "../sqlite/open.ts";

const [path, topic, group, leaseMs] = process.argv.slice(2);
if (path === undefined || topic === undefined || group === undefined || leaseMs === undefined) {
  throw new Error("usage: group-member.ts <bus path> <topic> <group> <lease ms>");
}
const bus = await openSqliteBus({ path, leaseMs: Number(leaseMs) });
await bus.subscribe<string>(
  topic,
  (message) => {
    process.stdout.write(`${message}\n`);
    if (message === "hang") return new Promise<void>(() => {});
  },
  { group },
);
process.stdout.write("joined\n");
