import { addresseeAt, agencyAt, directiveAgencies, findAgencies, groupAt } from './agencies.js';
import type { CalendarDate } from './calendar.js';
import { findDeadline } from './deadlines.js';
import { ENDORSEMENT, dropEndorsed } from './endorsements.js';
import type { AgencyMention, ExtractedDirective, ExtractedSpeech } from './extraction-types.js';
import { fold, tidy } from './fold.js';
import { type Paragraph, sentences } from './segment.js';

/**
 * The directives: imperative items in what the chair concludes and the leaders
 * direct. Read from the paragraphs of "direction" and "conclusion" speeches, or,
 * in a text without speeches (a Thông báo kết luận), from the whole body.
 *
 * A sentence gives a directive when it carries an imperative ("đề nghị", "yêu
 * cầu", "giao", "chỉ đạo", "cần", "nhất trí với đề xuất", "<Agency> chủ trì…")
 * or starts with an action verb ("Rà soát…", "1. Hoàn thành…", "Với X, rà
 * soát…"). A sentence with several tasks joined by ";" gives one directive per
 * part that has its own verb; a part without one stays with the part before.
 * A task a later speech endorses is kept once, as the later speech says it
 * (endorsements.ts).
 *
 * Confidence: 0.6, +0.15 for an explicit imperative, +0.1 when said in a
 * direction or conclusion (or as a numbered item of a notice), +0.1 when the
 * lead agency is named by a pattern; capped at 0.95.
 */
// "giao" gives a task only when someone or something follows: not in "Sở Giao thông", "vốn giao,", "giao dịch".
const PRE_OBJECT =
  '(?:đề\\s+nghị|yêu\\s+cầu|giao(?!\\s+(?:thông|dịch|lưu|thương|tiếp|nhận|ban|hàng|thoa)(?![\\p{L}]))(?=\\s+\\p{L})(?:\\s+cho)?|chỉ\\s+đạo|cần(?!\\s+thiết)|phải|thống\\s+nhất\\s+với\\s+(?:đề\\s+xuất|ý\\s+kiến)|nhất\\s+trí\\s+với\\s+(?:đề\\s+xuất|ý\\s+kiến)|đồng\\s+ý\\s+với\\s+(?:đề\\s+xuất|ý\\s+kiến)|đồng\\s+thuận\\s+với\\s+(?:đề\\s+xuất|ý\\s+kiến))';
const POST_SUBJECT = '(?:chủ\\s+trì|có\\s+trách\\s+nhiệm|chịu\\s+trách\\s+nhiệm|khẩn\\s+trương|tham\\s+mưu)';
const TRIGGER = new RegExp(`(?<![\\p{L}])(?:(${PRE_OBJECT})|(${POST_SUBJECT}))(?![\\p{L}])`, 'giu');
// "công tác lãnh đạo, chỉ đạo", "phát biểu chỉ đạo", "chưa đạt yêu cầu": the word names an act, it gives no task.
const NOUN_BEFORE = /(?:những|các|theo|đáp\s+ứng|ứng|của|nội\s+dung|là|lãnh\s+đạo,?|phát\s+biểu|đạt|được|bàn|chuyển|đã)\s*$/iu;
const NOUN_AFTER = /^\s*(?:của|đã|trên|tại\s+cuộc|,|(?:cuộc|buổi)\s|hội\s+nghị|đoàn\s)/iu;
const ACTIONS =
  'rà\\s+soát|thanh\\s+tra|kiểm\\s+tra|giám\\s+sát|tham\\s+mưu|hoàn\\s+thiện|hoàn\\s+thành|hoàn\\s+tất|làm\\s+tốt|làm\\s+rõ|giải\\s+quyết|khai\\s+thác|triển\\s+khai|xây\\s+dựng|thực\\s+hiện|tổ\\s+chức|đẩy\\s+mạnh|tăng\\s+cường|nâng\\s+cao|bảo\\s+đảm|đảm\\s+bảo|xử\\s+lý|thu\\s+hồi|hướng\\s+dẫn|hỗ\\s+trợ|ban\\s+hành|lập|xem\\s+xét|nghiên\\s+cứu|đề\\s+xuất|điều\\s+chỉnh|kết\\s+nối|chuẩn\\s+bị|cập\\s+nhật|quản\\s+lý|theo\\s+dõi|đôn\\s+đốc|giải\\s+ngân|bố\\s+trí|ưu\\s+tiên|chủ\\s+động|tập\\s+trung|thành\\s+lập|phân\\s+công|tuyên\\s+truyền|vận\\s+động|di\\s+chuyển|thúc\\s+đẩy|cải\\s+thiện|khắc\\s+phục|bổ\\s+sung|sửa\\s+đổi|trình|tổng\\s+hợp|tiếp\\s+nhận|duy\\s+trì|nắm\\s+bắt|đánh\\s+giá|kiện\\s+toàn|phát\\s+huy|quan\\s+tâm|huy\\s+động|khẩn\\s+trương|tiếp\\s+tục|sớm|phối\\s+hợp|báo\\s+cáo|chỉ\\s+đạo|nghiêm\\s+túc|kiên\\s+quyết|phấn\\s+đấu|cung\\s+cấp|bàn\\s+giao|thẩm\\s+định|phê\\s+duyệt|tạo\\s+điều\\s+kiện|thu\\s+hút|nêu\\s+cao|bám\\s+sát|cân\\s+đối|giao|chủ\\s+trì|tính\\s+đến|rút\\s+kinh\\s+nghiệm|công\\s+khai';
const ACTION_START = new RegExp(`^(?:${ACTIONS})(?![\\p{L}])`, 'iu');
const ITEM = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|[-+•*–])\s*/u;
const INTRO =
  /^(?:(?:với|đối\s+với|về|riêng|trong\s+đó|đồng\s+thời|ngoài\s+ra|trước\s+mắt|thời\s+gian\s+tới)(?![\p{L}])[^,:;]{0,100}[,:]\s*)/iu;
const INTRO_WITH_TASK = /(?<![\p{L}])(?:cần|phải|chủ\s+trì|tham\s+mưu|đề\s+nghị|yêu\s+cầu|giao)(?![\p{L}])/iu;
const CONNECTOR = /^(?:và|đồng\s+thời|,|-)\s+/iu;
const MAX_DIRECTIVES = 200;

interface Part {
  start: number;
  end: number;
  text: string;
}

export function findDirectives(paragraphs: Paragraph[], speeches: ExtractedSpeech[], reference: CalendarDate | null): ExtractedDirective[] {
  const directing = speeches
    .map((speech, index) => ({ speech, index }))
    .filter(({ speech }) => speech.kind === 'direction' || speech.kind === 'conclusion');
  const noticeMode = directing.length === 0;
  const out: ExtractedDirective[] = [];
  /** For each directive of `out`, whether its sentence endorses an earlier speaker's idea ("đồng thuận với ý kiến …"). */
  const endorsing: boolean[] = [];
  const seen = new Set<string>();
  let previousLead = null as { lead: AgencyMention; speech: number | null } | null;
  let headingLead: AgencyMention | null = null;

  let assessing = false;
  for (const paragraph of paragraphs) {
    if (paragraph.caption || out.length >= MAX_DIRECTIVES) continue;
    // Signature blocks and letterheads ("THƯ KÝ   CHỦ TRÌ") are all capitals; no task is written so.
    if (!/\p{Ll}/u.test(paragraph.text)) continue;
    let speechIndex: number | null = null;
    if (!noticeMode) {
      const owner = directing.find(({ speech }) => paragraph.start >= speech.span.start && paragraph.start < speech.span.end);
      if (!owner) continue;
      speechIndex = owner.index;
    }
    const item = ITEM.exec(paragraph.text);
    const numbered = item !== null && /^\d/u.test(item[0]);
    if (numbered) {
      headingLead = null;
      assessing = false;
    }
    const heading = sectionHeading(paragraph.text);
    if (heading) {
      // "1. Đánh giá chung": what follows up to the next numbered section describes, it does not direct.
      assessing = heading === 'assessment';
      continue;
    }
    if (assessing) continue;
    /** The last directive this paragraph gave: a list item's further sentences describe it. */
    let itemDirective: number | null = null;
    for (const sentence of sentences(paragraph, 0)) {
      const parts = splitTasks(sentence);
      let sentenceLead: AgencyMention | null = null;
      let sentenceTask = false;
      for (const [partIndex, part] of parts.entries()) {
        const read = readPart(part, item !== null && sentence.start === paragraph.start);
        if (!read) continue;
        sentenceTask = true;
        const agencies = directiveAgencies(part.text.slice(read.taskStart), part.start + read.taskStart);
        let lead = agencies.lead;
        let leadConfidence = agencies.leadConfidence;
        // A later part of a sentence goes on with the sentence's lead; only a task that says it continues
        // ("Với các khu công nghiệp, rà soát…") takes the lead of the sentence before.
        if (!lead && (read.inherits || partIndex > 0) && (sentenceLead || previousLead)) {
          const fromBefore = read.inherits && previousLead && previousLead.speech === speechIndex ? previousLead.lead : null;
          lead = partIndex > 0 && sentenceLead ? sentenceLead : fromBefore;
          leadConfidence = lead ? 0.6 : 0;
        }
        if (read.subjectLead || read.personSubject) {
          // A task given to a person by name ("đ/c Hạnh chuẩn bị…") has no lead agency; the agencies it names are partners.
          lead = read.subjectLead;
          leadConfidence = read.subjectLead ? 0.9 : 1;
        }
        if (headingLead && item && leadConfidence < 0.9) {
          lead = headingLead;
          leadConfidence = 0.7;
        }
        if (read.heading) {
          if (lead) headingLead = lead;
          continue;
        }
        const key = fold(read.title);
        if (key.length < 6 || seen.has(key)) continue;
        seen.add(key);
        const deadline = findDeadline(part.text, reference);
        let confidence = 0.6 + (read.explicit ? 0.15 : 0) + (!noticeMode || item ? 0.1 : 0) + (leadConfidence >= 0.9 ? 0.1 : 0);
        confidence = Math.min(0.95, confidence);
        out.push({
          title: read.title,
          description: leftOut(read.titleSource, read.title),
          lead,
          cooperating: agencies.cooperating,
          dueDate: deadline?.dueDate ?? null,
          dueText: deadline?.text ?? null,
          dueSpan: deadline ? { start: part.start + deadline.start, end: part.start + deadline.end } : null,
          sourceSpeechIndex: speechIndex,
          span: { start: part.start, end: part.end },
          confidence: Math.round(confidence * 100) / 100,
        });
        const endorsement = ENDORSEMENT.exec(part.text);
        endorsing.push(endorsement !== null && endorsement.index <= read.taskStart);
        itemDirective = item !== null ? out.length - 1 : null;
        if (lead) {
          sentenceLead = sentenceLead ?? lead;
          previousLead = { lead, speech: speechIndex };
        }
      }
      // "a) Sở Y tế chủ trì rà soát… Kết quả gửi về Văn phòng trước ngày 20/8." The item's next sentence says more.
      if (!sentenceTask && itemDirective !== null) {
        const directive = out[itemDirective];
        directive.description = [directive.description, tidy(sentence.text)].filter(Boolean).join(' ');
        directive.span = { start: directive.span.start, end: sentence.end };
      }
    }
  }
  return dropEndorsed(out, endorsing);
}

/** Parts of a sentence joined by ";", each with its own verb; a part without one stays with the one before. */
function splitTasks(sentence: { start: number; end: number; text: string }): Part[] {
  const parts: Part[] = [];
  let from = 0;
  const text = sentence.text;
  for (let guard = 0; guard < 50 && from <= text.length; guard++) {
    let end = text.indexOf(';', from);
    if (end < 0) end = text.length;
    const raw = text.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const value = raw.trim();
    if (value) {
      const part = { start: sentence.start + from + lead, end: sentence.start + from + lead + value.length, text: value };
      if (parts.length > 0 && !hasOwnVerb(value)) {
        const last = parts[parts.length - 1];
        last.end = part.end;
        last.text = text.slice(last.start - sentence.start, last.end - sentence.start);
      } else parts.push(part);
    }
    if (end >= text.length) break;
    from = end + 1;
  }
  return parts;
}

function hasOwnVerb(text: string): boolean {
  let rest = text.replace(CONNECTOR, '');
  const agency = agencyAt(rest, 0);
  if (agency) rest = rest.slice(agency.end).trimStart();
  if (ACTION_START.test(rest)) return true;
  return new RegExp(`^${PRE_OBJECT}(?![\\p{L}])`, 'iu').test(rest);
}

interface ReadPart {
  title: string;
  /** The words the title was made from: what it leaves out of them goes to the description. */
  titleSource: string;
  explicit: boolean;
  /** "Với các khu công nghiệp, rà soát…": the task continues the previous directive's lead. */
  inherits: boolean;
  /** A numbered heading ending with ":" ("2. Giao Sở Tài chính:"): gives its lead to the items below. */
  heading: boolean;
  /** Where the task starts in the part: agencies before it (the speaker's) are not the lead. */
  taskStart: number;
  /** "UBND các huyện … rà soát…": the agency the item opens with does the task. */
  subjectLead: AgencyMention | null;
  /** The task is given to a person by name. */
  personSubject?: boolean;
}

const ASSESSMENT_HEADING = /^(?:đánh\s+giá|nhận\s+xét|tình\s+hình|kết\s+quả|ưu\s+điểm|hạn\s+chế|tồn\s+tại)(?![\p{L}])/iu;

/**
 * A numbered section title of a notice ("1. Đánh giá chung", "2. Nhiệm vụ trong thời gian tới"):
 * short, no final punctuation, no imperative. "assessment" when the section describes results.
 */
function sectionHeading(text: string): 'assessment' | 'other' | null {
  const item = /^(?:[IVX]{1,4}|\d{1,2})[.)]\s*/u.exec(text);
  if (!item) return null;
  const rest = text.slice(item[0].length).trim();
  if (rest.length === 0 || rest.length > 80 || /[.;:,]$/u.test(rest) || findTrigger(rest)) return null;
  return ASSESSMENT_HEADING.test(rest) ? 'assessment' : 'other';
}

const PERSON_SUBJECT = /^(?:đồng\s+chí|đ\/c)\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3}\s+/u;

function readPart(part: Part, isItem: boolean): ReadPart | null {
  const text = part.text.replace(ITEM, '');
  const offset = part.text.length - text.length;
  const heading = /:$/u.test(text) && text.length < 200;
  const intro = INTRO.exec(text);
  const usableIntro = intro && !INTRO_WITH_TASK.test(intro[0]) ? intro[0] : '';
  const task = text.slice(usableIntro.length);
  const trigger = findTrigger(text);
  const subject = subjectTask(text, isItem, trigger);
  if (subject) {
    return {
      title: titleOf(text.slice(subject.taskAt)),
      titleSource: text.slice(subject.taskAt),
      explicit: true,
      inherits: false,
      heading,
      taskStart: offset + subject.taskAt,
      personSubject: subject.lead === null,
      subjectLead: subject.lead
        ? {
            name: subject.lead.name,
            span: { start: part.start + offset + subject.lead.start, end: part.start + offset + subject.lead.end },
          }
        : null,
    };
  }
  if (ACTION_START.test(task) && !(trigger && trigger.index === 0)) {
    const introAgency = usableIntro ? agencyAt(usableIntro.replace(/^(?:với|đối\s+với)\s+/iu, ''), 0) : null;
    return {
      title: titleOf(task),
      titleSource: task,
      explicit: isItem,
      inherits: usableIntro !== '' && !introAgency,
      heading,
      taskStart: offset + usableIntro.length,
      subjectLead: null,
    };
  }
  if (!trigger) return null;
  let rest = trigger.post ? text.slice(trigger.index) : text.slice(trigger.index + trigger.length);
  rest = rest.trimStart();
  if (!trigger.post) {
    const agency = agencyAt(rest, 0);
    if (agency) rest = rest.slice(agency.end).trimStart();
    rest = rest.replace(/^(?:cần|phải|cho)\s+/iu, '');
    rest = rest.replace(new RegExp(`^${PRE_OBJECT}\\s+`, 'iu'), '');
    // "đề nghị Ban Cán sự chỉ đạo các ngành rà soát…", "yêu cầu ngành chức năng sớm tham mưu…": a group of bodies
    // is the lead or is steered by it; the lead column names it, the title starts with the task.
    const group = groupAt(rest, 0);
    if (group && /^\s+(?:cần\s+|phải\s+)?\p{Ll}/u.test(rest.slice(group.end)))
      rest = rest
        .slice(group.end)
        .trimStart()
        .replace(/^(?:cần|phải)\s+/iu, '');
    // "đồng ý với ý kiến một số ngành là cần tập trung…": the task is what follows "cần".
    const inner = /^[^,;]{0,80}?\s(?:là\s+)?(?:cần|phải)\s+/iu.exec(rest);
    if (inner && /với\s+(?:ý\s+kiến|đề\s+xuất)$/iu.test(text.slice(trigger.index, trigger.index + trigger.length)))
      rest = rest.slice(inner[0].length);
  }
  const title = titleOf(rest);
  if (!title) return null;
  // "Đối với các khu công nghiệp, phải rà soát…": the task goes on with the lead of the one before.
  const afterIntro =
    intro !== null &&
    trigger.index === intro[0].length &&
    /^(?:cần|phải)$/iu.test(trigger.word) &&
    !agencyAt(intro[0].replace(/^(?:với|đối\s+với)\s+/iu, ''), 0);
  return {
    title,
    titleSource: rest,
    explicit: true,
    inherits: afterIntro,
    heading,
    taskStart: offset + (trigger.post ? 0 : /^(?:cần|phải)$/iu.test(trigger.word) ? subjectStart(text, trigger.index) : trigger.index),
    subjectLead: null,
  };
}

/**
 * A task written subject first, without "đề nghị" or "cần": "UBND các huyện … rà soát, thống kê…",
 * "- VP tổng hợp lịch…", "- đ/c Hạnh chuẩn bị…". The verb must be an action, or, in a list item,
 * any lowercase word (typed notes use verbs of their own: "làm VB", "bc"). Where an imperative
 * follows the subject ("Sở X cần…", "Sở X chủ trì…"), the trigger rules read it.
 */
function subjectTask(
  text: string,
  isItem: boolean,
  trigger: { index: number } | null,
): { lead: FoundAgencyLike | null; taskAt: number } | null {
  const agency = addresseeAt(text, 0);
  const person = agency ? null : PERSON_SUBJECT.exec(text);
  const end = agency ? agency.end : person ? person[0].trimEnd().length : 0;
  if (end === 0) return null;
  const gap = /^\s*/u.exec(text.slice(end))![0].length;
  const rest = text.slice(end + gap);
  if (trigger && trigger.index <= end + gap + 1) return null;
  if (NOT_A_TASK.test(rest) || !(ACTION_START.test(rest) || (isItem && /^\p{Ll}/u.test(rest)))) return null;
  return { lead: agency, taskAt: end + gap };
}

/** What a body does in a conclusion that is not a task: it acknowledges, agrees, states. */
const NOT_A_TASK =
  /^(?:ghi\s+nhận|đánh\s+giá|biểu\s+dương|khen|nhận\s+thấy|nhận\s+định|cho\s+rằng|cho\s+biết|thống\s+nhất|nhất\s+trí|đồng\s+ý|đồng\s+thuận|là|có|đã|đang|được|bị|chưa|vẫn|còn|thông\s+báo)(?![\p{L}])/iu;

interface FoundAgencyLike {
  name: string;
  start: number;
  end: number;
}

/** "Ban Quản lý Khu kinh tế tỉnh cần…": the agency right before "cần"/"phải" is the task's subject. */
function subjectStart(text: string, triggerIndex: number): number {
  const before = findAgencies(text.slice(0, triggerIndex));
  const last = before[before.length - 1];
  if (last && /^\s*$/u.test(text.slice(last.end, triggerIndex))) {
    const withVoi = /(?:^|\s)(?:với|đối\s+với|Với|Đối\s+với)\s+$/u.exec(text.slice(Math.max(0, last.start - 12), last.start));
    return withVoi ? last.start - withVoi[0].trimStart().length : last.start;
  }
  return triggerIndex;
}

function findTrigger(text: string): { index: number; length: number; post: boolean; word: string } | null {
  TRIGGER.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TRIGGER.exec(text)) !== null) {
    const before = text.slice(Math.max(0, match.index - 20), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 20);
    // "thống nhất với ý kiến của các ngành là cần…": the agreement names whose idea it was.
    const agreement = /với\s+(?:ý\s+kiến|đề\s+xuất)$/iu.test(match[0]);
    if (NOUN_BEFORE.test(before) || (!agreement && NOUN_AFTER.test(after))) continue;
    return { index: match.index, length: match[0].length, post: match[2] !== undefined, word: match[0] };
  }
  return null;
}

const ATTRIBUTION =
  /[,.]?\s*(?:đồng\s+chí|ông|bà)\s[^,;]{0,80}?(?:nhấn\s+mạnh|kết\s+luận|khẳng\s+định|nói|cho\s+biết|yêu\s+cầu|lưu\s+ý)\s*[.]?$/iu;
const PRINCIPLE = /[,;]\s*phương\s+châm\s+là.*$/iu;

/**
 * What an item says that its title does not: the principle it is to follow ("phương châm là …"), which
 * the title leaves out, and the rest of a title cut at 300 characters. Null when the title says it all,
 * so a document printing title and description never says a task twice.
 */
function leftOut(source: string, title: string): string | null {
  const text = tidy(source).replace(ATTRIBUTION, '').replace(/[“”"]/gu, '');
  const principle = PRINCIPLE.exec(text);
  const body = (principle ? text.slice(0, principle.index) : text).replace(/[.;:,]+$/u, '');
  const parts: string[] = [];
  if (title.endsWith('…')) parts.push(`…${body.slice(title.length - 1).trimEnd()}.`);
  if (principle) {
    const words = principle[0].replace(/^[,;]\s*/u, '').replace(/[.;:,]+$/u, '');
    parts.push(`${words.charAt(0).toUpperCase()}${words.slice(1)}.`);
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

function titleOf(text: string): string {
  let title = tidy(text)
    .replace(ATTRIBUTION, '')
    .replace(PRINCIPLE, '')
    .replace(/[.;:,]+$/u, '')
    .replace(/[“”"]/gu, '');
  if (title.length > 300) title = `${title.slice(0, 297).replace(/\s+\S*$/u, '')}…`;
  return title.charAt(0).toUpperCase() + title.slice(1);
}
