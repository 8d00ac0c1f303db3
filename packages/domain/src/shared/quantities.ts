/**
 * Exact arithmetic for quantities (trees, kilograms, hours, yuan). Every quantity carries at most two
 * decimals (see `Quantity`), so sums and comparisons are done in whole hundredths: 0.1 + 0.2 is 0.3,
 * not 0.30000000000000004.
 */

/** A quantity as a whole number of hundredths. */
export const toHundredths = (quantity: number): number => Math.round(quantity * 100);

/** The exact sum of two quantities of at most two decimals each. */
export const addQuantities = (a: number, b: number): number => (toHundredths(a) + toHundredths(b)) / 100;

/** The exact difference a − b of two quantities of at most two decimals each. */
export const subtractQuantities = (a: number, b: number): number => (toHundredths(a) - toHundredths(b)) / 100;

/** Negative, zero or positive as a is below, equal to or above b, compared exactly. */
export const compareQuantities = (a: number, b: number): number => toHundredths(a) - toHundredths(b);
