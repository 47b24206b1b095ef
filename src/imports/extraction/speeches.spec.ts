import { describe, expect, it } from '@jest/globals';
import { findPeople } from './attendees.js';
import { segment } from './segment.js';
import { findSpeeches } from './speeches.js';

/** People and speeches of a text whose paragraphs are `lines`, speakers shown by name or else by position or agency. */
function read(lines: string[]) {
  const { paragraphs } = segment(lines.join('\n'));
  const people = findPeople(paragraphs);
  const speeches = findSpeeches(paragraphs, people.attendees, []);
  return {
    attendees: people.attendees.map((a) => [a.role, a.person.fullName, a.person.position]),
    speeches: speeches.map((s) => [s.speaker.fullName ?? s.speaker.position ?? s.speaker.organizationName, s.kind]),
  };
}

describe('speeches', () => {
  it.each([
    [
      'a district item headed by its place, and a report the text gives to a station',
      [
        'Mường Khương: Khẩn trương phòng chống rét cho đàn trâu bò',
        'Chiều 3/1, đồng chí Sùng Văn Páo, Phó Chủ tịch UBND huyện chủ trì hội nghị.',
        'Theo báo cáo của Trạm Chăn nuôi và Thú y huyện, toàn huyện có hơn 9.000 con trâu bò.',
        'Kết luận hội nghị, đồng chí Sùng Văn Páo yêu cầu các xã che chắn chuồng trại.',
      ],
      [
        ['Trạm Chăn nuôi và Thú y huyện', 'report'],
        ['Sùng Văn Páo', 'conclusion'],
      ],
    ],
    [
      'a report already being given: "Theo báo cáo của …" is its content',
      [
        'Sáng 9/4, đồng chí Hà Thị Nguyệt, Bí thư Huyện ủy chủ trì buổi làm việc.',
        'Giám đốc Sở Y tế báo cáo tình hình.',
        'Theo báo cáo của Ban Cán sự Đảng UBND tỉnh, toàn tỉnh có 12 bệnh viện tuyến huyện.',
      ],
      [['Giám đốc Sở Y tế', 'report']],
    ],
    [
      'a notice: who reported and who concluded, in one sentence',
      [
        'Ngày 2/8/2024, đồng chí Vàng Seo Dín, Phó Chủ tịch UBND huyện chủ trì cuộc họp.',
        'Sau khi nghe Trưởng phòng Tài chính - Kế hoạch huyện báo cáo, ý kiến của các đại biểu, Phó Chủ tịch UBND huyện kết luận như sau:',
        '1. Phòng Tài chính - Kế hoạch huyện rà soát nguồn vốn.',
      ],
      [
        ['Trưởng phòng Tài chính - Kế hoạch huyện', 'report'],
        ['Vàng Seo Dín', 'conclusion'],
      ],
    ],
    [
      'a report only an agency is named for, and a body that concludes through its chair',
      [
        'Đồng chí Lù Văn Xá, Bí thư Huyện ủy chủ trì. Sau khi nghe báo cáo của Đảng ủy xã Nậm Pồ và ý kiến các đồng chí dự họp, Thường trực Huyện ủy kết luận như sau:',
      ],
      [
        ['Đảng ủy xã Nậm Pồ', 'report'],
        ['Lù Văn Xá', 'conclusion'],
      ],
    ],
    [
      'speaking verbs of news items: "cho biết", "kiến nghị", and any verb after "Kết luận …,"',
      [
        'Bà Đinh Thị Lan, Giám đốc Sở Y tế cho biết bệnh viện đã đủ thuốc.',
        'Ông Cầm Văn Ổn, Chủ tịch UBND huyện Mường Lát kiến nghị tỉnh hỗ trợ xe cứu thương.',
        'Kết luận hội nghị, Phó Chủ tịch UBND tỉnh Hà Văn Sơn biểu dương ngành y tế.',
      ],
      [
        ['Đinh Thị Lan', 'opinion'],
        ['Cầm Văn Ổn', 'opinion'],
        ['Hà Văn Sơn', 'conclusion'],
      ],
    ],
    [
      'a leader who directs, then concludes: two turns',
      [
        'Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh đề nghị các huyện chủ động nguồn nước.',
        'Kết luận hội nghị, Phó Chủ tịch UBND tỉnh giao Sở Tài chính bố trí kinh phí.',
      ],
      [
        ['Phó Chủ tịch UBND tỉnh', 'direction'],
        ['Phó Chủ tịch UBND tỉnh', 'conclusion'],
      ],
    ],
    [
      'a photo caption with a credit, then the same leader concluding: one turn',
      [
        'Ông Lý Văn Hùng phát biểu chỉ đạo tại buổi kiểm tra. Ảnh: T.HÒA',
        'Phát biểu kết luận, ông Lý Văn Hùng yêu cầu xã di dời các hộ dân.',
      ],
      [['Lý Văn Hùng', 'conclusion']],
    ],
    [
      'groups and list labels open no speech',
      [
        'Tham gia ý kiến, lãnh đạo các ngành cho rằng cần sớm có quy hoạch.',
        '- Thư ký: Bà Lò Thị Hiền – Chuyên viên.',
        'Đại biểu cho rằng cần tăng vốn.',
      ],
      [],
    ],
    [
      'typed notes: a shorthand post with the name in parentheses and "bc"',
      ['1. TP Tổng hợp (đ/c Khánh) bc kết quả thu ngân sách.'],
      [['Khánh', 'report']],
    ],
    [
      'numbered and dashed turns in minutes, a name joined by an apostrophe, a body heard through its envoy',
      [
        '1. Ông Y Điêng Mlô, Trưởng phòng Dân tộc huyện báo cáo tình hình hỗ trợ nhà ở.',
        "- Bà H'Năm Byă, Phó Chủ tịch UBND xã Ea Tir: đề nghị ưu tiên hộ nghèo.",
        '- Ý kiến của đại diện Hợp tác xã Dịch vụ nông nghiệp Cư Né: sẵn sàng tiêu thụ nông sản.',
        '- Đại diện Ngân hàng Chính sách xã hội huyện: còn 2 tỷ đồng cho vay.',
      ],
      [
        ['Y Điêng Mlô', 'report'],
        ["H'Năm Byă", 'opinion'],
        ['Hợp tác xã Dịch vụ nông nghiệp Cư Né', 'opinion'],
        ['Ngân hàng Chính sách xã hội huyện', 'opinion'],
      ],
    ],
    [
      'a chair who only "works with" the sectors, his closing turn by post, and his photo caption after it',
      [
        'Chiều 14/10, đồng chí Hầu A Lềnh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh làm việc với các sở về giảm nghèo.',
        'Tham gia ý kiến, đồng chí Sần Thị Lan, Giám đốc Sở Lao động - Thương binh và Xã hội nêu khó khăn về vốn.',
        'Kết luận buổi làm việc, Chủ tịch UBND tỉnh Hầu A Lềnh đề nghị các sở rà soát danh sách hộ nghèo.',
        'Chủ tịch UBND tỉnh yêu cầu các huyện báo cáo trước ngày 30/10.',
        'Chủ tịch UBND tỉnh Hầu A Lềnh kết luận buổi làm việc.',
      ],
      [
        ['Sần Thị Lan', 'opinion'],
        ['Hầu A Lềnh', 'conclusion'],
      ],
    ],
  ])('%s', (_case, lines, speeches) => {
    expect(read(lines).speeches).toEqual(speeches);
  });

  it('takes a speaker named by post for the chair who holds it in a named province', () => {
    const { speeches } = read([
      'Sáng 3/6, đồng chí Nông Văn Tú, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Cao Bằng chủ trì cuộc họp.',
      'Kết luận cuộc họp, đồng chí Nông Văn Tú yêu cầu các sở rà soát hồ sơ.',
      'Chủ tịch UBND tỉnh cũng yêu cầu Sở Xây dựng kiểm tra chất lượng công trình.',
    ]);
    expect(speeches).toEqual([['Nông Văn Tú', 'conclusion']]);
  });
});

describe('attendees', () => {
  it.each([
    [
      'a field visit led by a head of delegation, with a "Cùng đi có" list; envoys and groups are not attendees',
      [
        'Sáng 9/9, đoàn công tác do ông Vi Văn Sơn, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã kiểm tra công trình.',
        'Cùng đi có bà Triệu Thị Mai, Giám đốc Sở Xây dựng; đại diện Công an tỉnh; Chủ tịch UBND các xã vùng lũ.',
      ],
      [
        ['chair', 'Vi Văn Sơn', 'Phó Chủ tịch UBND tỉnh'],
        ['member', 'Triệu Thị Mai', 'Giám đốc Sở Xây dựng'],
      ],
    ],
    [
      'a chair after a date and a comma, named by post and name',
      ['Ngày 5 tháng 8 năm 2024, Phó Chủ tịch UBND tỉnh Lò Minh Hùng chủ trì đoàn kiểm tra tại công trường.'],
      [['chair', 'Lò Minh Hùng', 'Phó Chủ tịch UBND tỉnh']],
    ],
    [
      'a chair named only by post',
      ['Phó Chủ tịch UBND huyện phụ trách văn hóa chủ trì hội nghị.'],
      [['chair', null, 'Phó Chủ tịch UBND huyện']],
    ],
    [
      'minutes: a heading without a colon, a unit with its parent agency, a one-name secretary',
      [
        'II. THÀNH PHẦN THAM DỰ',
        '- Chủ trì: Ông Tạ Quang Minh – Giám đốc Sở Tư pháp.',
        '- Bà Vương Thị Thu – Trưởng phòng Hành chính tư pháp, Sở Tư pháp.',
        '- Ghi: Thoa (VP)',
      ],
      [
        ['chair', 'Tạ Quang Minh', 'Giám đốc Sở Tư pháp'],
        ['member', 'Vương Thị Thu', 'Trưởng phòng Hành chính tư pháp, Sở Tư pháp'],
        ['secretary', 'Thoa', 'VP'],
      ],
    ],
    [
      'a chair introduced as the one who "works with" others, then listed again as a speaker: one entry',
      [
        'Sáng 2/11, đồng chí Lò Văn Mừng, Bí thư Tỉnh ủy đã có buổi làm việc với Ban Dân tộc tỉnh.',
        'Kết luận buổi làm việc, Bí thư Tỉnh ủy Lò Văn Mừng yêu cầu Ban Dân tộc tỉnh tham mưu chính sách.',
      ],
      [['chair', 'Lò Văn Mừng', 'Bí thư Tỉnh ủy']],
    ],
    [
      'a text that names its chair with "chủ trì" is not read for who "works with" whom',
      [
        'Sáng 7/5, Giám đốc Sở Công Thương Đinh Văn Kha làm việc với các doanh nghiệp.',
        'Hội nghị do đồng chí Vi Thị Hạnh, Phó Chủ tịch UBND tỉnh chủ trì.',
      ],
      [['chair', 'Vi Thị Hạnh', 'Phó Chủ tịch UBND tỉnh']],
    ],
  ])('%s', (_case, lines, attendees) => {
    expect(read(lines).attendees).toEqual(attendees);
  });
});

describe('the text of a turn only a photo caption names', () => {
  /** Each speech as [speaker, text]. */
  function texts(lines: string[]) {
    const { paragraphs } = segment(lines.join('\n'));
    const people = findPeople(paragraphs);
    return findSpeeches(paragraphs, people.attendees, []).map((s) => [s.speaker.fullName ?? s.speaker.position, s.text]);
  }

  it.each([
    [
      "the journalist's narration under the photo stays out: the turn says what the caption says",
      [
        'Chiều 4/6, đồng chí Lò Văn Tiến, Chủ tịch UBND tỉnh chủ trì hội nghị.',
        'IMG_0012.JPG',
        'Giám đốc Sở Công Thương phát biểu.',
        'Về thương mại biên giới, tỉnh có 4 cửa khẩu phụ và 9 lối mở.',
      ],
      [['Giám đốc Sở Công Thương', 'Giám đốc Sở Công Thương phát biểu.']],
    ],
    [
      'a request by a body, or what delegates think, is not the captioned person’s either',
      [
        'Chiều 4/6, đồng chí Lò Văn Tiến, Chủ tịch UBND tỉnh chủ trì hội nghị.',
        'Chỉ huy trưởng Công an tỉnh nêu ý kiến. Ảnh: T.HÀ',
        'Ban Cán sự Đảng UBND tỉnh đề nghị Tỉnh ủy bố trí thêm nguồn lực.',
        'Tham gia ý kiến, đại biểu các ngành cho rằng cần đẩy mạnh chuyển đổi số.',
      ],
      [['Chỉ huy trưởng Công an tỉnh', 'Chỉ huy trưởng Công an tỉnh nêu ý kiến.']],
    ],
    [
      'a paragraph whose subject is the captioned person, by a pronoun or a quotation, is their speech',
      [
        'Chiều 4/6, đồng chí Lò Văn Tiến, Chủ tịch UBND tỉnh chủ trì hội nghị.',
        'IMG_0031.JPG',
        'Giám đốc Sở Y tế phát biểu.',
        'Theo ông, tuyến xã còn thiếu 40 bác sĩ.',
        '“Phải giữ chân được người giỏi”, ông nhấn mạnh.',
      ],
      [['Giám đốc Sở Y tế', 'Theo ông, tuyến xã còn thiếu 40 bác sĩ.\n\n“Phải giữ chân được người giỏi”, ông nhấn mạnh.']],
    ],
    [
      'a caption that says the person reported takes the report it introduces',
      [
        'Chiều 4/6, đồng chí Lò Văn Tiến, Chủ tịch UBND tỉnh chủ trì hội nghị.',
        'IMG_0040.JPG',
        'Giám đốc Sở Tài chính báo cáo.',
        'Báo cáo của Sở cho biết, thu ngân sách đạt 52% dự toán.',
      ],
      [['Giám đốc Sở Tài chính', 'Báo cáo của Sở cho biết, thu ngân sách đạt 52% dự toán.']],
    ],
  ])('%s', (_case, lines, expected) => {
    expect(texts(lines)).toEqual(expected);
  });
});
