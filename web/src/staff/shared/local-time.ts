/** An instant ("2026-11-23T09:03:00.000Z") as this device's local "YYYY-MM-DD HH:mm"; unparsable text as is. */
export function localDateTime(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  const local = new Date(time.getTime() - time.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16).replace("T", " ");
}
