/**
 * "Today" as the community counts it. The server says which time zone that is at login; until then (or
 * if it never does) the device's own zone is used. A wall screen left on past midnight moves on by
 * itself because the date is worked out each time it is asked for.
 */
let communityTimeZone: string | undefined;

export function setCommunityTimeZone(timeZone: string | undefined): void {
  communityTimeZone = timeZone;
}

/** Today's date in the community's time zone, as YYYY-MM-DD. */
export function communityToday(now: Date = new Date()): string {
  try {
    // en-CA formats dates as YYYY-MM-DD.
    return new Intl.DateTimeFormat("en-CA", { timeZone: communityTimeZone }).format(now);
  } catch {
    return new Intl.DateTimeFormat("en-CA").format(now);
  }
}

/** An instant as the community reads it on a clock: "YYYY-MM-DD HH:mm", in its time zone. */
export function communityTime(instant: string): string {
  const format = (timeZone: string | undefined) =>
    new Intl.DateTimeFormat("sv-SE", { timeZone, dateStyle: "short", timeStyle: "short" }).format(
      new Date(instant),
    );
  try {
    return format(communityTimeZone);
  } catch {
    return format(undefined);
  }
}
