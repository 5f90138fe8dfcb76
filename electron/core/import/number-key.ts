// The one rule for comparing act numbers loosely, shared by batch import's duplicate check and the Pair dialog's
// proposals: "63/2020/NĐ-CP", "63/2020/nd-cp" and "63 / 2020 / ND-CP" are the same number.

/** An act number compared loosely: case, spaces and the Đ/D of transliterations do not matter. */
export const numberKey = (n: string): string => n.toUpperCase().replace(/Đ/gu, 'D').replace(/\s+/gu, '');
