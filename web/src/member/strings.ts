import { defineStrings } from "../i18n/define-strings.ts";

/** The member pages' strings; keys start with "member.". */
export const memberStrings = defineStrings({}, {});
