/**
 * What the public disclosure site (公开栏) shows, each field copied by name from a board: nothing is
 * passed through, so a field added to a board later stays private until someone adds it here. No person
 * is named except a street cadre (named on the pledge by design), a member masked to the family name
 * ("张*"), and donors who gave their name; never a resident in need, a hand-out's recipient, a note or
 * a fulfilment's evidence (free text that may name the people helped).
 */

export * from "./community.ts";
export * from "./limits.ts";
export * from "./pledges.ts";
export * from "./supermarket.ts";
export * from "./teams.ts";
