import type { SupermarketDonor, SupermarketLine } from "@cobuild/boards";
import { useI18n } from "../i18n/i18n.tsx";

/** Translations of the supermarket's recurring phrases: donors, lines, categories, money. */
export function useLabels() {
  const { t, tOr, formatNumber } = useI18n();
  const line = (l: SupermarketLine): string =>
    t("supermarket.lineText", { name: l.name, quantity: formatNumber(l.quantity), unit: l.unitOfMeasure });
  return {
    donor: (donor: SupermarketDonor): string =>
      donor.kind === "anonymous" ? t("supermarket.donor.anonymousName") : donor.name,
    line,
    lines: (lines: readonly SupermarketLine[]): string => lines.map(line).join("、"),
    itemCategory: (category: string): string => tOr(`supermarket.itemCategory.${category}`, category),
    residentCategory: (category: string): string => tOr(`supermarket.residentCategory.${category}`, category),
    money: (amount: number): string => t("supermarket.money", { amount: formatNumber(amount) }),
  };
}
