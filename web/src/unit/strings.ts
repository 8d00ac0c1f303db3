import { defineStrings } from "../i18n/define-strings.ts";

/** The unit pages' strings; keys start with "unit.". */
export const unitStrings = defineStrings({}, {});
