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
  /(?<![\p{L}\p{N}])(?:Ban\s+Cán\s+sự\s+Đảng|Ban\s+Thường\s+vụ|Bộ\s+Chỉ\s+huy|Ủy\s+ban|Uỷ\s+ban|Hội\s+đồng|Tổng\s+cục|Chi\s+cục|Cục|Sở|sở|Ban|UBND|HĐND|Công\s+an|Văn\s+phòng|Tỉnh\s+ủy|Tỉnh\s+uỷ|Thành\s+ủy|Thành\s+uỷ|Huyện\s+ủy|Huyện\s+uỷ|Đảng\s+ủy|Thường\s+trực|Trung\s+tâm|Kho\s+bạc|Thanh\s+tra|Viện|Phòng|Đoàn|Mặt\s+trận|Liên\s+đoàn|Bệnh\s+viện|Ngân\s+hàng|Bảo\s+hiểm\s+xã\s+hội|Công\s+ty|Tổng\s+công\s+ty|Đài|Báo|Quỹ|Bộ)(?![\p{L}\p{N}])/gu;

/** Heads that are a whole name alone ("Tỉnh ủy", "UBND"); any other head needs more words. */
const COMPLETE_HEADS = new Set(['tinh uy', 'thanh uy', 'huyen uy', 'ubnd', 'hdnd', 'dang uy', 'cong an']);

/** Heads that need more words to name an agency (a head found by agencyTailAt never does). */
const HEAD_ONLY = new RegExp(`^(?:${HEAD.source.slice(HEAD.source.indexOf('(?:') + 3, HEAD.source.lastIndexOf(')(?!'))})$`, 'u');

const LOCALITY = new Set(['tỉnh', 'huyện', 'thị', 'xã', 'thành', 'phố', 'phường', 'quận', 'trấn', 'thôn', 'bản']);

const NAME_SYLLABLES = new Set(
  'hoạch tư chính dựng nghiệp triển nông thôn nguyên môi trường thông vận tải tế dục tạo động binh hội hóa hoá thao lịch vụ pháp tin truyền học nghệ lý quản sự dân nhân tộc phòng tra huy đội ủy uỷ an quan khẩu kinh thương mại bạc chấp hành ương đại biểu cán đảng bộ trực chức giáo nội ngoại hợp nước lợi hàng không dịch công cửa đầu đất cảnh sát kiểm toán vệ sinh xúc tiến cao tốc giao kế thủy thuỷ sản lâm ninh phòng cháy chữa cháy nạn thiên tai cứu hộ dựng tài nhà đô hạ tầng phức khu'.split(
    ' ',
  ),
);

/** Two syllables that make a verb: a name never ends with the first of them. */
const VERB_PAIRS = new Set(['trien khai', 'kiem tra', 'xay dung', 'quan ly', 'tong hop', 'dau tu', 'giao thong']);

const TOKEN = /[^\s,;:.()“”"!?]+|[,;:.()“”"!?]/gu;
const MAX_TOKENS = 14;

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
  for (let i = 0; i < tokens.length && taken < MAX_TOKENS; i++) {
    const value = tokens[i].value;
    const next = tokens[i + 1]?.value ?? '';
    let take = false;
    if (/^\p{Lu}/u.test(value)) take = true;
    else if (/^\p{N}+$/u.test(value) && /^(?:số|Số)$/u.test(previous)) take = true;
    else if (LOCALITY.has(value) || NAME_SYLLABLES.has(value)) take = true;
    else if ((value === 'và' || value === '-' || value === '–') && /^\p{Lu}/u.test(next) && !startsAgency(next, tokens[i + 2]?.value ?? ''))
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

const LEAD_BEFORE =
  /(?:^|[\s,(])(?:giao\s+(?:cho\s+)?|đề\s+nghị\s+|yêu\s+cầu\s+|chỉ\s+đạo\s+|với\s+|Với\s+|Giao\s+(?:cho\s+)?|Đề\s+nghị\s+|Yêu\s+cầu\s+)$/u;
const LEAD_AFTER =
  /^\s*(?:cần|chủ\s+trì|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|tham\s+mưu|khẩn\s+trương|phải|tiếp\s+tục|thực\s+hiện|chủ\s+động|tập\s+trung|sớm|rà\s+soát|hướng\s+dẫn|xây\s+dựng|nghiên\s+cứu|triển\s+khai|hoàn\s+thành|báo\s+cáo|kiểm\s+tra)\b/u;
const COOPERATION = /phối\s+hợp(?:\s+chặt\s+chẽ)?(?:\s+với)?\s+/giu;
const COOPERATION_END = /[;.]|\s(?:để|nhằm|trong|thực hiện|tổ chức|triển khai|xây dựng|hoàn thành|trước|rà soát|tham mưu|báo cáo)\s/u;

export interface DirectiveAgencies {
  lead: AgencyMention | null;
  leadConfidence: number;
  cooperating: AgencyMention[];
}

/**
 * The lead agency of a directive and those it works with. Lead: the agency after
 * "giao/đề nghị/yêu cầu/chỉ đạo/Với", or before "cần/chủ trì/có trách nhiệm/tham
 * mưu…" (confidence 0.9); else the first agency named outside "phối hợp với…"
 * (0.5). Cooperating: every agency in the "phối hợp với …" clause.
 */
export function directiveAgencies(text: string, offset: number): DirectiveAgencies {
  const cooperating: AgencyMention[] = [];
  const inCooperation: [number, number][] = [];
  COOPERATION.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = COOPERATION.exec(text)) !== null) {
    const from = match.index + match[0].length;
    const rest = text.slice(from, from + 400);
    const stop = rest.search(COOPERATION_END);
    const clause = stop < 0 ? rest : rest.slice(0, stop);
    inCooperation.push([match.index, from + clause.length]);
    for (const agency of findAgencies(clause)) {
      cooperating.push({ name: agency.name, span: { start: offset + from + agency.start, end: offset + from + agency.end } });
    }
  }
  const agencies = findAgencies(text).filter((a) => !inCooperation.some(([s, e]) => a.start >= s && a.start < e));
  for (const agency of agencies) {
    const before = text.slice(Math.max(0, agency.start - 20), agency.start);
    const after = text.slice(agency.end, agency.end + 40);
    if (LEAD_BEFORE.test(before) || LEAD_AFTER.test(after)) {
      return { lead: mention(agency, offset), leadConfidence: 0.9, cooperating };
    }
  }
  const first = agencies.find((a) => !/^(?:Thường trực|Tỉnh ủy|Tỉnh uỷ)$/u.test(a.name));
  return { lead: first ? mention(first, offset) : null, leadConfidence: first ? 0.5 : 0, cooperating };
}

function mention(agency: FoundAgency, offset: number): AgencyMention {
  return { name: agency.name, span: { start: offset + agency.start, end: offset + agency.end } };
}
