// Deterministic generator of whole legal acts as plain-text files, shaped like real Vietnamese acts and their
// English translations (head, preamble, chapters, articles of clauses and points, signature), for the library
// benchmark. 20–60 articles each; a mix of decrees, circulars, decisions and laws; same seed, same files.
import { rng } from '../search/generate-clauses';

/** One generated act: its file text and what the importer should find in it. */
export interface GeneratedAct {
  fileName: string;
  text: string;
  language: 'vi' | 'en';
  number: string;
  articles: number;
  /** A word only this act uses (a project code), for the rare-word query class. */
  rareWord: string;
}

interface Kind {
  vi: string;
  en: string;
  suffix: string;
  issuerVi: string;
  issuerEn: string;
}

const KINDS: readonly Kind[] = [
  { vi: 'NGHỊ ĐỊNH', en: 'DECREE', suffix: 'NĐ-CP', issuerVi: 'CHÍNH PHỦ', issuerEn: 'THE GOVERNMENT' },
  {
    vi: 'THÔNG TƯ',
    en: 'CIRCULAR',
    suffix: 'TT-BCA',
    issuerVi: 'BỘ CÔNG AN',
    issuerEn: 'MINISTRY OF PUBLIC SECURITY',
  },
  {
    vi: 'QUYẾT ĐỊNH',
    en: 'DECISION',
    suffix: 'QĐ-TTg',
    issuerVi: 'THỦ TƯỚNG CHÍNH PHỦ',
    issuerEn: 'THE PRIME MINISTER',
  },
  {
    vi: 'THÔNG TƯ',
    en: 'CIRCULAR',
    suffix: 'TT-BQP',
    issuerVi: 'BỘ QUỐC PHÒNG',
    issuerEn: 'MINISTRY OF NATIONAL DEFENCE',
  },
];

const VI_TOPICS = [
  'quản lý vật liệu nổ công nghiệp',
  'bảo vệ bí mật nhà nước',
  'đầu tư phát triển công nghiệp an ninh',
  'quản lý đất quốc phòng',
  'đào tạo nhân lực chất lượng cao',
  'hợp tác quốc tế về khoa học công nghệ',
  'kiểm định chất lượng sản phẩm lưỡng dụng',
  'phòng cháy chữa cháy tại cơ sở sản xuất',
];
const EN_TOPICS = [
  'management of industrial explosives',
  'protection of state secrets',
  'investment in security industry development',
  'management of land for national defence',
  'training of high-quality personnel',
  'international cooperation in science and technology',
  'quality inspection of dual-use products',
  'fire prevention at production establishments',
];
const VI_SUBJECTS = [
  'Bộ Công an',
  'Bộ Quốc phòng',
  'Ủy ban nhân dân cấp tỉnh',
  'Cơ sở công nghiệp an ninh',
  'Bộ Tài chính',
  'Tổ chức, cá nhân có liên quan',
  'Doanh nghiệp nhà nước',
];
const VI_VERBS = [
  'chủ trì quản lý',
  'không được tiết lộ',
  'có trách nhiệm kiểm tra',
  'bố trí kinh phí cho',
  'báo cáo định kỳ về',
];
const VI_OBJECTS = [
  'đất quốc phòng, an ninh',
  'sản phẩm an ninh chuyên dụng',
  'bí mật nhà nước về công nghiệp an ninh',
  'vật tư kỹ thuật và trang bị',
  'nguồn vốn đầu tư phát triển',
  'chương trình hợp tác quốc tế',
  'hồ sơ cấp giấy phép hoạt động',
  'kết quả nghiên cứu khoa học',
];
const VI_TAILS = [
  'theo quy định của pháp luật',
  'trong thời hạn 30 ngày kể từ ngày nhận hồ sơ',
  'trừ trường hợp luật có quy định khác',
  'bảo đảm an toàn, tiết kiệm và hiệu quả',
  'trên địa bàn quản lý',
];
const EN_SUBJECTS = [
  'The Ministry of Public Security',
  'The Ministry of National Defence',
  'Provincial People’s Committees',
  'Security industry establishments',
  'The Ministry of Finance',
  'Relevant organizations and individuals',
  'State-owned enterprises',
];
const EN_VERBS = [
  'shall manage',
  'shall not disclose',
  'shall inspect',
  'shall allocate funds for',
  'shall report on',
];
const EN_OBJECTS = [
  'land for national defence and security',
  'specialized security products',
  'state secrets about security industry',
  'technical supplies and equipment',
  'investment capital for development',
  'international cooperation programs',
  'applications for operating licences',
  'results of scientific research',
];
const EN_TAILS = [
  'in accordance with the law',
  'within 30 days from the date of receipt of the application',
  'unless otherwise provided by law',
  'ensuring safety, thrift and efficiency',
  'within their localities',
];
const VI_HEADINGS = [
  'Phạm vi điều chỉnh',
  'Đối tượng áp dụng',
  'Giải thích từ ngữ',
  'Nguyên tắc quản lý',
  'Trách nhiệm thi hành',
  'Hồ sơ đề nghị',
  'Kinh phí thực hiện',
  'Kiểm tra, thanh tra',
];
const EN_HEADINGS = [
  'Scope',
  'Subjects of application',
  'Interpretation of terms',
  'Management principles',
  'Implementation responsibilities',
  'Application dossiers',
  'Funding',
  'Inspection',
];
const LETTERS_VI = ['a', 'b', 'c', 'd', 'đ', 'e', 'g'];
const LETTERS_EN = ['a', 'b', 'c', 'd', 'dd', 'e', 'g'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

/** Generate `count` acts; about two in three are Vietnamese, the rest English translations of their own. */
export function generateActs(count: number, seed = 2031): GeneratedAct[] {
  const rand = rng(seed);
  return Array.from({ length: count }, (_, i) => generateAct(rand, i + 1));
}

function generateAct(rand: () => number, n: number): GeneratedAct {
  const language = n % 3 === 0 ? 'en' : 'vi';
  const kind = KINDS[n % KINDS.length] as Kind;
  const year = 2026 + (n % 6);
  const number = `${n}/${year}/${language === 'vi' ? kind.suffix : kind.suffix.replace('Đ', 'D')}`;
  const articles = 20 + Math.floor(rand() * 41);
  const rareWord = `DA${(n * 7919).toString(36).toUpperCase()}`;
  const vi = language === 'vi';
  const topicIndex = Math.floor(rand() * VI_TOPICS.length);
  const lines: string[] = vi
    ? [
        kind.issuerVi,
        `Số: ${number}`,
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        `Hà Nội, ngày ${(n % 27) + 1} tháng ${(n % 12) + 1} năm ${year}`,
        kind.vi,
        `VỀ ${(VI_TOPICS[topicIndex] ?? '').toUpperCase()}`,
        'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;',
        'Căn cứ Luật Công nghiệp quốc phòng, an ninh và động viên công nghiệp ngày 27 tháng 6 năm 2024;',
        `${kind.issuerVi.charAt(0)}${kind.issuerVi.slice(1).toLowerCase()} ban hành ${kind.vi.toLowerCase()} về ${VI_TOPICS[topicIndex] ?? ''}.`,
      ]
    : [
        kind.issuerEn,
        `No. ${number}`,
        'SOCIALIST REPUBLIC OF VIETNAM',
        'Independence - Freedom - Happiness',
        `Hanoi, March ${(n % 27) + 1}, ${year}`,
        kind.en,
        `ON ${(EN_TOPICS[topicIndex] ?? '').toUpperCase()}`,
        'Pursuant to the Law on Government Organization dated June 19, 2015;',
        'Pursuant to the Law on Defence and Security Industry and Industrial Mobilization dated June 27, 2024;',
        `The ${kind.en.toLowerCase()} on ${EN_TOPICS[topicIndex] ?? ''} is hereby promulgated.`,
      ];
  const perChapter = 8 + Math.floor(rand() * 8);
  for (let a = 1; a <= articles; a++) {
    if ((a - 1) % perChapter === 0) {
      const c = Math.floor((a - 1) / perChapter);
      lines.push(`${vi ? 'Chương' : 'Chapter'} ${ROMAN[c] ?? String(c + 1)}`);
      lines.push(vi ? `QUY ĐỊNH NHÓM ${c + 1}` : `PROVISIONS OF PART ${c + 1}`);
    }
    const heading = pick(rand, vi ? VI_HEADINGS : EN_HEADINGS);
    lines.push(vi ? `Điều ${a}. ${heading}` : `Article ${a}. ${heading}`);
    const clauses = 1 + Math.floor(rand() * 5);
    for (let c = 1; c <= clauses; c++) {
      const withPoints = rand() < 0.3;
      lines.push(
        `${c}. ${sentence(rand, vi, a === 3 && c === 1 ? rareWord : null)}${withPoints ? ':' : '.'}`,
      );
      if (!withPoints) continue;
      const points = 2 + Math.floor(rand() * 4);
      for (let p = 0; p < points; p++) {
        const letter = (vi ? LETTERS_VI : LETTERS_EN)[p] ?? 'h';
        lines.push(`${letter}) ${sentence(rand, vi, null)}${p === points - 1 ? '.' : ';'}`);
      }
    }
  }
  const last = lines.pop() ?? '';
  lines.push(`${last.replace(/[.;:]$/u, '')}./.`);
  lines.push(
    ...(vi
      ? ['TM. CHÍNH PHỦ', 'THỦ TƯỚNG', 'Nguyễn Văn An']
      : ['ON BEHALF OF THE GOVERNMENT', 'PRIME MINISTER', 'Nguyen Van An']),
  );
  return {
    fileName: `act-${String(n).padStart(4, '0')}-${language}.txt`,
    text: lines.join('\n'),
    language,
    number,
    articles,
    rareWord,
  };
}

function sentence(rand: () => number, vi: boolean, rare: string | null): string {
  const code = rare === null ? '' : vi ? ` thuộc dự án ${rare}` : ` under project ${rare}`;
  return vi
    ? `${pick(rand, VI_SUBJECTS)} ${pick(rand, VI_VERBS)} ${pick(rand, VI_OBJECTS)}${code} ${pick(rand, VI_TAILS)}`
    : `${pick(rand, EN_SUBJECTS)} ${pick(rand, EN_VERBS)} ${pick(rand, EN_OBJECTS)}${code} ${pick(rand, EN_TAILS)}`;
}
