// Test-only helpers for the env specs of the service processes.

/** The error a configuration loader threw; fails the test when it accepted the settings. */
export function refusal(load: () => unknown): Error {
  try {
    load();
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error("expected the configuration to be refused");
}

/** The settings an "Invalid configuration" message lists, one per indented line. */
export function settingsNamedIn(error: Error): string[] {
  return [...new Set([...error.message.matchAll(/^ {2}([A-Z_]+)/gm)].map((match) => match[1] ?? ""))];
}
