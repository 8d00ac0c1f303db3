import { defineStrings } from "../i18n/define-strings.ts";

/** The staff pages' strings; keys start with "staff.". */
export const staffStrings = defineStrings({}, {});
