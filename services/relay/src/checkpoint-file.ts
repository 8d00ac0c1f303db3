import Database from "better-sqlite3";

/** Where a relay keeps how far it has published: a small SQLite file of its own. */
export class CheckpointFile {
  private readonly db: Database.Database;
  private readonly select: Database.Statement<[string], { position: number }>;
  private readonly upsert: Database.Statement<[string, number]>;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma("journal_mode = WAL");
    // A checkpoint lost in a power cut only means republishing a few events, which consumers skip.
    this.db.pragma("synchronous = NORMAL");
    this.db.exec("CREATE TABLE IF NOT EXISTS checkpoints (name TEXT PRIMARY KEY, position INTEGER NOT NULL)");
    this.select = this.db.prepare("SELECT position FROM checkpoints WHERE name = ?");
    this.upsert = this.db.prepare(
      "INSERT INTO checkpoints (name, position) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET position = excluded.position",
    );
  }

  load(name: string): number {
    return this.select.get(name)?.position ?? 0;
  }

  save(name: string, position: number): void {
    this.upsert.run(name, position);
  }

  close(): void {
    this.db.close();
  }
}
