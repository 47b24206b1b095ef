import type { OrganizationKind } from '../organizations/organization-kind.js';

/**
 * Abbreviations of Vietnamese administration as written in articles and
 * notices, with the words they stand for. Matching tries a name as written,
 * with its abbreviations spelled out, and with its long forms abbreviated, so
 * "UBND huyện Bát Xát" finds "Ủy ban nhân dân huyện Bát Xát" and back.
 */
const ABBREVIATIONS: readonly (readonly [short: string, long: string])[] = [
  ['UBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['MTTQ', 'Mặt trận Tổ quốc'],
  ['BQL', 'Ban Quản lý'],
  ['BCĐ', 'Ban Chỉ đạo'],
  ['BCH', 'Bộ Chỉ huy'],
  ['BĐBP', 'Bộ đội Biên phòng'],
  ['KKT', 'Khu kinh tế'],
  ['KCN', 'Khu công nghiệp'],
  ['KH&ĐT', 'Kế hoạch và Đầu tư'],
  ['KHĐT', 'Kế hoạch và Đầu tư'],
  ['TN&MT', 'Tài nguyên và Môi trường'],
  ['TNMT', 'Tài nguyên và Môi trường'],
  ['GTVT', 'Giao thông vận tải'],
  ['GD&ĐT', 'Giáo dục và Đào tạo'],
  ['NN&PTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['LĐ-TB&XH', 'Lao động - Thương binh và Xã hội'],
  ['VH,TT&DL', 'Văn hóa, Thể thao và Du lịch'],
  ['TT&TT', 'Thông tin và Truyền thông'],
  ['KH&CN', 'Khoa học và Công nghệ'],
];

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A whole word: not inside a longer one ("KCN" but not "KCNX"); Vietnamese letters count as word characters.
const word = (text: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}&])${escape(text)}(?![\\p{L}\\p{N}&])`, 'giu');

/** "UBND tỉnh" → "Ủy ban nhân dân tỉnh". */
export function expandAbbreviations(name: string): string {
  return ABBREVIATIONS.reduce((text, [short, long]) => text.replace(word(short), long), name);
}

/** "Ủy ban nhân dân tỉnh" → "UBND tỉnh". */
export function abbreviate(name: string): string {
  return ABBREVIATIONS.reduce((text, [short, long]) => text.replace(word(long), short), name);
}

/** The forms of a name worth looking up, the name itself first, each once. */
export function nameVariants(name: string): string[] {
  const trimmed = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  return [...new Set([trimmed, expandAbbreviations(trimmed), abbreviate(trimmed)])].filter((v) => v !== '');
}

const KIND_PATTERNS: readonly (readonly [RegExp, OrganizationKind])[] = [
  [/^(Ủy ban nhân dân|UBND) (huyện|thị xã|thành phố|quận|thị trấn|xã|phường)/iu, 'district'],
  [/^(Ủy ban nhân dân|UBND)/iu, 'peoples_committee'],
  [/^(Hội đồng nhân dân|HĐND)/iu, 'peoples_council'],
  [
    /^(Tỉnh ủy|Thành ủy|Huyện ủy|Thị ủy|Đảng ủy|Ban Cán sự|Ban Thường vụ|Thường trực|Ban Tuyên giáo|Ban Tổ chức|Ủy ban Kiểm tra)/iu,
    'party_committee',
  ],
  [/^Sở /iu, 'department'],
  [/^(Ban Quản lý|BQL|Ban Chỉ đạo|Ban Chỉ huy)/iu, 'board'],
  [/^(Cục|Chi cục|Bộ Chỉ huy|Công an|Kho bạc|Ngân hàng Nhà nước|Bảo hiểm xã hội)/iu, 'agency'],
  [/^(Công ty|Tập đoàn|Tổng công ty|Doanh nghiệp)/iu, 'enterprise'],
];

/** A first guess at the kind of a body to create from its name; the secretariat can change it. */
export function guessOrganizationKind(name: string): OrganizationKind {
  return KIND_PATTERNS.find(([pattern]) => pattern.test(name.trim()))?.[1] ?? 'other';
}
