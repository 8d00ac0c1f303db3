/**
 * The first start's setup (demo seed, configured street, expiry sweep), run after the server listens:
 * readiness says "not ready" until it is done, and says why when it failed.
 */
export class StartupState {
  private state: "running" | "done" | { failed: string } = "running";

  /** Runs the setup in the background; the returned promise settles when it is over (never rejects). */
  run(setup: () => Promise<void>, onError: (error: unknown) => void): Promise<void> {
    return setup().then(
      () => {
        this.state = "done";
      },
      (error: unknown) => {
        this.state = { failed: error instanceof Error ? error.message : String(error) };
        onError(error);
      },
    );
  }

  /** A readiness check: throws while the setup runs or after it failed. */
  check(): void {
    if (this.state === "running") throw new Error("setting up (first start)");
    if (this.state !== "done") throw new Error(`setup failed: ${this.state.failed}`);
  }
}
