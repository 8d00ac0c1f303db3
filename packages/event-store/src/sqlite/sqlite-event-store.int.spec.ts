import { eventStoreConformance } from "../testing/index.ts";
import { tempFileStore } from "../testing/temp-store.ts";
import { openSqliteEventStore } from "./open.ts";

eventStoreConformance("SQLite, file in a temp dir", () => tempFileStore());

eventStoreConformance("SQLite, :memory:", async () => {
  const store = await openSqliteEventStore({ path: ":memory:" });
  return { store, cleanup: () => store.close() };
});

eventStoreConformance("SQLite, file in a temp dir, appends in a writer thread", () =>
  tempFileStore({ writerThread: true }),
);
