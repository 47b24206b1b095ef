import { foldText, overlapsWords } from './folded-text.js';

/**
 * Abbreviations offices write for agencies and positions, folded, with what
 * they stand for. "tp" is left out on purpose: it is "thành phố" as often as
 * "trưởng phòng".
 */
const ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ['ubnd', 'uy ban nhan dan'],
  ['hdnd', 'hoi dong nhan dan'],
  ['ubkt', 'uy ban kiem tra'],
  ['bcs', 'ban can su'],
  ['bql', 'ban quan ly'],
  ['qlda', 'quan ly du an'],
  ['kcn', 'khu cong nghiep'],
  ['kkt', 'khu kinh te'],
  ['tn&mt', 'tai nguyen va moi truong'],
  ['tnmt', 'tai nguyen va moi truong'],
  ['kh&dt', 'ke hoach va dau tu'],
  ['khdt', 'ke hoach va dau tu'],
  ['nn&ptnt', 'nong nghiep va phat trien nong thon'],
  ['nnptnt', 'nong nghiep va phat trien nong thon'],
  ['ptnt', 'phat trien nong thon'],
  ['gtvt', 'giao thong van tai'],
  ['tt&tt', 'thong tin va truyen thong'],
  ['ldld', 'lien doan lao dong'],
  ['cty', 'cong ty'],
  ['dn', 'doanh nghiep'],
  ['mt', 'moi truong'],
  ['vp', 'van phong'],
  ['cvp', 'chanh van phong'],
  // "P. Quản lý DN", "UBND h. Chương Mỹ": the dot is gone once folded.
  ['p', 'phong'],
  ['h', 'huyen'],
];

const EXPANSIONS = new Map(ABBREVIATIONS);

/** An agency's or a position's name reduced to the words that identify it. */
export function canonicalAgencyName(name: string): string {
  const words = foldText(name)
    .replace(/\s*&\s*/g, '&')
    .split(' ')
    .flatMap((word) => (EXPANSIONS.get(word) ?? word).split(' '))
    // "các sở, ngành" is "sở, ngành".
    .filter((word) => word !== '' && word !== 'cac');
  // A trailing "tỉnh" says where the agency sits ("Sở Xây dựng tỉnh" is "Sở Xây dựng Quảng Ninh"), except in
  // "UBND tỉnh" and "HĐND tỉnh", where it is which council: not "UBND huyện".
  const last = words.length - 1;
  if (words[last] === 'tinh' && words[last - 1] !== 'dan') words.pop();
  return words.join(' ');
}

/** Provinces and centrally run cities, folded: a name ending in one says where the agency sits, not which it is. */
const PROVINCES: readonly string[] = [
  'an giang',
  'ba ria vung tau',
  'bac giang',
  'bac kan',
  'bac lieu',
  'bac ninh',
  'ben tre',
  'binh dinh',
  'binh duong',
  'binh phuoc',
  'binh thuan',
  'ca mau',
  'can tho',
  'cao bang',
  'da nang',
  'dak lak',
  'dak nong',
  'dien bien',
  'dong nai',
  'dong thap',
  'gia lai',
  'ha giang',
  'ha nam',
  'ha noi',
  'ha tinh',
  'hai duong',
  'hai phong',
  'hau giang',
  'hoa binh',
  'hung yen',
  'khanh hoa',
  'kien giang',
  'kon tum',
  'lai chau',
  'lam dong',
  'lang son',
  'lao cai',
  'long an',
  'nam dinh',
  'nghe an',
  'ninh binh',
  'ninh thuan',
  'phu tho',
  'phu yen',
  'quang binh',
  'quang nam',
  'quang ngai',
  'quang ninh',
  'quang tri',
  'soc trang',
  'son la',
  'tay ninh',
  'thai binh',
  'thai nguyen',
  'thanh hoa',
  'thua thien hue',
  'hue',
  'tien giang',
  'ho chi minh',
  'tra vinh',
  'tuyen quang',
  'vinh long',
  'vinh phuc',
  'yen bai',
];

/** Words before a place name that make it a district or a city, which is part of the agency's name. */
const LOCAL_UNITS = new Set(['pho', 'huyen', 'xa', 'quan', 'tran', 'phuong']);

/**
 * An agency's name reduced for an exact comparison: as canonicalAgencyName,
 * and a trailing province ("Sở Xây dựng tỉnh Lào Cai", "Báo Yên Bái") dropped
 * too — unless it names a city ("UBND thành phố Cần Thơ").
 */
export function exactAgencyName(name: string): string {
  let words = canonicalAgencyName(name).split(' ');
  for (const province of PROVINCES) {
    const tail = province.split(' ');
    const at = words.length - tail.length;
    if (at <= 0 || words.slice(at).join(' ') !== province || LOCAL_UNITS.has(words[at - 1])) continue;
    words = words.slice(0, at);
    if (words[words.length - 1] === 'tinh' && words[words.length - 2] !== 'dan') words.pop();
    break;
  }
  return words.join(' ');
}

/**
 * Whether two names are the same agency, strictly: equal once abbreviations
 * are spelled out and where it sits is dropped. Unlike sameAgency, a cut name
 * ("Công ty Cổ" for "Công ty Cổ phần Cấp nước Sóc Trăng") or a part of a list
 * ("UBND các huyện" for "UBND các huyện, thị xã, thành phố") is not it.
 * Used for the lead and cooperating agencies of directives.
 */
export function sameAgencyExactly(a: string, b: string): boolean {
  const [x, y] = [exactAgencyName(a), exactAgencyName(b)];
  return x !== '' && x === y;
}

/**
 * Whether two names can mean the same agency (or the same position): one contains the
 * other once abbreviations are spelled out and "tỉnh" is dropped, so
 * "Ban Quản lý Khu kinh tế" matches "BQL KKT tỉnh Lào Cai" and
 * "UBND thành phố Hạ Long" matches "Ủy ban nhân dân thành phố Hạ Long".
 */
export function sameAgency(a: string, b: string): boolean {
  // "Chủ tịch UBND tỉnh" sits inside "Phó Chủ tịch UBND tỉnh" but is another person.
  if (isDeputy(a) !== isDeputy(b)) return false;
  return overlapsWords(canonicalAgencyName(a), canonicalAgencyName(b));
}

/** Read before folding: "phó" (deputy) and "phố" (street, as in "thành phố") fold alike. */
function isDeputy(name: string): boolean {
  return /(^|[^\p{L}])(phó|ptb|pct|pgđ|pgd)(?![\p{L}])/iu.test(name.normalize('NFC'));
}

/**
 * Whether a position as found covers the expected one: every post of the
 * expected position ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh" has two) is
 * one of the found position's posts, compared as agencies are. Posts found
 * beyond those expected do no harm.
 */
export function samePosition(expected: string, found: string): boolean {
  const foundPosts = posts(found);
  const expectedPosts = posts(expected);
  return expectedPosts.length > 0 && expectedPosts.every((post) => foundPosts.some((other) => sameAgency(post, other)));
}

function posts(position: string): string[] {
  return position
    .split(/[,;]/)
    .map((post) => post.trim())
    .filter((post) => post !== '');
}
