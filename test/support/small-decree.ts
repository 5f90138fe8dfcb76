// The small Vietnamese decree the batch-import tests (core, handlers, renderer, e2e) import by the handful.

/** A small Vietnamese decree numbered `n`/2030 whose article carries the word `word`. */
export const smallDecree = (n: number, word: string): string =>
  [
    'CHÍNH PHỦ',
    `Số: ${n}/2030/NĐ-CP`,
    'Hà Nội, ngày 01 tháng 01 năm 2030',
    'NGHỊ ĐỊNH',
    `VỀ VIỆC THỨ ${n}`,
    'Căn cứ Luật Tổ chức Chính phủ;',
    'Điều 1. Phạm vi',
    `Nghị định này quy định về ${word}.`,
  ].join('\n');
