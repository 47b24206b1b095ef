import { describe, expect, it } from '@jest/globals';
import { directiveAgencies, findAgencies } from './agencies.js';
import { findMeetingDate } from './dates.js';
import { findDeadline } from './deadlines.js';
import { findDocumentNumbers } from './document-numbers.js';
import { organizationFromPosition, parsePersonItem, personAt } from './people.js';
import { segment } from './segment.js';

const today = '2024-05-20';

describe('meeting dates', () => {
  it.each([
    ['Chiều 5/4/2024, UBND tỉnh họp bàn về giải ngân vốn.', null, '2024-04-05T14:00:00+07:00'],
    ['Sáng 12/3, Ban Thường vụ họp; doanh thu tăng 9% so với cùng kỳ năm 2023.', null, '2024-03-12T08:00:00+07:00'],
    ['Ngày 12 tháng 3 năm 2024, Sở Tài chính tổ chức hội nghị.', null, '2024-03-12T08:00:00+07:00'],
    ['Hồi 8 giờ 30 phút ngày 9/10/2023, tại Phòng họp số 2, cuộc họp bắt đầu.', null, '2023-10-09T08:30:00+07:00'],
    ['Chiều 3/7, lúc 14h00 hội nghị khai mạc.', '2025-07-04', '2025-07-03T14:00:00+07:00'],
    ['Sáng 20/12, Huyện ủy họp phiên thường kỳ.', '2025-01-05', '2024-12-20T08:00:00+07:00'],
    ['Giao Sở Xây dựng hoàn thành trước ngày 30/6/2024. Sáng 2/5/2024 Sở họp giao ban.', null, '2024-05-02T08:00:00+07:00'],
  ])('%s → %s', (text, publishedOn, expected) => {
    expect(findMeetingDate(text, text.length, { publishedOn, today })?.startsAt).toBe(expected);
  });

  it('says when the year was taken from today', () => {
    const text = 'Sáng 12/3, Thường trực Huyện ủy làm việc với xã.';
    const found = findMeetingDate(text, text.length, { today });
    expect(found?.startsAt).toBe('2024-03-12T08:00:00+07:00');
    expect(found?.warnings.map((w) => w.code)).toEqual(['year_assumed']);
  });

  it('finds no date in a text without one', () => {
    expect(findMeetingDate('Không có ngày tháng nào ở đây.', 29, { today })).toBeNull();
  });
});

describe('deadlines', () => {
  const meeting = { year: 2024, month: 3, day: 12 };
  it.each([
    ['hoàn thành trước ngày 30/6/2024', '2024-06-30'],
    ['báo cáo UBND tỉnh trước 31/12', '2024-12-31'],
    ['xong trước 15/2', '2025-02-15'],
    ['triển khai trong quý II/2024', '2024-06-30'],
    ['trình phê duyệt trong quý IV năm 2025', '2025-12-31'],
    ['hoàn thành trong tháng 7/2024', '2024-07-31'],
    ['hoàn thành trong năm 2024', '2024-12-31'],
    ['chậm nhất ngày 15 tháng 8 năm 2024 phải có kết quả', '2024-08-15'],
    ['gửi báo cáo trước ngày 29/2', '2028-02-29'],
  ])('%s → %s', (text, expected) => {
    expect(findDeadline(text, meeting)?.dueDate).toBe(expected);
  });

  it('reads nothing from a sentence without a deadline', () => {
    expect(findDeadline('Tiếp tục theo dõi, đôn đốc các chủ đầu tư.', meeting)).toBeNull();
  });
});

describe('people', () => {
  it.each([
    ['Lê Thị Hoa, Phó Giám đốc Sở Tài chính', 'Lê Thị Hoa', 'Phó Giám đốc Sở Tài chính', 'Sở Tài chính'],
    ['Ông Phan Văn Tới - Cục trưởng Hải quan tỉnh', 'Phan Văn Tới', 'Cục trưởng Hải quan tỉnh', 'Cục Hải quan tỉnh'],
    ['đồng chí Mai Anh, Tỉnh ủy viên, Giám đốc Công an tỉnh', 'Mai Anh', 'Tỉnh ủy viên, Giám đốc Công an tỉnh', 'Công an tỉnh'],
    ['Giám đốc Sở Xây dựng Trần Quốc Bảo', 'Trần Quốc Bảo', 'Giám đốc Sở Xây dựng', 'Sở Xây dựng'],
    ['đ/c Hòa (PTB)', 'Hòa', 'PTB', null],
  ])('%s', (item, fullName, position, organization) => {
    const person = parsePersonItem(item);
    expect(person?.fullName).toBe(fullName);
    expect(person?.position).toBe(position);
    expect(person?.organizationName).toBe(organization);
  });

  it('reads a speaker named only by position, and one whose name follows the position', () => {
    expect(personAt('Chánh Văn phòng UBND tỉnh báo cáo kết quả.', 0)).toMatchObject({
      fullName: null,
      position: 'Chánh Văn phòng UBND tỉnh',
      organizationName: 'Văn phòng UBND tỉnh',
    });
    expect(personAt('Phó Chủ tịch UBND huyện Đỗ Minh Khôi nêu ý kiến.', 0)).toMatchObject({
      fullName: 'Đỗ Minh Khôi',
      position: 'Phó Chủ tịch UBND huyện',
    });
  });

  it.each([
    [
      'a body holding the meeting after the chair is the subject',
      'dưới sự chủ trì của đồng chí Lý Văn Bình, Bí thư Huyện ủy, Chủ tịch HĐND huyện, Thường trực Huyện ủy đã có buổi làm việc với xã.',
      'Bí thư Huyện ủy, Chủ tịch HĐND huyện',
    ],
    [
      'the same body meeting "làm việc với" ends the position too',
      'đồng chí Lý Văn Bình, Bí thư Huyện ủy, Chủ tịch HĐND huyện, Thường trực Huyện ủy làm việc với xã.',
      'Bí thư Huyện ủy, Chủ tịch HĐND huyện',
    ],
    [
      'the agency a unit belongs to stays in the position',
      'bà Hà Thu Trang, Trưởng phòng Quản lý môi trường, Sở Tài nguyên và Môi trường cho biết.',
      'Trưởng phòng Quản lý môi trường, Sở Tài nguyên và Môi trường',
    ],
  ])('%s', (_case, text, position) => {
    const at = text.indexOf('đồng chí') >= 0 ? text.indexOf('đồng chí') : text.indexOf('bà');
    expect(personAt(text, at)?.position).toBe(position);
  });

  it('prefers the post a person leads over a membership when reading the organization', () => {
    expect(organizationFromPosition('Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh')).toBe(
      'Bộ Chỉ huy Quân sự tỉnh',
    );
  });
});

describe('agencies', () => {
  it.each([
    ['giao Sở Kế hoạch và Đầu tư chủ trì', 'Sở Kế hoạch và Đầu tư'],
    ['đề nghị Ban Quản lý Khu kinh tế tỉnh sớm trình', 'Ban Quản lý Khu kinh tế tỉnh'],
    ['UBND huyện Văn Bàn cần khẩn trương', 'UBND huyện Văn Bàn'],
    ['Bộ Chỉ huy Bộ đội Biên phòng tỉnh tăng cường tuần tra', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh'],
    // Commas and "và" inside one name: the kinds of place after "các", a company's legal form, a branch's full title.
    ['UBND các xã, phường, thị trấn ra quân dọn vệ sinh', 'UBND các xã, phường, thị trấn'],
    ['UBND các huyện, thị xã, thành phố nâng cao trách nhiệm', 'UBND các huyện, thị xã, thành phố'],
    ['UBND các huyện Mỹ Tú, Châu Thành và thị xã Ngã Năm kiểm tra đê bao', 'UBND các huyện Mỹ Tú, Châu Thành và thị xã Ngã Năm'],
    ['Công ty Cổ phần Môi trường Đô thị Vinh thu gom đúng giờ', 'Công ty Cổ phần Môi trường Đô thị Vinh'],
    ['Công ty trách nhiệm hữu hạn Thủy lợi Bắc Sông Chu bảo trì kênh', 'Công ty trách nhiệm hữu hạn Thủy lợi Bắc Sông Chu'],
    ['Chi cục Trồng trọt và Bảo vệ thực vật hướng dẫn bà con', 'Chi cục Trồng trọt và Bảo vệ thực vật'],
    // A comma after a single place still ends the name: "UBND huyện, Công an huyện" are two.
    ['UBND huyện, Công an huyện cùng vào cuộc', 'UBND huyện'],
  ])('%s → %s', (text, name) => {
    expect(findAgencies(text)[0]?.name).toBe(name);
  });

  it('reads the lead and the cooperating agencies of a task', () => {
    const text =
      'Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Sở Tài chính, Công an tỉnh và UBND huyện Mèo Vạc triển khai.';
    const found = directiveAgencies(text, 0);
    expect(found.lead?.name).toBe('Sở Nông nghiệp và Phát triển nông thôn');
    expect(found.cooperating.map((c) => c.name)).toEqual(['Sở Tài chính', 'Công an tỉnh', 'UBND huyện Mèo Vạc']);
  });

  it.each([
    // "đề nghị A chỉ đạo B …": B does the work, and a bare "thành phố" in B's name is A's.
    ['Đề nghị UBND huyện Hàm Yên chỉ đạo Phòng Tài chính – Kế hoạch huyện bố trí vốn đối ứng.', 'Phòng Tài chính – Kế hoạch huyện Hàm Yên'],
    ['Đề nghị Sở Y tế chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh phun khử khuẩn.', 'Trung tâm Kiểm soát bệnh tật tỉnh'],
    // A group steered by A is not one body to follow up with: A stays the lead.
    ['Đề nghị Ngân hàng Chính sách xã hội tỉnh chỉ đạo các tổ chức tín dụng giãn nợ cho hộ nuôi tôm.', 'Ngân hàng Chính sách xã hội tỉnh'],
    ['Giao UBND các xã, thị trấn chủ trì tiêu hủy lợn bệnh.', 'UBND các xã, thị trấn'],
  ])('%s → lead %s', (text, lead) => {
    expect(directiveAgencies(text, 0).lead?.name).toBe(lead);
  });
});

describe('captions and the page tail', () => {
  it('marks photo captions and repeated lines, and stops at the related-news tail', () => {
    const text = [
      'Hội nghị sơ kết',
      'Sáng 4/6, hội nghị diễn ra.',
      'DSC_0042.jpg',
      'Quang cảnh hội nghị',
      'Giám đốc Sở Y tế phát biểu.',
      'Nội dung phát biểu dài.',
      'Giám đốc Sở Y tế phát biểu.',
      'Theo Minh Anh/baotinh.vn',
      'Tin liên quan',
      'Chiều 5/6, một hội nghị khác.',
    ].join('\n');
    const { paragraphs, bodyEnd } = segment(text);
    expect(paragraphs.map((p) => [p.text, p.caption])).toEqual([
      ['Hội nghị sơ kết', false],
      ['Sáng 4/6, hội nghị diễn ra.', false],
      ['Quang cảnh hội nghị', true],
      ['Giám đốc Sở Y tế phát biểu.', true],
      ['Nội dung phát biểu dài.', false],
      ['Giám đốc Sở Y tế phát biểu.', true],
    ]);
    expect(text.slice(bodyEnd)).toMatch(/^Theo Minh Anh/u);
  });

  it.each([
    ['a reporter signing in capitals', 'THU HÀ', false],
    ['a reporter signing by name', 'Lê Thu Hà', false],
    ['a reporter signing with the paper', 'Lê Thu Hà (Báo Hà Giang)', false],
    ['a signer under a title block, which ends without a period', 'Lê Thu Hà', true],
  ])("leaves out the item's last line when it is %s", (_case, last, titleBlock) => {
    const text = ['Sở họp giao ban', 'Sáng 4/6, Sở Y tế họp giao ban.', titleBlock ? 'GIÁM ĐỐC' : 'Giám đốc kết luận buổi họp.', last].join(
      '\n',
    );
    const { paragraphs, bodyEnd } = segment(text);
    expect(paragraphs.map((p) => p.text).includes(last)).toBe(titleBlock);
    expect(bodyEnd === text.length).toBe(titleBlock);
  });
});

describe('document numbers', () => {
  it('finds party and state document numbers', () => {
    const text = 'Thực hiện Kết luận số 111-KL/TU và Thông báo số 125/TB-UBND, Biên bản 45/BB-SKHĐT ngày 3/4.';
    expect(findDocumentNumbers(text, text.length).map((n) => n.value)).toEqual(['111-KL/TU', '125/TB-UBND', '45/BB-SKHĐT']);
  });
});
