// The data folder's backup and restore, for operators:
//   npm run backup -- <target folder>     while the server runs (DATA_DIR names the data folder)
//   npm run restore -- <backup folder>    with the server stopped, into an empty DATA_DIR
import { resolve } from "node:path";
import { loadConfigOrExit } from "@cobuild/service-kit";
import { loadConfig } from "../env.ts";
import { backupDataDir, restoreDataDir } from "./backup.ts";

const [command, folder] = process.argv.slice(2);
if ((command !== "backup" && command !== "restore") || !folder) {
  console.error("usage: backup-main.ts backup <target folder> | restore <backup folder>");
  process.exit(2);
}
const dataDir = resolve(loadConfigOrExit(() => loadConfig()).DATA_DIR);
try {
  const manifest =
    command === "backup"
      ? await backupDataDir(dataDir, resolve(folder))
      : restoreDataDir(resolve(folder), dataDir);
  const files = manifest.files.map((file) => file.name).join(", ");
  console.log(command === "backup" ? `backed up ${files} to ${folder}` : `restored ${files} into ${dataDir}`);
} catch (error) {
  console.error(`${command} failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
