import { describe, expect, it } from '@jest/globals';
import { extractMeetingDraft } from './extract-meeting.js';
import { organizerFromLetterhead, sentenceCase } from './letterhead.js';
import { segment } from './segment.js';

function organizer(lines: string[]): string | null {
  return organizerFromLetterhead(segment(lines.join('\n')).paragraphs)?.value ?? null;
}

describe('the organizer from a letterhead', () => {
  it.each([
    [
      'a province office issues its chair’s notice: the province met',
      ['UBND TỈNH CAO BẰNG', 'VĂN PHÒNG', 'Số: 88/TB-VPUBND', 'THÔNG BÁO'],
      'UBND tỉnh Cao Bằng',
    ],
    [
      'a department under its province takes the province’s name',
      ['UBND TỈNH ĐIỆN BIÊN', 'SỞ NÔNG NGHIỆP VÀ PTNT', 'Số: 12/BB-SNN', 'BIÊN BẢN'],
      'Sở Nông nghiệp và PTNT tỉnh Điện Biên',
    ],
    [
      'one name on two lines, the national motto typed beside it',
      [
        'SỞ KẾ HOẠCH VÀ ĐẦU TƯ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'TỈNH KON TUM            Độc lập - Tự do - Hạnh phúc',
        'BIÊN BẢN HỌP',
      ],
      'Sở Kế hoạch và Đầu tư tỉnh Kon Tum',
    ],
    ['a party committee', ['TỈNH ỦY LAI CHÂU', 'ĐẢNG CỘNG SẢN VIỆT NAM', '*', 'KẾT LUẬN'], 'Tỉnh ủy Lai Châu'],
    ['a headline is no letterhead', ['Bí thư Tỉnh ủy làm việc với huyện Mường Tè', 'Sáng 3/3, …'], null],
    ['a body without its place says too little', ['VĂN PHÒNG', 'Số: 5/TB-VP'], null],
  ])('%s', (_case, lines, expected) => {
    expect(organizer(lines)).toBe(expected);
  });

  it.each([
    ['SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH BẮC KẠN', 'Sở Tài nguyên và Môi trường tỉnh Bắc Kạn'],
    ['ỦY BAN NHÂN DÂN HUYỆN MÈO VẠC', 'Ủy ban nhân dân huyện Mèo Vạc'],
    ['BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH HẢI DƯƠNG', 'Ban Quản lý các khu công nghiệp tỉnh Hải Dương'],
    ['UBND THÀNH PHỐ VIỆT TRÌ', 'UBND thành phố Việt Trì'],
  ])('%s reads as %s', (capitals, expected) => {
    expect(sentenceCase(capitals)).toBe(expected);
  });

  it('gives way to a sentence that says who held the meeting', () => {
    const text = ['UBND TỈNH PHÚ YÊN', 'SỞ XÂY DỰNG', 'THÔNG BÁO', 'Ngày 4/6/2024, Thường trực Tỉnh ủy làm việc với Sở Xây dựng.'].join(
      '\n',
    );
    const draft = extractMeetingDraft(text, { today: '2024-06-10' });
    expect(draft.meeting.organizerName).toBe('Thường trực Tỉnh ủy');
  });

  it('is read, with its span, when no sentence names the organizer', () => {
    const text = ['UBND TỈNH PHÚ YÊN', 'SỞ XÂY DỰNG', 'BIÊN BẢN CUỘC HỌP', '- Chủ trì: Ông Lê Văn Tám – Giám đốc Sở.'].join('\n');
    const draft = extractMeetingDraft(text, { today: '2024-06-10' });
    expect(draft.meeting.organizerName).toBe('Sở Xây dựng tỉnh Phú Yên');
    expect(text.slice(draft.meeting.organizerSpan!.start, draft.meeting.organizerSpan!.end)).toBe('UBND TỈNH PHÚ YÊN\nSỞ XÂY DỰNG');
  });
});
