/**
 * Word lists the rules share. Regex sources, matched with the "iu" flags, longest
 * alternatives first so "Phó Bí thư Thường trực" wins over "Phó Bí thư".
 */

/** Words a position starts with ("Phó" is read separately, before any of them). */
export const TITLE_WORDS = [
  'Bí thư Thường trực',
  'Bí thư',
  'Chủ tịch Thường trực',
  'Chủ tịch',
  'Tổng Giám đốc',
  'Giám đốc',
  'Chi cục trưởng',
  'Cục trưởng',
  'Vụ trưởng',
  'Viện trưởng',
  'Bộ trưởng',
  'Thứ trưởng',
  'Thủ tướng',
  'Chỉ huy trưởng',
  'Chính ủy',
  'Chính uỷ',
  'Tỉnh ủy viên',
  'Tỉnh uỷ viên',
  'Ủy viên',
  'Uỷ viên',
  'Chủ nhiệm',
  'Tổng Biên tập',
  'Hiệu trưởng',
  'Chánh án',
  'Chánh',
  'Trưởng',
  'Chuyên viên',
  'Kế toán trưởng',
  'Tổng Thư ký',
  'Thư ký',
  'Lãnh đạo',
  'Đại diện lãnh đạo',
  'Đại diện',
];

/** A title as the start of a position: "Phó Chủ tịch", "Trưởng", "Cục trưởng". */
export const TITLE_SOURCE = `(?:Phó\\s+)?(?:${TITLE_WORDS.map((w) => w.replace(/\s+/g, '\\s+')).join('|')})`;

/** What a title's holder heads, when the title names it: "Cục trưởng Hải quan tỉnh" → "Cục Hải quan tỉnh". */
export const TITLE_ORGANIZATION_PREFIX: Record<string, string> = {
  'cuc truong': 'Cục',
  'chi cuc truong': 'Chi cục',
  'vu truong': 'Vụ',
  'vien truong': 'Viện',
  'bo truong': 'Bộ',
  'thu truong': 'Bộ',
};

/** Titles that say membership, not leadership: the last choice when reading someone's organization. */
export const MEMBERSHIP_TITLES = /^(?:ủy viên|uỷ viên|tỉnh ủy viên|tỉnh uỷ viên|đại diện|lãnh đạo)/iu;

/** How people are addressed before their name or position. */
export const HONORIFIC_SOURCE = '(?:các\\s+đồng\\s+chí|đồng\\s+chí|đ\\/c|đ\\.c|ông|bà)';

/** Common Vietnamese family names: a two-syllable capitalized run is a name only when it starts with one. */
export const SURNAMES = new Set(
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly trinh dinh lam mai dao cao luong ha ta chu luu vuong truong doan to quach thai trieu kieu giang lo sung hau giang vang lu dam nong la khong phung than tang lai mac tong vien luc ninh hua au doan dong kim ton be ma thao giap tieu nghiem van khuat lang hoang quan'.split(
    ' ',
  ),
);

/** Capitalized first words of institutions and titles, never of a person's name (compared lowercase, with diacritics). */
export const NOT_NAME_START = new Set(
  'ban sở cục bộ văn ủy uỷ tỉnh huyện thành công trung khu hội phòng chi quốc chính nhà đảng mặt liên tổng viện kho ngân báo đài cửa cầu việt ubnd hđnd kcn bí phó chủ giám trưởng chánh thường đồng theo về tại với sáng chiều ngày tháng năm hải thủ thứ cùng các những phát kết tham dự trong sau trước đề yêu giao'.split(
    ' ',
  ),
);
