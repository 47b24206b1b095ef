import { describe, expect, it } from '@jest/globals';
import type { SpeechKind } from '../../meetings/meeting-enums.js';
import type { ExtractedAttendee, ExtractedDirective, ExtractedSpeech, ExtractionResult } from '../extraction/extraction-types.js';
import { rates } from './counts.js';
import { parseExpectedDraft, type ExpectedDraft } from './expected-draft.js';
import { scoreDraft } from './score-draft.js';

const SPAN = { start: 0, end: 1 };

const RAW_EXPECTED = {
  style: 'news',
  publishedOn: '2024-03-12',
  meeting: {
    startsAt: '2024-03-12T08:00:00+07:00',
    location: 'trụ sở Tỉnh ủy',
    organizerName: 'Thường trực Tỉnh ủy Lào Cai',
    documentNumbers: ['111-KL/TU'],
  },
  attendees: [
    { fullName: 'Đặng Xuân Phong', position: 'Bí thư Tỉnh ủy', role: 'chair' },
    { fullName: 'Trịnh Xuân Trường', position: 'Chủ tịch UBND tỉnh', role: 'member' },
    { fullName: null, position: 'Cục trưởng Hải quan tỉnh', role: 'member' },
  ],
  speeches: [
    { speaker: 'Cục trưởng Hải quan tỉnh', kind: 'opinion' },
    { speaker: 'Trịnh Xuân Trường', kind: ['opinion', 'direction'] },
    { speaker: 'Đặng Xuân Phong', kind: 'conclusion' },
  ],
  directives: [
    {
      mustContain: 'rà soát các dự án đã cấp',
      lead: 'Ban Quản lý Khu kinh tế tỉnh',
      cooperating: ['Sở Tài nguyên và Môi trường'],
      dueDate: '2024-06-30',
    },
    { mustContain: 'tập trung kiểm hóa', lead: null, cooperating: [], dueDate: null },
    { mustContain: 'thành lập trung tâm xúc tiến đầu tư', lead: null, cooperating: [], dueDate: null, optional: true },
  ],
};

const expected: ExpectedDraft = parseExpectedDraft(RAW_EXPECTED, 'inline');

const person = (fullName: string | null, position: string | null) => ({ fullName, position, organizationName: null });

const attendee = (fullName: string | null, position: string | null, role: ExtractedAttendee['role'] = 'member'): ExtractedAttendee => ({
  person: person(fullName, position),
  role,
  span: SPAN,
  confidence: 0.9,
});

const speech = (fullName: string | null, position: string | null, kind: SpeechKind): ExtractedSpeech => ({
  speaker: person(fullName, position),
  speakerAttendeeIndex: null,
  kind,
  text: '',
  span: SPAN,
  confidence: 0.9,
});

const directive = (title: string, overrides: Partial<ExtractedDirective> = {}): ExtractedDirective => ({
  title,
  description: null,
  lead: null,
  cooperating: [],
  dueDate: null,
  dueText: null,
  dueSpan: null,
  sourceSpeechIndex: null,
  span: SPAN,
  confidence: 0.9,
  ...overrides,
});

/** What a perfect reader would return, written differently from the expectation where a reader may. */
function perfectDraft(): ExtractionResult {
  return {
    meeting: {
      title: 'Thường trực Tỉnh ủy làm việc',
      titleSpan: SPAN,
      kind: 'working_session',
      startsAt: '2024-03-12T01:00:00Z',
      startsAtSpan: SPAN,
      startsAtConfidence: 1,
      location: 'Trụ sở Tỉnh ủy Lào Cai',
      locationSpan: SPAN,
      organizerName: 'Thường trực Tỉnh ủy',
      organizerSpan: SPAN,
      documentNumbers: [{ value: '111-KL/TU', span: SPAN }],
    },
    attendees: [
      attendee('Dang Xuan Phong', 'Bí thư Tỉnh ủy', 'chair'),
      attendee('Trịnh Xuân Trường', 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh'),
      attendee(null, 'Cục trưởng Hải quan tỉnh Lào Cai'),
    ],
    speeches: [
      speech(null, 'Cục trưởng Hải quan tỉnh', 'opinion'),
      speech('Trịnh Xuân Trường', null, 'direction'),
      speech('Đặng Xuân Phong', 'Bí thư Tỉnh ủy', 'conclusion'),
    ],
    directives: [
      directive('Rà soát các dự án đã cấp nhưng còn thiếu thủ tục.', {
        lead: { name: 'BQL Khu kinh tế', span: SPAN },
        cooperating: [{ name: 'Sở TN&MT', span: SPAN }],
        dueDate: '2024-06-30',
      }),
      directive('Tập trung kiểm hóa tại một khu vực'),
    ],
    warnings: [],
  };
}

describe('scoreDraft', () => {
  it('gives a perfect draft precision and recall of 1 on everything it expects', () => {
    const score = scoreDraft(perfectDraft(), expected);
    for (const item of [
      'attendees',
      'positions',
      'speakers',
      'speeches',
      'directives',
      'leads',
      'cooperating',
      'deadlines',
      'documentNumbers',
    ] as const) {
      expect({ item, ...rates(score.counts[item]) }).toEqual({ item, precision: 1, recall: 1, f1: 1 });
    }
    expect(score.meeting).toEqual({ date: 'correct', time: 'correct', location: 'correct', organizer: 'correct', chair: 'correct' });
    expect(score.notes).toEqual([]);
  });

  it('lowers the recall of attendees for a missing one, and names it', () => {
    const draft = perfectDraft();
    draft.attendees.splice(2, 1);
    const score = scoreDraft(draft, expected);
    expect(score.counts.attendees).toEqual({ tp: 2, fp: 0, fn: 1 });
    expect(score.notes).toContain('attendee missed: Cục trưởng Hải quan tỉnh');
  });

  it('scores the position of a matched attendee', () => {
    const draft = perfectDraft();
    draft.attendees[1] = attendee('Trịnh Xuân Trường', 'Phó Chủ tịch UBND tỉnh');
    const score = scoreDraft(draft, expected);
    expect(score.counts.attendees).toEqual({ tp: 3, fp: 0, fn: 0 });
    expect(score.counts.positions).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(score.notes).toContain('position of Trịnh Xuân Trường: expected Chủ tịch UBND tỉnh, got Phó Chủ tịch UBND tỉnh');
  });

  it('lowers the precision of attendees for an extra one', () => {
    const draft = perfectDraft();
    draft.attendees.push(attendee('Hoàng Giang', 'Phó Bí thư Tỉnh ủy'));
    expect(scoreDraft(draft, expected).counts.attendees).toEqual({ tp: 3, fp: 1, fn: 0 });
  });

  it('does not take a Chủ tịch for the Phó Chủ tịch, nor a namesake by position', () => {
    const draft = perfectDraft();
    draft.attendees[2] = attendee(null, 'Phó Cục trưởng Hải quan tỉnh');
    expect(scoreDraft(draft, expected).counts.attendees).toEqual({ tp: 2, fp: 1, fn: 1 });
  });

  it('penalizes speeches out of order through the longest common subsequence', () => {
    const draft = perfectDraft();
    draft.speeches.reverse();
    const score = scoreDraft(draft, expected);
    expect(score.counts.speeches).toEqual({ tp: 1, fp: 2, fn: 2 });
    expect(score.counts.speakers).toEqual({ tp: 1, fp: 2, fn: 2 });
    expect(score.notes).toEqual([
      'speech not expected here: Đặng Xuân Phong, Bí thư Tỉnh ủy (conclusion)',
      'speech not expected here: Trịnh Xuân Trường (direction)',
      'speech missed or out of order: Trịnh Xuân Trường (opinion/direction)',
      'speech missed or out of order: Đặng Xuân Phong (conclusion)',
    ]);
  });

  it('counts a speech of the wrong kind against speeches but not against speakers', () => {
    const draft = perfectDraft();
    draft.speeches[2] = speech('Đặng Xuân Phong', null, 'opinion');
    const score = scoreDraft(draft, expected);
    expect(score.counts.speeches).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(score.counts.speakers).toEqual({ tp: 3, fp: 0, fn: 0 });
  });

  it('identifies a speaker through the attendee the speech points at', () => {
    const draft = perfectDraft();
    draft.speeches[1] = { ...speech(null, 'Chủ tịch UBND tỉnh', 'opinion'), speakerAttendeeIndex: 1 };
    expect(scoreDraft(draft, expected).counts.speeches).toEqual({ tp: 3, fp: 0, fn: 0 });
  });

  it('scores leads and deadlines only on matched directives, a wrong value both ways', () => {
    const draft = perfectDraft();
    draft.directives[0] = { ...draft.directives[0], lead: { name: 'Sở Kế hoạch và Đầu tư', span: SPAN }, dueDate: '2024-07-01' };
    draft.directives[1] = directive('Phân luồng hàng hóa', { lead: { name: 'Sở Công Thương', span: SPAN }, dueDate: '2024-12-31' });
    const score = scoreDraft(draft, expected);
    expect(score.counts.directives).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(score.counts.leads).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(score.counts.deadlines).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(score.notes).toContain('directive missed: «tập trung kiểm hóa»');
    expect(score.notes).toContain('directive not expected: «Phân luồng hàng hóa»');
  });

  it('neither rewards nor punishes an optional directive', () => {
    const found = perfectDraft();
    found.directives.push(directive('Thành lập trung tâm xúc tiến đầu tư thuộc Sở Kế hoạch và Đầu tư'));
    expect(scoreDraft(found, expected).counts.directives).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('lets one extracted directive answer for one expected directive only', () => {
    const draft = perfectDraft();
    draft.directives = [directive('Rà soát các dự án đã cấp; tập trung kiểm hóa một khu')];
    expect(scoreDraft(draft, expected).counts.directives).toEqual({ tp: 1, fp: 0, fn: 1 });
  });

  it('reads the meeting date in Việt Nam time and tells a wrong day from a missing one', () => {
    const wrong = perfectDraft();
    wrong.meeting.startsAt = '2024-03-11T16:00:00Z';
    expect(scoreDraft(wrong, expected).meeting.date).toBe('wrong');
    const lateEvening = perfectDraft();
    lateEvening.meeting.startsAt = '2024-03-11T20:00:00Z';
    expect(scoreDraft(lateEvening, expected).meeting).toMatchObject({ date: 'correct', time: 'wrong' });
    const missing = perfectDraft();
    missing.meeting.startsAt = null;
    expect(scoreDraft(missing, expected).meeting).toMatchObject({ date: 'missing', time: 'missing' });
  });

  it('reports an expected warning the draft does not carry', () => {
    const noMeeting = parseExpectedDraft(
      {
        style: 'news',
        publishedOn: null,
        meeting: { startsAt: null },
        attendees: [],
        speeches: [],
        directives: [],
        warnings: ['no_meeting'],
      },
      'inline',
    );
    const draft = perfectDraft();
    const score = scoreDraft(draft, noMeeting);
    expect(score.missingWarnings).toEqual(['no_meeting']);
    expect(score.counts.directives).toEqual({ tp: 0, fp: 2, fn: 0 });
    expect(score.meeting.date).toBe('spurious');
  });
});

describe('scoreDraft, speech texts', () => {
  const withPhrases = parseExpectedDraft(
    {
      ...RAW_EXPECTED,
      speeches: [
        {
          speaker: 'Cục trưởng Hải quan tỉnh',
          kind: 'opinion',
          mustContain: ['Cục trưởng Hải quan tỉnh nêu ý kiến'],
          mustNotContain: ['Ban Cán sự Đảng UBND tỉnh đề nghị'],
        },
        ...RAW_EXPECTED.speeches.slice(1),
      ],
    },
    'inline',
  );
  const captioned = (text: string): ExtractionResult => {
    const draft = perfectDraft();
    draft.speeches[0] = { ...draft.speeches[0], text };
    return draft;
  };

  it('takes a caption with nothing pinned on it for a right text', () => {
    const score = scoreDraft(captioned('Cục trưởng Hải quan tỉnh nêu ý kiến.'), withPhrases);
    expect(score.speechTexts).toEqual({ right: 1, checked: 1 });
    expect(score.notes).toEqual([]);
  });

  it("sees the journalist's narration pinned on a captioned speaker, though speakers and kinds are right", () => {
    const score = scoreDraft(
      captioned('Ngoài các kiến nghị với Trung ương, Ban Cán sự Đảng UBND tỉnh đề nghị Tỉnh ủy tiếp tục quan tâm.'),
      withPhrases,
    );
    expect(score.counts.speeches).toEqual({ tp: 3, fp: 0, fn: 0 });
    expect(score.speechTexts).toEqual({ right: 0, checked: 1 });
    expect(score.notes).toEqual([
      "text of Cục trưởng Hải quan tỉnh's speech lacks «Cục trưởng Hải quan tỉnh nêu ý kiến», holds «Ban Cán sự Đảng UBND tỉnh đề nghị»",
    ]);
  });

  it('counts a checked speech the reader missed as wrong', () => {
    const draft = captioned('Cục trưởng Hải quan tỉnh nêu ý kiến.');
    draft.speeches.shift();
    expect(scoreDraft(draft, withPhrases).speechTexts).toEqual({ right: 0, checked: 1 });
  });
});

describe('parseExpectedDraft', () => {
  it('names the field that is wrong', () => {
    expect(() =>
      parseExpectedDraft(
        { style: 'news', publishedOn: null, meeting: {}, attendees: [], speeches: [{ speaker: 'A', kind: 'speech' }], directives: [] },
        'x.expected.json',
      ),
    ).toThrow('x.expected.json: speeches[0].kind[0] is not one of report, opinion, question, answer, direction, conclusion');
  });
});

describe('scoreDraft, strict on agencies and titles', () => {
  it.each([
    ['Công ty Cổ', 'Công ty Cổ phần Cấp nước Sóc Trăng', 0],
    ['UBND các huyện', 'UBND các huyện, thị xã, thành phố', 0],
    ['UBND huyện, thị xã, thành phố', 'UBND các huyện, thị xã, thành phố', 1],
  ])('a lead read as %j against %j counts %d', (found, wanted, tp) => {
    const draft = perfectDraft();
    draft.directives[0].lead = { name: found, span: SPAN };
    const strict = parseExpectedDraft({ ...RAW_EXPECTED, directives: [{ ...RAW_EXPECTED.directives[0], lead: wanted }] }, 'inline');
    expect(scoreDraft(draft, strict).counts.leads.tp).toBe(tp);
  });

  it('takes a cut name among the cooperating agencies for a wrong one', () => {
    const draft = perfectDraft();
    draft.directives[0].cooperating = [{ name: 'Sở Tài nguyên', span: SPAN }];
    expect(scoreDraft(draft, expected).counts.cooperating).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('counts the titles that read as a fragment, expected or not, and names them', () => {
    const draft = perfectDraft();
    draft.directives.push(directive(', thị xã đẩy mạnh tuyên truyền'), directive('Và các phường ra quân'));
    const score = scoreDraft(draft, expected);
    expect(score.titles).toEqual({ clean: 2, total: 4 });
    expect(score.notes).toContain('directive title starts with punctuation: «, thị xã đẩy mạnh tuyên truyền»');
  });
});
