// Plain-text Vietnamese decrees of any length, in the shape the importer reads (head, chapters, articles of clauses
// and points, signature), for the main-thread benchmark and the export-cancel end-to-end test.
import { rng } from '../bench/search/generate-clauses';

const WORDS = [
  'cơ quan',
  'doanh nghiệp',
  'công nghiệp quốc phòng',
  'an ninh',
  'bí mật nhà nước',
  'kế hoạch',
  'động viên',
  'trách nhiệm',
  'báo cáo',
  'kiểm tra',
  'thẩm định',
  'hồ sơ',
  'sản phẩm',
  'năng lực',
  'kinh phí',
  'Bộ Quốc phòng',
  'Bộ Công an',
  'Ủy ban nhân dân cấp tỉnh',
  'thực hiện',
  'quy định',
  'phối hợp',
  'theo dõi',
  'đánh giá',
  'nghiệm thu',
];
const POINTS = ['a', 'b', 'c', 'd', 'đ', 'e'];

function sentence(rand: () => number, words: number): string {
  const parts = Array.from({ length: words }, () => WORDS[Math.floor(rand() * WORDS.length)] ?? '');
  const text = parts.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** One decree numbered `n`/2031 with `articles` articles of 2–4 clauses (some with points), 10 per chapter. */
export function generateDecree(n: number, articles: number, seed = n): string {
  const rand = rng(seed * 7919 + 1);
  const lines = [
    'CHÍNH PHỦ',
    `Số: ${String(n)}/2031/NĐ-CP`,
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    `Hà Nội, ngày ${String((n % 27) + 1)} tháng ${String((n % 12) + 1)} năm 2031`,
    'NGHỊ ĐỊNH',
    `QUY ĐỊNH CHI TIẾT VỀ ĐỘNG VIÊN CÔNG NGHIỆP SỐ ${String(n)}`,
    'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;',
    'Căn cứ Luật Công nghiệp quốc phòng, an ninh và động viên công nghiệp số 56/2024/QH15;',
    'Chính phủ ban hành Nghị định quy định chi tiết về động viên công nghiệp.',
  ];
  for (let a = 1; a <= articles; a++) {
    if (a % 10 === 1) {
      lines.push(`Chương ${String(Math.ceil(a / 10))}`, sentence(rand, 3).toUpperCase());
    }
    lines.push(`Điều ${String(a)}. ${sentence(rand, 3)}`);
    const clauses = 2 + Math.floor(rand() * 3);
    for (let c = 1; c <= clauses; c++) {
      const withPoints = rand() < 0.25;
      lines.push(`${String(c)}. ${sentence(rand, 12 + Math.floor(rand() * 20))}${withPoints ? ':' : '.'}`);
      if (withPoints) {
        const count = 2 + Math.floor(rand() * 3);
        for (let p = 0; p < count; p++) lines.push(`${POINTS[p] ?? 'a'}) ${sentence(rand, 8)};`);
      }
    }
  }
  lines.push('TM. CHÍNH PHỦ', 'THỦ TƯỚNG', 'Nguyễn Văn An');
  return `${lines.join('\n')}\n`;
}
