import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { extractMeetingDraft } from './extract-meeting.js';
import type { ExtractionResult, SourceSpan } from './extraction-types.js';

function spansOf(result: ExtractionResult): SourceSpan[] {
  const { meeting } = result;
  return [
    meeting.titleSpan,
    meeting.startsAtSpan,
    meeting.locationSpan,
    meeting.organizerSpan,
    ...meeting.documentNumbers.map((n) => n.span),
    ...result.attendees.map((a) => a.span),
    ...result.speeches.map((s) => s.span),
    ...result.directives.flatMap((d) => [d.span, d.dueSpan, d.lead?.span ?? null, ...d.cooperating.map((c) => c.span)]),
    ...result.warnings.map((w) => w.span),
  ].filter((span): span is SourceSpan => span !== null);
}

function expectWellFormed(text: string, result: ExtractionResult): void {
  for (const span of spansOf(result)) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(span.start, span.end).length).toBeGreaterThan(0);
  }
  const confidences = [
    result.meeting.startsAtConfidence,
    ...result.attendees.map((a) => a.confidence),
    ...result.speeches.map((s) => s.confidence),
    ...result.directives.map((d) => d.confidence),
  ];
  for (const confidence of confidences) {
    expect(confidence).toBeGreaterThanOrEqual(0);
    expect(confidence).toBeLessThanOrEqual(1);
  }
}

// Fragments of meeting texts, so that random strings reach the rules' deeper branches.
const fragments = fc.constantFrom(
  'Sáng 12/3, ',
  'dưới sự chủ trì của đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, ',
  'Dự buổi làm việc có các đồng chí: ',
  'Trần Thị Bình, Giám đốc Sở Tài chính; ',
  'IMG_0001.JPG\n',
  'Cục trưởng Hải quan tỉnh nêu ý kiến.\n',
  'Kết luận buổi làm việc, đồng chí Bí thư Tỉnh ủy đề nghị ',
  'Sở Xây dựng cần chủ trì, phối hợp với Sở Tài chính và UBND huyện ',
  'hoàn thành trước ngày 31/2/2024; ',
  'trong quý V/2024',
  '1. Giao ',
  'a) ',
  'Tin liên quan\n',
  'e\u0301\u0302',
  '\r\n',
  '\uD800',
  ';;;...,,,',
  '111-KL/TU ',
);

describe('extractMeetingDraft on any string', () => {
  it('never throws, and every span lies inside the text and shows something', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.array(fc.oneof(fragments, fc.string({ maxLength: 20 })), { maxLength: 40 }).map((parts) => parts.join('')),
        ),
        (text) => {
          expectWellFormed(text, extractMeetingDraft(text, { today: '2024-05-20' }));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reads decomposed text and Windows line endings, with spans into the text as given', () => {
    const text =
      'Hội nghị tổng kết\r\n\r\nSáng 12/3/2024, dưới sự chủ trì của đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh, hội nghị đã diễn ra.'.normalize(
        'NFD',
      );
    const result = extractMeetingDraft(text, { today: '2024-05-20' });
    expectWellFormed(text, result);
    expect(result.attendees[0].person.fullName).toBe('Nguyễn Văn An');
    const span = result.attendees[0].span;
    expect(text.slice(span.start, span.end).normalize('NFC')).toContain('Nguyễn Văn An');
    expect(result.meeting.startsAt).toBe('2024-03-12T08:00:00+07:00');
  });

  it('gives a draft with warnings for empty text, punctuation and binary garbage', () => {
    const garbage = String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 65536));
    for (const text of ['', '....', ';;;', garbage]) {
      const result = extractMeetingDraft(text, { today: '2024-05-20' });
      expectWellFormed(text, result);
      expect(result.warnings.map((w) => w.code)).toContain('no_date');
    }
    expect(extractMeetingDraft('', { today: '2024-05-20' }).warnings.map((w) => w.code)).toContain('no_meeting');
  });
});
