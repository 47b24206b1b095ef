import { describe, expect, it } from '@jest/globals';
import { directiveAgencies } from './agencies.js';
import { findPeople } from './attendees.js';
import { findDirectives } from './directives.js';
import { segment } from './segment.js';
import { findSpeeches } from './speeches.js';

const meetingDay = { year: 2024, month: 8, day: 5 };

/** The directives of a notice (no speeches): each line of `lines` is a paragraph. */
function read(lines: string[]) {
  return findDirectives(segment(lines.join('\n')).paragraphs, [], meetingDay).map((d) => ({ title: d.title, lead: d.lead?.name ?? null }));
}

describe('directives', () => {
  it.each([
    // "giao" inside an agency's name or after a noun gives no task.
    ['Tham dự có lãnh đạo các sở: Tài chính, Giao thông vận tải, Xây dựng.', []],
    ['Đến nay đã giải ngân 40% kế hoạch vốn giao, thấp hơn cùng kỳ.', []],
    // "chủ trì" a meeting is not a task; nor is "lãnh đạo, chỉ đạo" as a noun.
    ['Đồng chí Lò Văn Pấu, Chủ tịch UBND huyện chủ trì buổi làm việc.', []],
    ['Ban Thường vụ ghi nhận sự cố gắng của Đảng ủy xã trong lãnh đạo, chỉ đạo thực hiện Nghị quyết.', []],
    ['Nhiều chỉ tiêu chưa đạt yêu cầu Chính phủ đề ra.', []],
  ])('%s gives no directive', (line, expected) => {
    expect(read([line])).toEqual(expected);
  });

  it('reads a task written subject first, and the agency that opens it as the lead', () => {
    expect(read(['UBND các xã Nà Hang, Thượng Lâm, Khau Tinh rà soát số hộ thiếu nước, hoàn thành trước ngày 30/8/2024.'])).toEqual([
      { title: 'Rà soát số hộ thiếu nước, hoàn thành trước ngày 30/8/2024', lead: 'UBND các xã Nà Hang, Thượng Lâm, Khau Tinh' },
    ]);
    expect(read(['- VP tổng hợp ý kiến các phòng, gửi lãnh đạo Ban.'])).toEqual([
      { title: 'Tổng hợp ý kiến các phòng, gửi lãnh đạo Ban', lead: 'VP' },
    ]);
  });

  it.each([
    [
      'Yêu cầu UBND các xã, phường rà soát đàn gia cầm; Trạm Chăn nuôi và Thú y huyện hướng dẫn tiêu độc khử trùng, hoàn thành trước ngày 20/8/2024; Phòng Kinh tế huyện tổng hợp báo cáo.',
      [
        { title: 'Rà soát đàn gia cầm', lead: 'UBND các xã, phường', due: null },
        {
          title: 'Hướng dẫn tiêu độc khử trùng, hoàn thành trước ngày 20/8/2024',
          lead: 'Trạm Chăn nuôi và Thú y huyện',
          due: '2024-08-20',
        },
        { title: 'Tổng hợp báo cáo', lead: 'Phòng Kinh tế huyện', due: null },
      ],
    ],
  ])('splits tasks joined by ";" each with its own agency and deadline: %s', (line, expected) => {
    const found = findDirectives(segment(line).paragraphs, [], meetingDay).map((d) => ({
      title: d.title,
      lead: d.lead?.name ?? null,
      due: d.dueDate,
    }));
    expect(found).toEqual(expected);
  });

  it('gives a new unit no lead from the agency it will belong to, nor from the sentence before', () => {
    expect(
      read([
        'Sở Xây dựng cần rà soát quy hoạch chung đô thị. Đồng chí Chủ tịch cũng lưu ý về an toàn lao động; nhất trí với đề xuất thành lập trung tâm xúc tiến đầu tư thuộc Sở Kế hoạch và Đầu tư.',
      ]),
    ).toEqual([
      { title: 'Rà soát quy hoạch chung đô thị', lead: 'Sở Xây dựng' },
      { title: 'Thành lập trung tâm xúc tiến đầu tư thuộc Sở Kế hoạch và Đầu tư', lead: null },
    ]);
  });

  it.each([
    [
      'Đề nghị Ban Cán sự Đảng UBND huyện chỉ đạo các ngành rà soát các dự án chậm tiến độ.',
      { title: 'Rà soát các dự án chậm tiến độ', lead: 'Ban Cán sự Đảng UBND huyện' },
    ],
    [
      'Yêu cầu ngành chức năng sớm tham mưu cho huyện phương án tái định cư.',
      { title: 'Sớm tham mưu cho huyện phương án tái định cư', lead: 'ngành chức năng' },
    ],
    ['Đề nghị các sở, ngành cần chủ động nắm tình hình cơ sở.', { title: 'Chủ động nắm tình hình cơ sở', lead: 'các sở, ngành' }],
    // A reference the reader cannot resolve stays as written.
    [
      'Đề nghị Sở Công Thương sớm đưa cụm công nghiệp này vào hoạt động.',
      { title: 'Sớm đưa cụm công nghiệp này vào hoạt động', lead: 'Sở Công Thương' },
    ],
  ])('starts the title with the task, not the group of bodies it is given to: %s', (line, expected) => {
    expect(read([line])).toEqual([expected]);
  });

  it.each([
    ['a task the title says in full', ['- Làm tốt các phương án phân luồng hàng hóa.'], null],
    [
      "a list item's further sentence",
      ['a) Sở Y tế chủ trì rà soát các trạm y tế xã xuống cấp. Kết quả gửi Văn phòng UBND tỉnh để tổng hợp.'],
      'Kết quả gửi Văn phòng UBND tỉnh để tổng hợp.',
    ],
    [
      'the principle the task is to follow',
      ['Ban Quản lý Khu kinh tế cần rà soát các quy hoạch, phương châm là chủ động, không trông chờ.'],
      'Phương châm là chủ động, không trông chờ.',
    ],
  ])('describes a directive only by what its title leaves out: %s', (_case, lines, description) => {
    const found = findDirectives(segment(lines.join('\n')).paragraphs, [], meetingDay);
    expect(found).toHaveLength(1);
    expect(found[0].description).toBe(description);
    expect((found[0].description ?? '').toLowerCase()).not.toContain(found[0].title.toLowerCase().slice(0, 20));
  });

  it('does not take an acknowledgement for a task', () => {
    expect(read(['1. Thường trực Huyện ủy ghi nhận kết quả đạt được của các xã.'])).toEqual([]);
  });

  it('skips the assessment section of a notice and reads the tasks section', () => {
    expect(
      read([
        '1. Đánh giá chung',
        'Tỷ lệ giải ngân đạt 30%, giao cho các chủ đầu tư còn chậm.',
        '2. Nhiệm vụ thời gian tới',
        'a) Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước tỉnh kiểm soát chi.',
      ]),
    ).toEqual([{ title: 'Chủ trì, phối hợp với Kho bạc Nhà nước tỉnh kiểm soát chi', lead: 'Sở Tài chính' }]);
  });

  it('prefers the lead a numbered heading names over an agency the item reports to', () => {
    expect(
      read([
        '2. Đề nghị Ban Cán sự Đảng UBND huyện lãnh đạo thực hiện các nhiệm vụ sau:',
        '- Chỉ đạo rà soát quy hoạch, báo cáo Thường trực Huyện ủy trước ngày 15/9/2024.',
      ]),
    ).toEqual([{ title: 'Rà soát quy hoạch, báo cáo Thường trực Huyện ủy trước ngày 15/9/2024', lead: 'Ban Cán sự Đảng UBND huyện' }]);
  });
});

describe('a task the closing speech endorses', () => {
  /** The directives of a news item with speeches: [title, lead, index of the speech]. */
  function readNews(lines: string[]) {
    const { paragraphs } = segment(lines.join('\n'));
    const speeches = findSpeeches(paragraphs, findPeople(paragraphs).attendees, []);
    return findDirectives(paragraphs, speeches, meetingDay).map((d) => [d.title, d.lead?.name ?? null, d.sourceSpeechIndex]);
  }
  const opening = 'Sáng 2/8, đồng chí Giàng A Tông, Bí thư Huyện ủy chủ trì buổi làm việc với UBND huyện.';

  it('is kept once, as the conclusion says it, with the lead the earlier speaker gave', () => {
    expect(
      readNews([
        opening,
        'Phát biểu chỉ đạo, đồng chí Hờ A Dình, Chủ tịch UBND huyện yêu cầu Phòng Nông nghiệp huyện tập trung tiêm phòng cho đàn trâu bò tại các xã vùng cao trước mùa rét.',
        'Kết luận buổi làm việc, đồng chí Giàng A Tông nhất trí với ý kiến cần tập trung tiêm phòng cho đàn trâu bò vùng cao; yêu cầu Công an huyện bảo đảm an ninh chợ phiên.',
      ]),
    ).toEqual([
      ['Tập trung tiêm phòng cho đàn trâu bò vùng cao', 'Phòng Nông nghiệp huyện', 1],
      ['Bảo đảm an ninh chợ phiên', 'Công an huyện', 1],
    ]);
  });

  it('leaves an earlier task alone when the endorsement is of another idea', () => {
    expect(
      readNews([
        opening,
        'Phát biểu chỉ đạo, đồng chí Hờ A Dình, Chủ tịch UBND huyện yêu cầu Phòng Nông nghiệp huyện tập trung tiêm phòng cho đàn trâu bò.',
        'Kết luận buổi làm việc, đồng chí Giàng A Tông thống nhất với đề xuất mở thêm lớp dạy nghề cho thanh niên.',
      ]).map(([title]) => title),
    ).toEqual(['Tập trung tiêm phòng cho đàn trâu bò', 'Mở thêm lớp dạy nghề cho thanh niên']);
  });
});

describe('lead and cooperating agencies', () => {
  it.each([
    ['đề nghị các địa phương không để người dân phá rừng', 'các địa phương', []],
    [
      'giao Sở Y tế phối hợp với các sở, ngành và Đài Phát thanh và Truyền hình tỉnh tuyên truyền',
      'Sở Y tế',
      ['các sở, ngành', 'Đài Phát thanh và Truyền hình tỉnh'],
    ],
    ['giao Sở Công Thương phối hợp với Sở Tài chính thẩm định giá, trình UBND tỉnh trước 30/9', 'Sở Công Thương', ['Sở Tài chính']],
    ['Chỉ đạo rà soát các dự án, báo cáo UBND tỉnh kết quả', null, []],
    ['đề nghị Chi nhánh Ngân hàng Chính sách xã hội tỉnh tăng dư nợ', 'Chi nhánh Ngân hàng Chính sách xã hội tỉnh', []],
    // The agency a new unit belongs to does not lead the task of setting it up; the one addressed does.
    ['nhất trí với đề xuất thành lập trung tâm hỗ trợ doanh nghiệp thuộc Sở Công Thương', null, []],
    ['giao Sở Nội vụ thẩm định đề án thành lập ban quản lý dự án trực thuộc Sở Giao thông vận tải', 'Sở Nội vụ', []],
  ])('%s', (text, lead, cooperating) => {
    const found = directiveAgencies(text, 0);
    expect(found.lead?.name ?? null).toBe(lead);
    expect(found.cooperating.map((c) => c.name)).toEqual(cooperating);
  });
});
