// Vietnamese texts with the structure kinds of real acts, written by the tests and imported through the core:
// parts, sections and sub-sections with footnotes (as in a consolidated text), and a Legal Code topic with
// source and related-article notes.

/** A law with parts (Phần), a sub-section (Tiểu mục) and endnotes [1], [2] attached to the provisions citing them. */
export const VI_PARTS = `QUỐC HỘI
Số: 12/2030/QH15
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 1 tháng 2 năm 2030

LUẬT
THỬ NGHIỆM CẤU TRÚC

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam[1];
Quốc hội ban hành Luật thử nghiệm cấu trúc.

PHẦN THỨ NHẤT
QUY ĐỊNH CHUNG

Chương I
PHẠM VI

Điều 1. Phạm vi điều chỉnh
Luật này quy định về thử nghiệm.

Mục 1
QUYỀN SỞ HỮU

Tiểu mục 1
QUYỀN CHIẾM HỮU

Điều 2. Chiếm hữu
1. Chiếm hữu là việc nắm giữ tài sản[2].
2. Người chiếm hữu có quyền.

PHẦN THỨ HAI
ĐIỀU KHOẢN THI HÀNH

Chương II
HIỆU LỰC

Điều 3. Hiệu lực thi hành
Luật này có hiệu lực từ ngày 1 tháng 1 năm 2031.

[1] Chú thích thứ nhất về căn cứ.
[2] Khoản này được sửa đổi theo Luật số 1/2031/QH15.
`;

/** A topic of the Legal Code (Bộ pháp điển): codified articles, each with its source note and related articles. */
export const VI_CODE = `Đề mục An ninh mạng

Chương I
NHỮNG QUY ĐỊNH CHUNG

Điều 1.11.LQ.1. Phạm vi điều chỉnh
(Điều 1 Luật số 24/2018/QH14 An ninh mạng ngày 12/06/2018 của Quốc hội, có hiệu lực thi hành kể từ ngày 01/01/2019)
Luật này quy định về hoạt động bảo vệ an ninh quốc gia.
(Điều này có nội dung liên quan đến Điều 1.1.LQ.1. Phạm vi điều chỉnh)

Điều 1.11.LQ.2. Giải thích từ ngữ
(Điều 2 Luật số 24/2018/QH14 An ninh mạng ngày 12/06/2018 của Quốc hội, có hiệu lực thi hành kể từ ngày 01/01/2019)
1. An ninh mạng là sự bảo đảm hoạt động trên không gian mạng.
2. Không gian mạng là mạng lưới kết nối.
`;
