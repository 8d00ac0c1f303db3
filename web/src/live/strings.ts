import { defineStrings } from "../i18n/define-strings.ts";

/** The live pages' strings; keys start with "live.". */
export const liveStrings = defineStrings({}, {});
