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
