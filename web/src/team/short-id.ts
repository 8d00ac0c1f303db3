import { newId } from "../api.ts";

/**
 * A short id for a new team or post, readable in a URL (t-3f9a2c1e). Eight hex digits are plenty for
 * one community's teams and posts; a clash is refused by the domain (already exists), never merged.
 */
export const shortId = (prefix: string): string => `${prefix}-${newId().replaceAll("-", "").slice(0, 8)}`;
