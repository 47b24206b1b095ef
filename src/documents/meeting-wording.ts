import type { AttendeeRole, MeetingKind, SpeechKind } from '../meetings/meeting-enums.js';
import type { DocumentPerson, MeetingDocumentModel } from './meeting-document.model.js';

/** How the documents name the kind of meeting: "tại buổi làm việc", "chủ trì hội nghị". */
export const MEETING_KIND_WORDS: Record<MeetingKind, string> = {
  standing_committee: 'cuộc họp',
  working_session: 'buổi làm việc',
  conference: 'hội nghị',
  thematic: 'cuộc họp chuyên đề',
  briefing: 'cuộc họp giao ban',
  other: 'cuộc họp',
};

export const kindWord = (model: Pick<MeetingDocumentModel, 'kind'>): string => MEETING_KIND_WORDS[model.kind ?? 'other'];

/** What a speaker did, as the minutes say it: "Đồng chí …, Trưởng Ban, báo cáo: …". */
export const SPEECH_KIND_WORDS: Record<SpeechKind, string> = {
  report: 'báo cáo',
  opinion: 'phát biểu ý kiến',
  question: 'nêu câu hỏi',
  answer: 'trả lời',
  direction: 'phát biểu chỉ đạo',
  conclusion: 'kết luận',
};

export const ROLE_WORDS: Record<Exclude<AttendeeRole, 'chair' | 'secretary'>, string> = {
  member: 'Thành viên',
  reporter: 'Cơ quan báo cáo',
  invited: 'Đại biểu mời',
};

/** "Đặng Xuân Phong, Bí thư Tỉnh ủy" (or the name alone). */
export const nameAndPosition = (person: DocumentPerson): string =>
  person.position ? `${person.fullName}, ${person.position}` : person.fullName;

/** A sentence ends with its stop: the title of a directive usually has none. */
export const sentence = (text: string): string => (/[.!?…:;]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
