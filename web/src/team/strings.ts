import { defineStrings } from "../i18n/define-strings.ts";

/** The team pages' strings; keys start with "team.". */
export const teamStrings = defineStrings({}, {});
