import { defineStrings } from "../i18n/define-strings.ts";
import { boardEn, boardZh } from "./strings-board.ts";
import { commonEn, commonZh } from "./strings-common.ts";
import { counterEn, counterZh } from "./strings-counter.ts";
import { setupEn, setupZh } from "./strings-setup.ts";

/** The supermarket pages' strings; keys start with "supermarket.". */
export const supermarketStrings = defineStrings(
  { ...commonZh, ...boardZh, ...counterZh, ...setupZh },
  { ...commonEn, ...boardEn, ...counterEn, ...setupEn },
);
