import { defineStrings } from "../i18n/define-strings.ts";

/** The supermarket pages' strings; keys start with "supermarket.". */
export const supermarketStrings = defineStrings({}, {});
