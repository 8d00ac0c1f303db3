/** A share from 0 to 1 as a whole percentage ("73%"), the way every figure on the boards shows it. */
export const percent = (share: number): string => `${Math.round(share * 100)}%`;
