import type { AgencyMention } from './extraction-types.js';
import { fold } from './fold.js';

/**
 * Names of state bodies as written in Vietnamese texts: a head word ("Sở",
 * "Ban", "UBND", "Cục", "Bộ Chỉ huy", …) followed by capitalized words,
 * abbreviations, locality words ("tỉnh", "huyện Bát Xát") and the lowercase
 * syllables agency names are made of ("Kế hoạch", "quản lý", "Cán sự").
 * A verb ("cần", "chủ trì", "triển khai") ends the name.
 */
const HEAD =
  /(?<![\p{L}\p{N}])(?:Ban\s+Cán\s+sự\s+Đảng|Ban\s+Thường\s+vụ|Bộ\s+Chỉ\s+huy|Ủy\s+ban|Uỷ\s+ban|Hội\s+đồng|Tổng\s+cục|Chi\s+cục|Cục|Sở|sở|Ban|UBND|HĐND|Công\s+an|Văn\s+phòng|Tỉnh\s+ủy|Tỉnh\s+uỷ|Thành\s+ủy|Thành\s+uỷ|Huyện\s+ủy|Huyện\s+uỷ|Đảng\s+ủy|Thường\s+trực|Trung\s+tâm|Kho\s+bạc|Thanh\s+tra|Viện|Phòng|Đoàn|Mặt\s+trận|Liên\s+đoàn|Bệnh\s+viện|Ngân\s+hàng|Bảo\s+hiểm\s+xã\s+hội|Công\s+ty|Tổng\s+công\s+ty|Chi\s+nhánh|Trạm|Đài|Báo|Quỹ|Bộ|VP|P\.)(?![\p{L}\p{N}])/gu;

/** Heads that are a whole name alone ("Tỉnh ủy", "UBND"); any other head needs more words. */
const COMPLETE_HEADS = new Set(['tinh uy', 'thanh uy', 'huyen uy', 'ubnd', 'hdnd', 'dang uy', 'cong an', 'vp']);

/** Heads that need more words to name an agency (a head found by agencyTailAt never does). */
const HEAD_ONLY = new RegExp(`^(?:${HEAD.source.slice(HEAD.source.indexOf('(?:') + 3, HEAD.source.lastIndexOf(')(?!'))})$`, 'u');

const LOCALITY = new Set(['tỉnh', 'huyện', 'thị', 'xã', 'thành', 'phố', 'phường', 'quận', 'trấn', 'thôn', 'bản']);

const NAME_SYLLABLES = new Set(
  'hoạch tư chính dựng nghiệp triển nông thôn nguyên môi trường thông vận tải tế dục tạo động binh hội hóa hoá thao lịch vụ pháp tin truyền học nghệ lý quản sự dân nhân tộc phòng tra huy đội ủy uỷ an quan khẩu kinh thương mại bạc chấp hành ương đại cán đảng bộ trực chức giáo nội ngoại hợp nước lợi hàng không dịch công cửa đầu đất cảnh sát kiểm toán vệ sinh xúc tiến cao tốc kế thủy thuỷ sản lâm ninh phòng cháy chữa cháy nạn thiên tai cứu hộ dựng tài nhà đô hạ tầng phức khu'.split(
    ' ',
  ),
);

/**
 * Lowercase syllables that belong to a name only beside their partner ("công trình", "Phát thanh",
 * "chi nhánh"): alone, "trình" and "thanh" are verbs or adjectives more often than parts of a name.
 */
const NAME_PAIRS = new Set([
  'cong trinh',
  'phat thanh',
  'truyen hinh',
  'chi nhanh',
  'khu vuc',
  'quan trac',
  'quy dat',
  'tin dung',
  'bao ve',
  'bao hiem',
  'chinh sach',
  'ngan sach',
  'du an',
  'giao thong',
  'dan dung',
  'dai bieu',
  // "Công ty Cổ phần …", "Công ty trách nhiệm hữu hạn …", "Chi cục Trồng trọt và Bảo vệ thực vật".
  'co phan',
  'trach nhiem',
  'nhiem huu',
  'huu han',
  'thuc vat',
  'kiem soat',
  'benh tat',
  'thu y',
  'chan nuoi',
]);

/** Two syllables that make a verb: a name never ends with the first of them. */
const VERB_PAIRS = new Set(['trien khai', 'kiem tra', 'kiem soat', 'xay dung', 'quan ly', 'tong hop', 'dau tu', 'giao thong']);

const TOKEN = /[^\s,;:.()“”"!?]+|[,;:.()“”"!?]/gu;
// "UBND các huyện Long Phú, Trần Đề, Cù Lao Dung và thị xã Vĩnh Châu" is 18 tokens after its head.
const MAX_TOKENS = 22;

/** "… và UBND huyện X": a new agency starts, the list goes on rather than the name. */
function startsAgency(word: string, following: string): boolean {
  if (/^(?:Sở|Ban|UBND|HĐND|Cục|Bộ|Viện|Phòng)$/u.test(word)) return true;
  return /^(?:Công an|Văn phòng|Ủy ban|Uỷ ban|Trung tâm|Chi cục|Tổng cục|Kho bạc|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Thành ủy)$/u.test(
    `${word} ${following}`,
  );
}

export interface FoundAgency {
  name: string;
  start: number;
  end: number;
}

/** The agency whose name starts exactly at `start` in `text`, or null. */
export function agencyAt(text: string, start: number): FoundAgency | null {
  HEAD.lastIndex = start;
  const head = HEAD.exec(text);
  if (!head || head.index !== start) return null;
  return extend(text, start, start + head[0].length, head[0]);
}

/**
 * The rest of an agency's name after a title that already names its kind:
 * "Cục trưởng |Hải quan tỉnh", "Lãnh đạo ngành |Công thương tỉnh". Null when no word continues it.
 */
export function agencyTailAt(text: string, start: number): FoundAgency | null {
  if (!/^\p{Lu}/u.test(text.slice(start, start + 1))) return null;
  const first = /^\S+/u.exec(text.slice(start))?.[0].replace(/[,;:.()“”"!?]+$/u, '') ?? '';
  if (!first) return null;
  const found = extend(text, start, start + first.length, first);
  return found && found.end > start ? found : null;
}

/** Every agency named in `text` (offsets relative to it), left to right, not overlapping. */
export function findAgencies(text: string): FoundAgency[] {
  const found: FoundAgency[] = [];
  HEAD.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = HEAD.exec(text)) !== null) {
    const agency = extend(text, match.index, match.index + match[0].length, match[0]);
    if (agency) {
      found.push(agency);
      HEAD.lastIndex = Math.max(HEAD.lastIndex, agency.end);
    }
  }
  return found;
}

function extend(text: string, start: number, headEnd: number, head: string): FoundAgency | null {
  const window = text.slice(headEnd, Math.min(text.length, headEnd + 200));
  TOKEN.lastIndex = 0;
  const tokens: { value: string; end: number }[] = [];
  let match: RegExpExecArray | null;
  while ((match = TOKEN.exec(window)) !== null && tokens.length < MAX_TOKENS + 2) {
    tokens.push({ value: match[0], end: headEnd + match.index + match[0].length });
  }
  let end = headEnd;
  let taken = 0;
  let previous = head.split(/\s+/).pop() ?? '';
  const afterPeople = /^(?:UBND|HĐND|Ủy ban|Uỷ ban)/u.test(head);
  let plural = false;
  for (let i = 0; i < tokens.length && taken < MAX_TOKENS; i++) {
    const value = tokens[i].value;
    if (previous === 'các' && LOCALITY.has(value)) plural = true;
    const next = tokens[i + 1]?.value ?? '';
    let take = false;
    // "… thị xã Ngã Năm kiểm tra đê bao": a lowercase verb after a capitalized place starts the task.
    if (
      taken > 0 &&
      /^\p{Ll}/u.test(value) &&
      /^\p{Lu}/u.test(previous) &&
      VERB_PAIRS.has(fold(`${value} ${next}`)) &&
      !NAME_PAIRS.has(fold(`${previous} ${value}`))
    )
      break;
    if (/^\p{Lu}/u.test(value)) take = true;
    else if (/^\p{N}+$/u.test(value) && /^(?:số|Số)$/u.test(previous)) take = true;
    else if (LOCALITY.has(value) || NAME_SYLLABLES.has(value)) take = true;
    else if (NAME_PAIRS.has(fold(`${previous} ${value}`)) || NAME_PAIRS.has(fold(`${value} ${next}`))) take = true;
    else if (
      value === ',' &&
      plural &&
      /^\p{Lu}/u.test(previous) &&
      /^\p{Lu}/u.test(next) &&
      !startsAgency(next, tokens[i + 2]?.value ?? '')
    )
      // "UBND các huyện Ea Súp, Buôn Đôn, M'Drắk": after "các <huyện>", commas list the places.
      take = true;
    else if ((value === ',' || value === 'và') && plural && LOCALITY.has(next) && next !== 'tỉnh' && LOCALITY.has(previous))
      // "UBND các huyện, thị xã, thành phố", "UBND các xã, thị trấn": after "các", commas list the kinds of place.
      take = true;
    else if (value === 'và' && plural && LOCALITY.has(next) && next !== 'tỉnh')
      // "UBND các huyện Long Phú, Trần Đề và thị xã Vĩnh Châu": one more place of another kind.
      take = true;
    else if ((value === 'và' || value === '-' || value === '–') && /^\p{Lu}/u.test(next) && !startsAgency(next, tokens[i + 2]?.value ?? ''))
      take = true;
    else if (/^\p{Lu}/u.test(previous) && taken > 0 && next === 'và' && /^\p{Lu}/u.test(tokens[i + 2]?.value ?? ''))
      // "Dân dụng và Công nghiệp", "Kế hoạch và Đầu tư": a capitalized word's partner before "và" and the next part.
      take = true;
    else if (value === 'và' && taken > 0 && NAME_SYLLABLES.has(next) && NAME_SYLLABLES.has(tokens[i + 2]?.value ?? ''))
      // "Trung tâm Quan trắc tài nguyên và môi trường": lowercase words joined inside one name.
      take = true;
    else if (value === 'các' && afterPeople && taken === 0) take = true;
    else if (value === 'số' && /^\p{N}/u.test(next)) take = true;
    if (!take) {
      if (taken > 0 && VERB_PAIRS.has(fold(`${previous} ${value}`)) && !/^\p{Lu}/u.test(previous)) {
        end = tokens[i - 2]?.end ?? headEnd;
        taken--;
      }
      break;
    }
    end = tokens[i].end;
    previous = value;
    taken++;
  }
  let name = text.slice(start, end).replace(/\s+(?:và|-|–)$/u, '');
  name = name.replace(/\s+/g, ' ').trim();
  if (taken === 0 && !COMPLETE_HEADS.has(fold(head)) && HEAD_ONLY.test(head)) return null;
  return { name, start, end: start + text.slice(start, end).replace(/\s+(?:và|-|–)$/u, '').length };
}

// "Với Ban Quản lý … cần…" opens a sentence or a clause; "làm việc với UBND huyện" names a partner, not a lead.
const LEAD_BEFORE = /(?:(?:^|[\s,(])(?:giao\s+(?:cho\s+)?|đề\s+nghị\s+|yêu\s+cầu\s+|chỉ\s+đạo\s+)|(?:^|[,;:]\s*)(?:với|đối\s+với)\s+)$/iu;
const LEAD_AFTER =
  /^\s*(?:cần|chủ\s+trì|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|tham\s+mưu|khẩn\s+trương|phải|tiếp\s+tục|thực\s+hiện|chủ\s+động|tập\s+trung|sớm|rà\s+soát|hướng\s+dẫn|xây\s+dựng|nghiên\s+cứu|triển\s+khai|hoàn\s+thành|báo\s+cáo|kiểm\s+tra)\b/u;
const COOPERATION = /phối\s+hợp(?:\s+chặt\s+chẽ)?(?:\s+với)?\s+/giu;
const LIST_SEPARATOR = /^\s*(?:,|và|cùng|với)\s*/u;

/**
 * Addressees that are a kind of body rather than one of them: "các địa phương", "các sở, ngành",
 * "các tổ chức tín dụng". A directive may be given to them, and the secretariat picks the bodies.
 * "(các) ngành chức năng" is left out: it names no one a tracker could follow up with.
 */
const GROUP =
  /^(?:các\s+(?:địa\s+phương|sở(?:\s*,\s*ban)?(?:\s*,\s*ngành)?|ban(?:\s*,\s*ngành)?|ngành(?:\s*,\s*địa\s+phương)?(?:\s+chức\s+năng)?|đơn\s+vị|cơ\s+quan|tổ\s+chức\s+tín\s+dụng)|ngành\s+chức\s+năng)(?:\s+(?:có\s+)?liên\s+quan)?(?![\p{L}])/u;

/** A group of bodies ("các địa phương", "các sở, ngành", "ngành chức năng") starting exactly at `start`, or null. */
export function groupAt(text: string, start: number): FoundAgency | null {
  const group = GROUP.exec(text.slice(start, start + 80));
  return group ? { name: group[0].replace(/\s+/g, ' '), start, end: start + group[0].length } : null;
}

/** An agency, or a group of bodies ("các địa phương"), starting exactly at `start`. */
export function addresseeAt(text: string, start: number): FoundAgency | null {
  const agency = agencyAt(text, start);
  if (agency) return agency;
  return groupAt(text, start);
}

export interface DirectiveAgencies {
  lead: AgencyMention | null;
  leadConfidence: number;
  cooperating: AgencyMention[];
}

/** Agencies named one after another from `from`, joined by commas or "và": the list after "phối hợp với". */
function agencyList(text: string, from: number): FoundAgency[] {
  const out: FoundAgency[] = [];
  let at = from;
  for (let guard = 0; guard < 12; guard++) {
    const agency = addresseeAt(text, at);
    if (!agency) break;
    out.push(agency);
    const separator = LIST_SEPARATOR.exec(text.slice(agency.end, agency.end + 10));
    if (!separator) break;
    at = agency.end + separator[0].length;
  }
  return out;
}

/**
 * The lead agency of a directive and those it works with. Lead: the agency after
 * "giao/đề nghị/yêu cầu/chỉ đạo/Với", or before "cần/chủ trì/có trách nhiệm/tham
 * mưu…" (confidence 0.9); else the first agency named outside "phối hợp với…"
 * that is not the one reported to ("báo cáo UBND tỉnh", "trình Giám đốc Sở") (0.5).
 * Cooperating: the agencies listed right after "phối hợp (với)".
 */
export function directiveAgencies(text: string, offset: number): DirectiveAgencies {
  const cooperating: AgencyMention[] = [];
  const inCooperation: [number, number][] = [];
  COOPERATION.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = COOPERATION.exec(text)) !== null) {
    const from = match.index + match[0].length;
    const listed = agencyList(text, from);
    inCooperation.push([match.index, listed.length ? listed[listed.length - 1].end : from]);
    for (const agency of listed) cooperating.push(mention(agency, offset));
  }
  const outside = (a: FoundAgency) => !inCooperation.some(([s, e]) => a.start >= s && a.start < e);
  // "thành lập trung tâm xúc tiến đầu tư thuộc Sở Kế hoạch và Đầu tư": where the new unit belongs, not who leads the task.
  const agencies = findAgencies(text).filter((a) => outside(a) && !BELONGS_TO_BEFORE.test(text.slice(Math.max(0, a.start - 20), a.start)));
  for (const agency of agencies) {
    const before = text.slice(Math.max(0, agency.start - 20), agency.start);
    const after = text.slice(agency.end, agency.end + 40);
    if (LEAD_BEFORE.test(before) || LEAD_AFTER.test(after)) {
      // "Đề nghị UBND huyện chỉ đạo Phòng Tài chính …": the one told to see to it is not the one who does it.
      // A group ("chỉ đạo các tổ chức tín dụng") names no one to follow up with: the one steering it stays the lead.
      const relay = RELAY.exec(after);
      const doer = relay ? agencyAt(text, agency.end + relay[0].length) : null;
      return {
        lead: doer ? { ...mention(doer, offset), name: placedUnder(doer.name, agency.name) } : mention(agency, offset),
        leadConfidence: 0.9,
        cooperating,
      };
    }
  }
  // "đề nghị các địa phương không để…": a group addressed directly leads.
  const addressed = /(?:^|[\s,(])(?:giao\s+(?:cho\s+)?|đề\s+nghị\s+|yêu\s+cầu\s+|chỉ\s+đạo\s+)(?=các\s|ngành\s+chức\s+năng)/iu.exec(text);
  const group = addressed ? addresseeAt(text, addressed.index + addressed[0].length) : null;
  if (group && outside(group)) return { lead: mention(group, offset), leadConfidence: 0.9, cooperating };
  const first = agencies.find(
    (a) => !/^(?:Thường trực|Tỉnh ủy|Tỉnh uỷ)$/u.test(a.name) && !RECIPIENT_BEFORE.test(text.slice(Math.max(0, a.start - 20), a.start)),
  );
  return { lead: first ? mention(first, offset) : null, leadConfidence: first ? 0.5 : 0, cooperating };
}

const RELAY = /^\s*chỉ\s+đạo(?:\s+cho)?\s+/u;

/**
 * "Phòng Kinh tế thành phố" told through "UBND thành phố Bảo Lộc" is the Phòng Kinh tế of Bảo Lộc:
 * a name ending in a bare kind of place takes the place named by the body above it.
 */
export function placedUnder(name: string, above: string): string {
  const kind = /(?:^|\s)(thành phố|huyện|thị xã|quận)$/u.exec(name)?.[1];
  if (!kind) return name;
  const place = new RegExp(`(?:^|\\s)${kind}\\s+((?:\\p{Lu}\\S*)(?:\\s+\\p{Lu}\\S*)*)`, 'u').exec(above)?.[1];
  return place ? `${name} ${place}` : name;
}

const BELONGS_TO_BEFORE = /(?<![\p{L}])(?:trực\s+)?thuộc\s+$/iu;

/** The agency a result goes to is not the one doing the work. */
const RECIPIENT_BEFORE = /(?:báo\s+cáo|trình|gửi|về|cho|của|trước)\s+$/iu;

function mention(agency: FoundAgency, offset: number): AgencyMention {
  return { name: agency.name, span: { start: offset + agency.start, end: offset + agency.end } };
}
