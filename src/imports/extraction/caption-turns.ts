import type { SpeechKind } from '../../meetings/meeting-enums.js';
import type { PersonMention } from './extraction-types.js';
import { personAt } from './people.js';
import { samePerson } from './speakers.js';

/**
 * What a turn that only a photo caption names ("Cục trưởng Hải quan tỉnh nêu ý
 * kiến.") may take as its text. A caption proves the person spoke, not what they
 * said: news items hang a speaker's photo above the journalist's narration ("Về
 * kinh tế cửa khẩu, tỉnh có …") or above someone else's words ("Ban Cán sự Đảng
 * UBND tỉnh đề nghị …", "đại biểu … cho rằng …"). So a paragraph goes to such a
 * turn only when it is attributed to that person: they are its subject by a
 * pronoun ("Ông cho rằng…", "Theo bà, …"), by the same post ("Theo Cục trưởng
 * Hải quan tỉnh, …"), or its quotation is theirs ("“…”, ông nhấn mạnh"); a
 * caption that says the person reported takes the report it introduces ("Theo
 * báo cáo của …", "Báo cáo của … cho biết"). Otherwise the turn's text is the
 * caption itself.
 */
const LEAD_IN = /^[^,.;:]{1,120},\s*/u;
const PRONOUN_SUBJECT =
  /^(?:theo\s+)?(?:ông|bà|đồng\s+chí|đ\/c)(?:\s+(?:này|ấy))?(?:\s*,|\s+(?:cũng\s+|đã\s+|còn\s+)*(?:cho\s+rằng|cho\s+biết|nêu|nhấn\s+mạnh|đề\s+nghị|đề\s+xuất|kiến\s+nghị|khẳng\s+định|phát\s+biểu|chia\s+sẻ|bày\s+tỏ|lưu\s+ý|yêu\s+cầu|chỉ\s+đạo|kết\s+luận|báo\s+cáo|trình\s+bày|nói|thông\s+tin|đánh\s+giá|phân\s+tích|giải\s+trình)(?![\p{L}]))/iu;
const OWN_QUOTATION = /[”"]\s*,?\s*(?:ông|bà|đồng\s+chí|đ\/c)(?![\p{L}])/iu;
const REPORT_NARRATION = /^(?:theo\s+)?(?:nội\s+dung\s+)?báo\s+cáo(?![\p{L}])/iu;
const ACCORDING_TO = /^theo\s+/iu;

export function attributedToCaptioned(text: string, speaker: PersonMention, kind: SpeechKind): boolean {
  const head = text.slice(0, 600);
  if (kind === 'report' && REPORT_NARRATION.test(head)) return true;
  if (OWN_QUOTATION.test(head)) return true;
  const leadIn = LEAD_IN.exec(head);
  for (const from of leadIn ? [0, leadIn[0].length] : [0]) {
    const rest = head.slice(from);
    if (PRONOUN_SUBJECT.test(rest)) return true;
    const according = ACCORDING_TO.exec(rest);
    const person = according ? personAt(rest, according[0].length) : null;
    if (person && samePerson(person, speaker)) return true;
  }
  return false;
}

const CAPTION_PREFIX = /^(?:ảnh|trong\s+ảnh)\s*:\s*/iu;
const PHOTO_CREDIT = /(?<=[.!?])\s*\(?ảnh\s*:\s*[\p{L}\p{N} .,&/-]{1,40}\)?$/iu;

/** The caption's own words, without "Ảnh:" and the photographer's credit: the text of a turn that has no other. */
export function captionWords(caption: string): string {
  return caption.replace(CAPTION_PREFIX, '').replace(PHOTO_CREDIT, '').trim();
}
