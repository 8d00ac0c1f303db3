/** Reads `--name value` (or `--flag`) from a bench script's command line. */
export function argValue(name: string, argv: readonly string[] = process.argv.slice(2)): string | undefined {
  const index = argv.indexOf(`--${name}`);
  if (index < 0) return undefined;
  const next = argv[index + 1];
  return next === undefined || next.startsWith("--") ? "" : next;
}

/** A positive whole number from `--name`, or the fallback when it is absent. */
export function argNumber(name: string, fallback: number, argv?: readonly string[]): number {
  const raw = argValue(name, argv);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} wants a positive whole number`);
  return value;
}

/** True when `--name` is on the command line. */
export const argFlag = (name: string, argv?: readonly string[]): boolean =>
  argValue(name, argv) !== undefined;
