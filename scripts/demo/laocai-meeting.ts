/**
 * Demo data: the working session of the Lào Cai provincial standing committee
 * on 12 March 2024 about industrial zones and border-gate economic zones.
 * Facts (who, what, figures, decisions) come from the press report of that
 * session; the wording is ours. Where the report gives no deadline or no lead
 * agency, the ones here are plausible choices for a demo, not the record.
 */

export const SOURCE_URL =
  'https://baolaocai.vn/thuong-truc-tinh-uy-lam-viec-voi-ban-can-su-dang-ubnd-tinh-ve-quan-ly-hoat-dong-khu-cong-nghiep-khu-kinh-te-cua-khau-post381165.html';

export interface DemoOrganization {
  key: string;
  name: string;
  shortName: string;
  kind: 'party_committee' | 'peoples_council' | 'peoples_committee' | 'department' | 'district' | 'board' | 'agency';
  parent?: string;
}

/** Parents come before their children. */
export const ORGANIZATIONS: DemoOrganization[] = [
  { key: 'tinhUy', name: 'Tỉnh ủy Lào Cai', shortName: 'TU-LC', kind: 'party_committee' },
  { key: 'thuongTrucTinhUy', name: 'Thường trực Tỉnh ủy Lào Cai', shortName: 'TTTU-LC', kind: 'party_committee', parent: 'tinhUy' },
  { key: 'banCanSu', name: 'Ban Cán sự Đảng UBND tỉnh Lào Cai', shortName: 'BCSĐ-UBND-LC', kind: 'party_committee', parent: 'tinhUy' },
  { key: 'hdnd', name: 'Hội đồng nhân dân tỉnh Lào Cai', shortName: 'HĐND-LC', kind: 'peoples_council' },
  { key: 'ubnd', name: 'Ủy ban nhân dân tỉnh Lào Cai', shortName: 'UBND-LC', kind: 'peoples_committee' },
  { key: 'bqlKkt', name: 'Ban Quản lý Khu kinh tế tỉnh Lào Cai', shortName: 'BQLKKT-LC', kind: 'board', parent: 'ubnd' },
  { key: 'soKhdt', name: 'Sở Kế hoạch và Đầu tư tỉnh Lào Cai', shortName: 'SKHĐT-LC', kind: 'department', parent: 'ubnd' },
  { key: 'soCongThuong', name: 'Sở Công Thương tỉnh Lào Cai', shortName: 'SCT-LC', kind: 'department', parent: 'ubnd' },
  { key: 'soTnmt', name: 'Sở Tài nguyên và Môi trường tỉnh Lào Cai', shortName: 'STNMT-LC', kind: 'department', parent: 'ubnd' },
  { key: 'soNoiVu', name: 'Sở Nội vụ tỉnh Lào Cai', shortName: 'SNV-LC', kind: 'department', parent: 'ubnd' },
  { key: 'haiQuan', name: 'Cục Hải quan tỉnh Lào Cai', shortName: 'CHQ-LC', kind: 'agency' },
  { key: 'bienPhong', name: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lào Cai', shortName: 'BĐBP-LC', kind: 'agency' },
  { key: 'batXat', name: 'Ủy ban nhân dân huyện Bát Xát', shortName: 'UBND-BX', kind: 'district', parent: 'ubnd' },
  { key: 'baoThang', name: 'Ủy ban nhân dân huyện Bảo Thắng', shortName: 'UBND-BT', kind: 'district', parent: 'ubnd' },
];

export interface DemoPerson {
  key: string;
  fullName: string;
  position: string;
  organization: string;
}

/** The report names the provincial leaders; department speakers are known only by their office. */
export const PEOPLE: DemoPerson[] = [
  {
    key: 'phong',
    fullName: 'Đặng Xuân Phong',
    position: 'Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh',
    organization: 'tinhUy',
  },
  { key: 'cuong', fullName: 'Vũ Xuân Cường', position: 'Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh', organization: 'tinhUy' },
  { key: 'truong', fullName: 'Trịnh Xuân Trường', position: 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh', organization: 'ubnd' },
  { key: 'giang', fullName: 'Hoàng Giang', position: 'Phó Bí thư Tỉnh ủy', organization: 'tinhUy' },
  { key: 'khanh', fullName: 'Hoàng Quốc Khánh', position: 'Phó Chủ tịch Thường trực UBND tỉnh', organization: 'ubnd' },
  { key: 'hai', fullName: 'Nguyễn Trọng Hài', position: 'Phó Chủ tịch UBND tỉnh', organization: 'ubnd' },
  { key: 'truongBanKkt', fullName: 'Trưởng Ban Quản lý Khu kinh tế tỉnh', position: 'Trưởng Ban', organization: 'bqlKkt' },
  { key: 'chuTichBatXat', fullName: 'Chủ tịch UBND huyện Bát Xát', position: 'Chủ tịch UBND huyện', organization: 'batXat' },
  { key: 'lanhDaoCongThuong', fullName: 'Lãnh đạo Sở Công Thương', position: 'Lãnh đạo Sở', organization: 'soCongThuong' },
  { key: 'cucTruongHaiQuan', fullName: 'Cục trưởng Cục Hải quan tỉnh', position: 'Cục trưởng', organization: 'haiQuan' },
  {
    key: 'chiHuyBienPhong',
    fullName: 'Chỉ huy trưởng Bộ đội Biên phòng tỉnh',
    position: 'Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
    organization: 'bienPhong',
  },
];

type Ids = Record<string, string>;

/** The body of one `POST /api/v1/meetings` that records the whole session. */
export function laoCaiMeetingRequest(org: Ids, person: Ids) {
  return {
    title: 'Làm việc với Ban Cán sự Đảng UBND tỉnh về quản lý khu công nghiệp và khu kinh tế cửa khẩu',
    kind: 'working_session',
    startsAt: '2024-03-12T08:00:00+07:00',
    endsAt: '2024-03-12T11:30:00+07:00',
    location: 'Trụ sở Tỉnh ủy Lào Cai',
    organizerId: org.thuongTrucTinhUy,
    chairId: person.phong,
    summary:
      'Thường trực Tỉnh ủy nghe báo cáo về ba khu công nghiệp đang hoạt động (Đông Phố Mới, Bắc Duyên Hải, Tằng Loỏng) với 135 dự án, ' +
      'tổng vốn đăng ký 21.624 tỷ đồng, và về kinh tế cửa khẩu, nơi kim ngạch xuất nhập khẩu năm 2023 còn 1,159 tỷ USD so với mức ' +
      '3,8 tỷ USD năm 2019. Bí thư Tỉnh ủy kết luận, giao nhiệm vụ cho các cơ quan.',
    sourceUrl: SOURCE_URL,
    status: 'published',
    attendees: [
      { personId: person.phong, role: 'chair' },
      { personId: person.cuong, role: 'member' },
      { personId: person.truong, role: 'member' },
      { personId: person.giang, role: 'member' },
      { personId: person.khanh, role: 'member' },
      { personId: person.hai, role: 'member' },
      { personId: person.truongBanKkt, role: 'reporter' },
      { personId: person.chuTichBatXat, role: 'invited' },
      { personId: person.lanhDaoCongThuong, role: 'invited' },
      { personId: person.cucTruongHaiQuan, role: 'invited' },
      { personId: person.chiHuyBienPhong, role: 'invited' },
    ],
    speeches: [
      {
        speakerId: person.truongBanKkt,
        kind: 'report',
        title: 'Tình hình các khu công nghiệp và khu kinh tế cửa khẩu',
        summary:
          'Năm 2023 sản xuất công nghiệp trong các khu đạt 17.468 tỷ đồng (38% toàn tỉnh), nộp ngân sách 879 tỷ đồng, ' +
          'tạo việc làm cho 9.056 lao động. Hai tháng đầu năm 2024 kim ngạch qua cửa khẩu đạt 219 triệu USD, tăng 60%. ' +
          'Đề xuất đầu tư hạ tầng cửa khẩu Bản Vược và di dời hộ dân khỏi mặt bằng Khu công nghiệp Tằng Loỏng.',
      },
      { speakerId: person.chuTichBatXat, kind: 'opinion', summary: 'Ý kiến của huyện Bát Xát về khu kinh tế cửa khẩu trên địa bàn.' },
      { speakerId: person.lanhDaoCongThuong, kind: 'opinion', summary: 'Cần thu hút doanh nghiệp thương mại đến hoạt động tại Lào Cai.' },
      { speakerId: person.cucTruongHaiQuan, kind: 'opinion', summary: 'Đề nghị tập trung hoạt động kiểm hóa tại một khu vực.' },
      { speakerId: person.chiHuyBienPhong, kind: 'opinion', summary: 'Ý kiến về quản lý cửa khẩu và lối mở trên biên giới.' },
      { speakerId: person.hai, kind: 'opinion', summary: 'Sớm hoàn thiện, điều chỉnh quy hoạch khu công nghiệp cho sát thực tế.' },
      {
        speakerId: person.khanh,
        kind: 'opinion',
        title: 'Quy hoạch cửa khẩu',
        summary: 'Ý kiến về quy hoạch hệ thống cửa khẩu và phát triển cửa khẩu số.',
      },
      {
        speakerId: person.giang,
        kind: 'direction',
        summary:
          'Chỉ đạo sáu nội dung: Ban Quản lý Khu kinh tế chủ động bám sát doanh nghiệp; thanh tra việc sử dụng đất, tính phương án ' +
          'thu hồi để giao cho đơn vị khác; xây dựng Tằng Loỏng thành khu công nghiệp kiểu mẫu.',
      },
      {
        speakerId: person.truong,
        kind: 'direction',
        summary:
          'Tập trung kiểm hóa tại cửa khẩu Kim Thành về một khu; Ban Quản lý Khu kinh tế học hỏi kinh nghiệm các đơn vị cùng chức năng.',
      },
      {
        speakerId: person.cuong,
        kind: 'opinion',
        summary:
          'Kim ngạch qua cửa khẩu Lào Cai còn quá nhỏ so với thương mại hai chiều Việt Nam – Trung Quốc; cần hoàn thiện hạ tầng, ' +
          'mặt bằng, phân luồng hàng hóa, môi trường và thủ tục hành chính.',
      },
      {
        speakerId: person.phong,
        kind: 'conclusion',
        title: 'Kết luận buổi làm việc',
        summary:
          'Nhiều chỉ tiêu chưa đạt yêu cầu. Rà soát và triển khai nghiêm các kết luận; làm rõ trách nhiệm người đứng đầu; ' +
          'xử lý dự án vi phạm, thu hồi dự án vi phạm nghiêm trọng; đồng ý kiểm hóa tập trung và thành lập trung tâm xúc tiến đầu tư.',
      },
    ],
    directives: [
      {
        title:
          'Rà soát các dự án đã cấp phép còn thiếu thủ tục; xử lý vi phạm, thu hồi dự án vi phạm nghiêm trọng để giao cho nhà đầu tư có năng lực',
        leadOrganizationId: org.bqlKkt,
        cooperatingOrganizationIds: [org.soKhdt, org.soTnmt],
        issuedById: person.phong,
        sourceSpeechIndex: 10,
        dueDate: '2024-06-30',
        priority: 'high',
      },
      {
        title: 'Tập trung hoạt động kiểm hóa tại cửa khẩu Kim Thành về một khu vực, một đầu mối',
        leadOrganizationId: org.haiQuan,
        cooperatingOrganizationIds: [org.bqlKkt, org.bienPhong],
        issuedById: person.phong,
        sourceSpeechIndex: 10,
        dueDate: '2024-05-31',
        priority: 'high',
      },
      {
        title: 'Thành lập Trung tâm Xúc tiến đầu tư thuộc Sở Kế hoạch và Đầu tư',
        leadOrganizationId: org.soKhdt,
        cooperatingOrganizationIds: [org.soNoiVu],
        issuedById: person.phong,
        sourceSpeechIndex: 10,
        dueDate: '2024-09-30',
      },
      {
        title: 'Tham mưu rà soát, điều chỉnh và triển khai quy hoạch Khu công nghiệp Đông Phố Mới, Bắc Duyên Hải và Khu phức hợp Kim Thành',
        leadOrganizationId: org.bqlKkt,
        cooperatingOrganizationIds: [org.soKhdt],
        issuedById: person.phong,
        sourceSpeechIndex: 10,
        dueDate: '2024-12-31',
      },
      {
        title: 'Di chuyển các hộ dân ra khỏi mặt bằng Khu công nghiệp Tằng Loỏng',
        leadOrganizationId: org.baoThang,
        cooperatingOrganizationIds: [org.bqlKkt, org.soTnmt],
        issuedById: person.phong,
        sourceSpeechIndex: 10,
        dueDate: '2024-12-31',
        priority: 'high',
      },
      {
        title: 'Thanh tra, giám sát việc sử dụng đất trong các khu công nghiệp; lập phương án thu hồi đất sử dụng sai mục đích',
        leadOrganizationId: org.soTnmt,
        cooperatingOrganizationIds: [org.bqlKkt],
        issuedById: person.giang,
        sourceSpeechIndex: 7,
        dueDate: '2024-08-31',
      },
      {
        title:
          'Rà soát việc thực hiện các kết luận, chỉ đạo của Tỉnh ủy và UBND tỉnh về khu công nghiệp, khu kinh tế; làm rõ trách nhiệm người đứng đầu',
        leadOrganizationId: org.banCanSu,
        issuedById: person.phong,
        sourceSpeechIndex: 10,
        dueDate: '2024-04-30',
      },
      {
        title:
          'Tham mưu hoàn thiện hạ tầng, mặt bằng khu công nghiệp; phương án phân luồng hàng hóa, môi trường và thủ tục hành chính tại cửa khẩu',
        leadOrganizationId: org.bqlKkt,
        cooperatingOrganizationIds: [org.soCongThuong, org.haiQuan],
        issuedById: person.cuong,
        sourceSpeechIndex: 9,
      },
    ],
  };
}
