import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { extractMeetingDraft } from './extract-meeting.js';

const options = { publishedOn: '2024-03-12', today: '2024-12-31' };

describe('the Lào Cai working session (the corpus paraphrase of the Báo Lào Cai article)', () => {
  const text = readFileSync(join(process.cwd(), 'test/fixtures/imports/news-laocai-khu-cong-nghiep.txt'), 'utf8');
  const result = extractMeetingDraft(text, options);
  const who = (index: number | null) => (index === null ? null : result.attendees[index]?.person);

  it('reads the date, the place and the chair with all his posts', () => {
    expect(result.meeting.startsAt).toBe('2024-03-12T08:00:00+07:00');
    expect(result.meeting.location).toBe('trụ sở Tỉnh ủy');
    const chairs = result.attendees.filter((a) => a.role === 'chair').map((a) => [a.person.fullName, a.person.position]);
    expect(chairs).toEqual([
      ['Đặng Xuân Phong', 'Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh'],
    ]);
  });

  it('lists the named attendees with their posts, and no group as a person', () => {
    const named = result.attendees.filter((a) => a.person.fullName !== null).map((a) => [a.person.fullName, a.person.position]);
    expect(named).toEqual(
      expect.arrayContaining([
        ['Vũ Xuân Cường', 'Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh'],
        ['Trịnh Xuân Trường', 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh'],
        ['Hoàng Giang', 'Phó Bí thư Tỉnh ủy'],
      ]),
    );
    expect(result.attendees.map((a) => a.person.position ?? '')).not.toContainEqual(expect.stringMatching(/^lãnh đạo$/iu));
  });

  it('gives the speeches in the order of the text: reports and opinions by post, the directions, then the conclusion', () => {
    const speeches = result.speeches.map((s) => [who(s.speakerAttendeeIndex)?.fullName ?? s.speaker.position, s.kind]);
    expect(speeches).toEqual([
      ['Trưởng Ban quản lý Khu Kinh tế tỉnh', 'report'],
      ['Chủ tịch UBND huyện Bát Xát', 'opinion'],
      ['Lãnh đạo ngành Công thương tỉnh', 'opinion'],
      ['Cục trưởng Hải quan tỉnh', 'opinion'],
      ['Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'opinion'],
      ['Nguyễn Trọng Hài', 'opinion'],
      ['Hoàng Quốc Khánh', 'opinion'],
      ['Hoàng Giang', 'direction'],
      ['Trịnh Xuân Trường', 'direction'],
      ['Vũ Xuân Cường', 'direction'],
      ['Đặng Xuân Phong', 'conclusion'],
    ]);
  });

  it('finds the main directives with their leads, in the speech that gave them', () => {
    const find = (phrase: string) =>
      result.directives.find((d) => `${d.title} ${d.description ?? ''}`.toLowerCase().includes(phrase.toLowerCase()));
    const expected: [string, string | null, string][] = [
      ['bám sát hoạt động của các khu công nghiệp', 'Ban Quản lý Khu kinh tế tỉnh', 'Hoàng Giang'],
      ['rà soát các dự án đã được cấp phép', 'Ban Cán sự Đảng UBND tỉnh', 'Đặng Xuân Phong'],
      ['triển khai các quy hoạch tại Khu Công nghiệp Đông Phố Mới', 'Ban Quản lý Khu kinh tế', 'Đặng Xuân Phong'],
      ['tập trung kiểm hóa tại một khu vực', null, 'Đặng Xuân Phong'],
      // The agency a new unit belongs to does not lead setting it up.
      ['thành lập trung tâm xúc tiến đầu tư trực thuộc Sở Kế hoạch và Đầu tư', null, 'Đặng Xuân Phong'],
    ];
    const found = expected.map(([phrase]) => {
      const directive = find(phrase);
      const speech = directive?.sourceSpeechIndex == null ? undefined : result.speeches[directive.sourceSpeechIndex];
      return [phrase, directive?.lead?.name ?? null, speech ? who(speech.speakerAttendeeIndex)?.fullName : undefined];
    });
    expect(found).toEqual(expected);
  });

  it("keeps the Kim Thành inspection task once, as the Bí thư's conclusion endorses it", () => {
    const kimThanh = result.directives.filter((d) => /kiểm hóa/u.test(d.title));
    expect(kimThanh.map((d) => [d.title, who(result.speeches[d.sourceSpeechIndex!].speakerAttendeeIndex)?.fullName])).toEqual([
      ['Tập trung kiểm hóa tại một khu vực, một đầu mối', 'Đặng Xuân Phong'],
    ]);
  });

  it('gives a speaker only a caption names the caption, not the narration under the photo', () => {
    const customs = result.speeches.find((s) => s.speaker.position === 'Cục trưởng Hải quan tỉnh');
    expect(customs?.text).toBe('Cục trưởng Hải quan tỉnh phát biểu.');
  });

  it('reads no directive from the report, the assessment or the related news after the article', () => {
    const titles = result.directives.map((d) => d.title).join('\n');
    expect(titles).not.toMatch(/Chính phủ và Tỉnh ủy đề ra|Phó Thủ tướng|Tỉnh ủy, HĐND tỉnh tiếp tục quan tâm/u);
  });
});

describe('whether a text is about a meeting', () => {
  it('reads a notice whose letterhead takes the first four lines', () => {
    const text = [
      'UBND TỈNH ĐIỆN BIÊN',
      'VĂN PHÒNG',
      'Số: 52/TB-VPUBND',
      'Điện Biên, ngày 9 tháng 9 năm 2024',
      'THÔNG BÁO',
      'Ý kiến của Phó Chủ tịch UBND tỉnh Mùa A Sơn tại buổi kiểm tra công trình kè suối Nậm Rốm',
      'Ngày 6/9/2024, đoàn công tác của tỉnh đến công trình. Sau khi nghe Sở Nông nghiệp và Phát triển nông thôn báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:',
      '1. Sở Nông nghiệp và Phát triển nông thôn đôn đốc nhà thầu hoàn thành kè trước ngày 30/10/2024.',
    ].join('\n');
    const result = extractMeetingDraft(text, options);
    expect(result.warnings.map((w) => w.code)).not.toContain('no_meeting');
    expect(result.directives.map((d) => [d.lead?.name, d.dueDate])).toEqual([['Sở Nông nghiệp và Phát triển nông thôn', '2024-10-30']]);
  });

  it('gives a forecast no meeting date even when it has dates', () => {
    const text =
      'Nắng nóng kéo dài ở Tây Bắc\n\nSáng 12/6, trạm đo tại Trung tâm Dự báo khí tượng thủy văn tỉnh Sơn La ghi được 39 độ. Người dân cần hạn chế ra ngoài buổi trưa.';
    const result = extractMeetingDraft(text, options);
    expect(result.warnings.map((w) => w.code)).toContain('no_meeting');
    expect([result.meeting.startsAt, result.meeting.location]).toEqual([null, null]);
  });
});
