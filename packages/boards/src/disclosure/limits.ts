import type { PledgeTally } from "../pledges/board.ts";

/** Lists are cut to this many, newest first: a cheap phone loads a small page. */
export const PUBLIC_LIST_LIMIT = 50;

/** A year's pledges made and struck off, and the rate (null when none were made). */
export const publicRate = ({ made, struckOff }: PledgeTally) => ({
  made,
  struckOff,
  rate: made === 0 ? null : Math.round((struckOff / made) * 1000) / 1000,
});
export type PublicRate = ReturnType<typeof publicRate>;
