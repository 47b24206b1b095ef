import { parse as parseContentDisposition } from 'content-disposition';
import { laoCaiMeetingRequest } from '../../scripts/demo/laocai-meeting.js';
import { createLaoCaiDirectory, createMeeting, createPerson } from '../support/factories.js';
import { createTestApp, type TestApp, type TestRole } from '../support/test-app.js';
import { cellText, paragraphs, readWordDocument, tables, type WordDocument, type WordParagraph } from '../support/word-document.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const BQL = 'Ban Quản lý Khu kinh tế tỉnh Lào Cai';
const KHDT = 'Sở Kế hoạch và Đầu tư tỉnh Lào Cai';
const TNMT = 'Sở Tài nguyên và Môi trường tỉnh Lào Cai';
const HAI_QUAN = 'Cục Hải quan tỉnh Lào Cai';
const BIEN_PHONG = 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lào Cai';
const OWN = 'Sở của tôi';
const CHAIR_POSITION = 'Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh';
const TITLE = 'Làm việc với Ban Cán sự Đảng UBND tỉnh về quản lý khu công nghiệp và khu kinh tế cửa khẩu';

/** The demo's eight conclusions and the two added here for the fixture agency, as the documents must state them. */
const CONCLUSIONS = [
  `1. Rà soát các dự án đã cấp phép còn thiếu thủ tục; xử lý vi phạm, thu hồi dự án vi phạm nghiêm trọng để giao cho nhà đầu tư có năng lực. Giao ${BQL} chủ trì, phối hợp với ${KHDT}, ${TNMT} thực hiện; thời hạn hoàn thành: 30/6/2024.`,
  `2. Tập trung hoạt động kiểm hóa tại cửa khẩu Kim Thành về một khu vực, một đầu mối. Giao ${HAI_QUAN} chủ trì, phối hợp với ${BQL}, ${BIEN_PHONG} thực hiện; thời hạn hoàn thành: 31/5/2024.`,
  `3. Thành lập Trung tâm Xúc tiến đầu tư thuộc Sở Kế hoạch và Đầu tư. Giao ${KHDT} chủ trì, phối hợp với Sở Nội vụ tỉnh Lào Cai thực hiện; thời hạn hoàn thành: 30/9/2024.`,
  `4. Tham mưu rà soát, điều chỉnh và triển khai quy hoạch Khu công nghiệp Đông Phố Mới, Bắc Duyên Hải và Khu phức hợp Kim Thành. Giao ${BQL} chủ trì, phối hợp với ${KHDT} thực hiện; thời hạn hoàn thành: 31/12/2024.`,
  `5. Di chuyển các hộ dân ra khỏi mặt bằng Khu công nghiệp Tằng Loỏng. Giao Ủy ban nhân dân huyện Bảo Thắng chủ trì, phối hợp với ${BQL}, ${TNMT} thực hiện; thời hạn hoàn thành: 31/12/2024.`,
  `6. Thanh tra, giám sát việc sử dụng đất trong các khu công nghiệp; lập phương án thu hồi đất sử dụng sai mục đích. Giao ${TNMT} chủ trì, phối hợp với ${BQL} thực hiện; thời hạn hoàn thành: 31/8/2024.`,
  '7. Rà soát việc thực hiện các kết luận, chỉ đạo của Tỉnh ủy và UBND tỉnh về khu công nghiệp, khu kinh tế; làm rõ trách nhiệm người đứng đầu. Giao Ban Cán sự Đảng UBND tỉnh Lào Cai chủ trì thực hiện; thời hạn hoàn thành: 30/4/2024.',
  `8. Tham mưu hoàn thiện hạ tầng, mặt bằng khu công nghiệp; phương án phân luồng hàng hóa, môi trường và thủ tục hành chính tại cửa khẩu. Giao ${BQL} chủ trì, phối hợp với ${HAI_QUAN}, Sở Công Thương tỉnh Lào Cai thực hiện thường xuyên.`,
  `9. Báo cáo kết quả giải phóng mặt bằng Khu công nghiệp Tằng Loỏng. Kèm danh sách hộ dân đã bàn giao mặt bằng. Giao ${OWN} chủ trì, phối hợp với ${TNMT} thực hiện; thời hạn hoàn thành: 15/4/2024.`,
  `10. Góp ý phương án phân luồng hàng hóa qua cửa khẩu Kim Thành. Giao ${BIEN_PHONG} chủ trì, phối hợp với ${OWN} thực hiện; thời hạn hoàn thành: 5/5/2024.`,
];

/** The Thông báo kết luận and the Biên bản of a meeting, read back from the Word files. */
describe('Official documents of a meeting', () => {
  let t: TestApp;
  let meetingId: string;

  beforeAll(async () => {
    t = await createTestApp({ env: { DOCUMENT_PLACE: 'Lào Cai' } });
    const { org, person } = await createLaoCaiDirectory(t);
    const secretary = await createPerson(t, {
      fullName: 'Nguyễn Thị Thu Hà',
      position: 'Chuyên viên Văn phòng Tỉnh ủy',
      organizationId: org.tinhUy,
    });
    const demo = laoCaiMeetingRequest(org, person);
    const meeting = await createMeeting(t, {
      ...demo,
      attendees: [
        ...demo.attendees.map((a) => (a.personId === person.chiHuyBienPhong ? { ...a, attended: false } : a)),
        { personId: secretary.id, role: 'secretary' },
      ],
      directives: [
        ...demo.directives,
        {
          title: 'Báo cáo kết quả giải phóng mặt bằng Khu công nghiệp Tằng Loỏng',
          description: 'Kèm danh sách hộ dân đã bàn giao mặt bằng.',
          leadOrganizationId: t.agencies.own,
          cooperatingOrganizationIds: [org.soTnmt],
          dueDate: '2024-04-15',
        },
        {
          title: 'Góp ý phương án phân luồng hàng hóa qua cửa khẩu Kim Thành',
          leadOrganizationId: org.bienPhong,
          cooperatingOrganizationIds: [t.agencies.own],
          dueDate: '2024-05-05',
        },
      ],
    });
    meetingId = meeting.id;
  });
  afterAll(async () => {
    await t.close();
  });

  /** The answer's bytes as they came (the shared client reads bodies as text). */
  async function download(role: TestRole, url: string) {
    const { port } = t.app.getHttpServer().address() as { port: number };
    const response = await fetch(`http://127.0.0.1:${port}${url}`, {
      headers: { authorization: `Bearer ${t.users[role].accessToken}` },
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { status: response.status, headers: Object.fromEntries(response.headers.entries()), bytes };
  }

  async function document(role: TestRole, name: 'conclusion-notice' | 'minutes', id = meetingId): Promise<WordDocument> {
    const answer = await download(role, `/api/v1/meetings/${id}/documents/${name}.docx`);
    expect([answer.status, answer.headers['content-type']]).toEqual([200, DOCX]);
    return readWordDocument(answer.bytes);
  }

  const texts = (parts: WordParagraph[]): string[] => parts.map((p) => p.text);
  const conclusionsOf = (doc: WordDocument): string[] => texts(paragraphs(doc)).filter((text) => /^\d+\. (?!Đồng chí)/.test(text));
  const paragraphAfter = (doc: WordDocument, text: string, offset = 1): WordParagraph => {
    const all = paragraphs(doc);
    return all[all.findIndex((p) => p.text === text) + offset]!;
  };

  it('answers the notice as a Word file with a Vietnamese file name, not to be kept by shared caches', async () => {
    const answer = await download('secretariat', `/api/v1/meetings/${meetingId}/documents/conclusion-notice.docx`);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe(DOCX);
    expect(answer.headers['cache-control']).toBe('private, no-store');
    expect(Number(answer.headers['content-length'])).toBe(answer.bytes.length);
    // RFC 6266: the name in UTF-8 (filename*), and without diacritics for clients that do not read filename*.
    expect(answer.headers['content-disposition']).toBe(
      `attachment; filename="Thong bao ket luan 2024-03-12.docx"; filename*=UTF-8''Th%C3%B4ng%20b%C3%A1o%20k%E1%BA%BFt%20lu%E1%BA%ADn%202024-03-12.docx`,
    );
    expect(parseContentDisposition(answer.headers['content-disposition']!).parameters.filename).toBe('Thông báo kết luận 2024-03-12.docx');
    // A zip (PK…), as every .docx is.
    expect(Array.from(answer.bytes.subarray(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('lays the notice out as Nghị định 30/2020 asks: A4, its margins, Times New Roman 13–14 pt', async () => {
    const doc = await document('leader', 'conclusion-notice');
    expect(doc.page).toEqual({ width: 11906, height: 16838, margins: { top: 1134, bottom: 1134, left: 1701, right: 851 } });
    const mm = (twips: number) => (twips / 1440) * 25.4;
    const { top, bottom, left, right } = doc.page.margins;
    expect([mm(top), mm(bottom), mm(left), mm(right)].map(Math.round)).toEqual([20, 20, 30, 15]);
    expect(doc.defaults).toEqual({ font: 'Times New Roman', size: 28 });
    // No run changes the font; sizes are 13 or 14 pt, but for "Nơi nhận" (12 pt) and its lines (11 pt), as the decree has them.
    expect(
      tables(doc)
        .flatMap((table) => table.rows.flat(2))
        .concat(paragraphs(doc))
        .flatMap((p) => p.runs)
        .filter((r) => r.font !== null),
    ).toEqual([]);
    expect([...new Set(doc.sizesUsed)].sort()).toEqual([22, 24, 26, 28]);
    const recipientsCell = tables(doc)[1]!.rows[0]![0]!;
    const sizesOutsideRecipients = paragraphs(doc)
      .concat(tables(doc)[0]!.rows.flat(2), tables(doc)[1]!.rows[0]![1]!)
      .flatMap((p) => p.runs.map((r) => r.size ?? doc.defaults.size));
    expect(new Set(sizesOutsideRecipients)).toEqual(new Set([26, 28]));
    expect(new Set(recipientsCell.flatMap((p) => p.runs.map((r) => r.size)))).toEqual(new Set([24, 22]));
  });

  it('heads the notice with the issuing body and number on the left, the national title, motto and date on the right, in a table without borders', async () => {
    const doc = await document('secretariat', 'conclusion-notice');
    const header = doc.body[0]!;
    expect(header.kind).toBe('table');
    if (header.kind !== 'table') return;
    expect(header.rows.map((row) => row.length)).toEqual([2]);
    expect(Object.values(header.borders).every((style) => style === 'none')).toBe(true);
    expect(Object.keys(header.borders).sort()).toEqual(['bottom', 'insideH', 'insideV', 'left', 'right', 'top']);
    expect(header.columnWidths).toEqual([3402, 5952]);
    expect(cellText(header, 0, 0)).toEqual(['TỈNH ỦY LÀO CAI', 'THƯỜNG TRỰC TỈNH ỦY LÀO CAI', '', 'Số: ……/TB-TTTU-LC']);
    expect(cellText(header, 0, 1)).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '',
      'Lào Cai, ngày 12 tháng 3 năm 2024',
    ]);
    const [parent, issuer, issuerRule] = header.rows[0]![0]!;
    expect([parent!.runs[0]!.bold, issuer!.runs[0]!.bold, issuerRule!.borders]).toEqual([false, true, ['top']]);
    const [nationalTitle, motto, mottoRule, placeAndDate] = header.rows[0]![1]!;
    expect(nationalTitle!.runs.map((r) => [r.bold, r.size])).toEqual([[true, 26]]);
    expect(motto!.runs.map((r) => [r.bold, r.size])).toEqual([[true, 28]]);
    expect(mottoRule!.borders).toEqual(['top']);
    expect(placeAndDate!.runs.map((r) => [r.italics, r.bold])).toEqual([[true, false]]);
    expect(
      header.rows[0]!.flat()
        .filter((p) => p.text !== '')
        .every((p) => p.alignment === 'center'),
    ).toBe(true);
  });

  it('states the title, who chaired and attended, and each conclusion naming its lead and cooperating agencies and its deadline', async () => {
    const doc = await document('secretariat', 'conclusion-notice');
    const title = paragraphs(doc).find((p) => p.text === 'THÔNG BÁO')!;
    expect([title.alignment, title.runs.every((r) => r.bold)]).toEqual(['center', true]);
    const subtitle = paragraphAfter(doc, 'THÔNG BÁO');
    expect(subtitle.text).toBe(`Kết luận của đồng chí Đặng Xuân Phong tại buổi làm việc ngày 12/3/2024\n${TITLE}`);
    expect([subtitle.alignment, subtitle.runs.every((r) => r.bold)]).toEqual(['center', true]);
    expect(paragraphAfter(doc, 'THÔNG BÁO', 2).borders).toEqual(['top']);

    const opening = paragraphs(doc).find((p) => p.text.startsWith('Ngày 12/3/2024'))!;
    expect(opening.text).toBe(
      `Ngày 12/3/2024, tại Trụ sở Tỉnh ủy Lào Cai, đồng chí Đặng Xuân Phong, ${CHAIR_POSITION}, chủ trì buổi làm việc “${TITLE}”. ` +
        'Tham dự có các đồng chí: Hoàng Giang, Phó Bí thư Tỉnh ủy; Hoàng Quốc Khánh, Phó Chủ tịch Thường trực UBND tỉnh; ' +
        'Nguyễn Trọng Hài, Phó Chủ tịch UBND tỉnh; Trịnh Xuân Trường, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; ' +
        'Vũ Xuân Cường, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Trưởng Ban Quản lý Khu kinh tế tỉnh, Trưởng Ban; ' +
        'Chủ tịch UBND huyện Bát Xát, Chủ tịch UBND huyện; Cục trưởng Cục Hải quan tỉnh, Cục trưởng; Lãnh đạo Sở Công Thương, Lãnh đạo Sở.',
    );
    expect(paragraphAfter(doc, opening.text).text).toBe(
      'Sau khi nghe báo cáo của đồng chí Trưởng Ban Quản lý Khu kinh tế tỉnh, Trưởng Ban và ý kiến của các đại biểu dự họp, ' +
        'đồng chí Đặng Xuân Phong kết luận như sau:',
    );
    expect(conclusionsOf(doc)).toEqual(CONCLUSIONS);
    const first = paragraphs(doc).find((p) => p.text === CONCLUSIONS[0])!;
    expect(first.runs[0]).toMatchObject({ text: '1. ', bold: true });
    expect(first.alignment).toBe('both');
    expect(paragraphAfter(doc, CONCLUSIONS[9]!).text).toBe(
      'Thường trực Tỉnh ủy Lào Cai thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.',
    );
  });

  it('ends with "Nơi nhận" bottom left (the agencies named, then the file copy) and the chair’s signature bottom right', async () => {
    const doc = await document('secretariat', 'conclusion-notice');
    expect(tables(doc)).toHaveLength(2);
    const closing = tables(doc)[1]!;
    expect(doc.body[doc.body.length - 1]).toBe(closing);
    expect(Object.values(closing.borders).every((style) => style === 'none')).toBe(true);
    expect(cellText(closing, 0, 0)).toEqual([
      'Nơi nhận:',
      `- ${BQL};`,
      `- ${KHDT};`,
      `- ${TNMT};`,
      `- ${HAI_QUAN};`,
      `- ${BIEN_PHONG};`,
      '- Sở Nội vụ tỉnh Lào Cai;',
      '- Ủy ban nhân dân huyện Bảo Thắng;',
      '- Ban Cán sự Đảng UBND tỉnh Lào Cai;',
      '- Sở Công Thương tỉnh Lào Cai;',
      `- ${OWN};`,
      '- Lưu: VT.',
    ]);
    expect(closing.rows[0]![0]![0]!.runs).toEqual([{ text: 'Nơi nhận:', bold: true, italics: true, size: 24, font: null }]);
    expect(cellText(closing, 0, 1)).toEqual([CHAIR_POSITION.toLocaleUpperCase('vi'), '', '', '', '', 'Đặng Xuân Phong']);
    const signature = closing.rows[0]![1]!;
    expect([signature[0]!.runs[0]!.bold, signature[5]!.runs[0]!.bold, signature[5]!.alignment]).toEqual([true, true, 'center']);
  });

  it.each(['department_head', 'department_staff'] as const)(
    'gives %s an extract: only the conclusions their agency leads or cooperates on, numbered as in the whole notice',
    async (role) => {
      const doc = await document(role, 'conclusion-notice');
      const written = paragraphs(doc).filter((p) => p.text !== '');
      expect(written.slice(0, 3).map((p) => p.text)).toEqual([
        'THÔNG BÁO',
        `Kết luận của đồng chí Đặng Xuân Phong tại buổi làm việc ngày 12/3/2024\n${TITLE}`,
        `(Trích các kết luận giao cho hoặc có sự phối hợp của ${OWN})`,
      ]);
      expect(written[2]!.runs.map((r) => [r.italics, r.bold])).toEqual([[true, false]]);
      expect(conclusionsOf(doc)).toEqual([CONCLUSIONS[8], CONCLUSIONS[9]]);
      expect(cellText(tables(doc)[1]!, 0, 0)).toEqual(['Nơi nhận:', `- ${OWN};`, `- ${TNMT};`, `- ${BIEN_PHONG};`, '- Lưu: VT.']);
      // Nothing of the other agencies' conclusions anywhere in the file.
      for (const hidden of ['Kim Thành về một khu vực', 'Trung tâm Xúc tiến', 'Ban Cán sự Đảng UBND tỉnh Lào Cai chủ trì', 'Sở Nội vụ'])
        expect(doc.allText).not.toContain(hidden);
    },
  );

  it('writes the minutes: time, place, chair, secretary, attendees, each speech in order, the conclusions and the end', async () => {
    const answer = await download('leader', `/api/v1/meetings/${meetingId}/documents/minutes.docx`);
    expect(parseContentDisposition(answer.headers['content-disposition']!).parameters.filename).toBe('Biên bản 2024-03-12.docx');
    const doc = await readWordDocument(answer.bytes);
    expect(doc.page).toEqual({ width: 11906, height: 16838, margins: { top: 1134, bottom: 1134, left: 1701, right: 851 } });
    expect(doc.defaults).toEqual({ font: 'Times New Roman', size: 28 });

    const header = tables(doc)[0]!;
    expect(doc.body[0]).toBe(header);
    expect(cellText(header, 0, 0)).toEqual(['TỈNH ỦY LÀO CAI', 'THƯỜNG TRỰC TỈNH ỦY LÀO CAI', '', 'Số: ……/BB-TTTU-LC']);
    // A biên bản is dated in its text: no place-and-date line under the motto.
    expect(cellText(header, 0, 1)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '']);

    const body = texts(paragraphs(doc)).filter((text) => text !== '');
    const from = body.indexOf('BIÊN BẢN');
    expect(body.slice(from, from + 12)).toEqual([
      'BIÊN BẢN',
      TITLE,
      'Thời gian bắt đầu: 08 giờ 00, ngày 12 tháng 3 năm 2024.',
      'Địa điểm: Trụ sở Tỉnh ủy Lào Cai.',
      `Chủ trì (chủ tọa): đồng chí Đặng Xuân Phong, ${CHAIR_POSITION}.`,
      'Thư ký (người ghi biên bản): đồng chí Nguyễn Thị Thu Hà, Chuyên viên Văn phòng Tỉnh ủy.',
      'Thành phần tham dự:',
      '- Thành viên: Hoàng Giang, Phó Bí thư Tỉnh ủy; Hoàng Quốc Khánh, Phó Chủ tịch Thường trực UBND tỉnh; Nguyễn Trọng Hài, Phó Chủ tịch UBND tỉnh; ' +
        'Trịnh Xuân Trường, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Vũ Xuân Cường, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh.',
      '- Cơ quan báo cáo: Trưởng Ban Quản lý Khu kinh tế tỉnh, Trưởng Ban.',
      '- Đại biểu mời: Chủ tịch UBND huyện Bát Xát, Chủ tịch UBND huyện; Cục trưởng Cục Hải quan tỉnh, Cục trưởng; Lãnh đạo Sở Công Thương, Lãnh đạo Sở.',
      '- Vắng mặt: Chỉ huy trưởng Bộ đội Biên phòng tỉnh, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh.',
      'Nội dung (theo diễn biến cuộc họp):',
    ]);
    const label = paragraphs(doc).find((p) => p.text.startsWith('Thư ký'))!;
    expect(label.runs[0]).toMatchObject({ text: 'Thư ký (người ghi biên bản): ', bold: true });

    const speeches = body.slice(from + 12, body.indexOf('Kết luận:'));
    expect(speeches.map((text) => /^(\d+)\. Đồng chí ([^,]+),/.exec(text)!.slice(1).join(' '))).toEqual([
      '1 Trưởng Ban Quản lý Khu kinh tế tỉnh',
      '2 Chủ tịch UBND huyện Bát Xát',
      '3 Lãnh đạo Sở Công Thương',
      '4 Cục trưởng Cục Hải quan tỉnh',
      '5 Chỉ huy trưởng Bộ đội Biên phòng tỉnh',
      '6 Nguyễn Trọng Hài',
      '7 Hoàng Quốc Khánh',
      '8 Hoàng Giang',
      '9 Trịnh Xuân Trường',
      '10 Vũ Xuân Cường',
      '11 Đặng Xuân Phong',
    ]);
    expect(speeches[0]).toBe(
      '1. Đồng chí Trưởng Ban Quản lý Khu kinh tế tỉnh, Trưởng Ban báo cáo “Tình hình các khu công nghiệp và khu kinh tế cửa khẩu”: ' +
        'Năm 2023 sản xuất công nghiệp trong các khu đạt 17.468 tỷ đồng (38% toàn tỉnh), nộp ngân sách 879 tỷ đồng, ' +
        'tạo việc làm cho 9.056 lao động. Hai tháng đầu năm 2024 kim ngạch qua cửa khẩu đạt 219 triệu USD, tăng 60%. ' +
        'Đề xuất đầu tư hạ tầng cửa khẩu Bản Vược và di dời hộ dân khỏi mặt bằng Khu công nghiệp Tằng Loỏng.',
    );
    expect(speeches[5]).toBe(
      '6. Đồng chí Nguyễn Trọng Hài, Phó Chủ tịch UBND tỉnh phát biểu ý kiến: Sớm hoàn thiện, điều chỉnh quy hoạch khu công nghiệp cho sát thực tế.',
    );
    expect(paragraphs(doc).find((p) => p.text === speeches[5])!.runs[0]).toMatchObject({
      text: '6. Đồng chí Nguyễn Trọng Hài, Phó Chủ tịch UBND tỉnh',
      bold: true,
    });

    expect(body.slice(body.indexOf('Kết luận:') + 1, body.indexOf('Kết luận:') + 11)).toEqual(CONCLUSIONS);
    expect(body[body.indexOf('Kết luận:') + 11]).toBe('Cuộc họp kết thúc vào 11 giờ 30, ngày 12 tháng 3 năm 2024./.');

    const signatures = tables(doc)[1]!;
    expect(cellText(signatures, 0, 0)).toEqual(['THƯ KÝ', '', '', '', '', 'Nguyễn Thị Thu Hà']);
    expect(cellText(signatures, 0, 1)).toEqual(['CHỦ TỌA', '', '', '', '', 'Đặng Xuân Phong']);
    expect(texts(paragraphs(doc)).slice(-3)).toEqual(['Nơi nhận:', '- Các đại biểu dự họp;', '- Lưu: VT.']);
  });

  it('gives a department the minutes with the speeches and only its agency’s conclusions', async () => {
    const doc = await document('department_staff', 'minutes');
    const body = texts(paragraphs(doc));
    expect(body.slice(body.indexOf('Kết luận:') + 1, body.indexOf('Kết luận:') + 4)).toEqual([
      `(Trích các kết luận giao cho hoặc có sự phối hợp của ${OWN})`,
      CONCLUSIONS[8],
      CONCLUSIONS[9],
    ]);
    expect(body.filter((text) => /^\d+\. Đồng chí/.test(text))).toHaveLength(11);
  });

  it('leaves blanks for what a bare meeting does not say, and dates it in the office’s zone', async () => {
    // 17:30 UTC on the 11th is 00:30 on the 12th in Hà Nội.
    const bare = await createMeeting(t, { title: 'Họp rà soát tiến độ', startsAt: '2024-03-11T17:30:00Z' });
    const answer = await download('admin', `/api/v1/meetings/${bare.id}/documents/conclusion-notice.docx`);
    expect(parseContentDisposition(answer.headers['content-disposition']!).parameters.filename).toBe('Thông báo kết luận 2024-03-12.docx');
    const notice = await readWordDocument(answer.bytes);
    expect(cellText(tables(notice)[0]!, 0, 0)).toEqual(['……', '', 'Số: ……/TB']);
    expect(texts(paragraphs(notice)).filter((text) => text !== '')).toEqual([
      'THÔNG BÁO',
      'Kết luận tại cuộc họp ngày 12/3/2024\nHọp rà soát tiến độ',
      'Ngày 12/3/2024, cuộc họp “Họp rà soát tiến độ” đã diễn ra.',
      'Sau khi nghe ý kiến của các đại biểu dự họp, cuộc họp thống nhất kết luận như sau:',
      '(Không có kết luận giao nhiệm vụ.)',
      'Văn phòng thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.',
    ]);
    expect(cellText(tables(notice)[1]!, 0, 0)).toEqual(['Nơi nhận:', '- Lưu: VT.']);
    expect(cellText(tables(notice)[1]!, 0, 1)).toEqual(['NGƯỜI CHỦ TRÌ', '', '', '', '', '……']);

    const minutes = await document('admin', 'minutes', bare.id);
    const body = texts(paragraphs(minutes)).filter((text) => text !== '');
    expect(body.slice(body.indexOf('BIÊN BẢN'), body.indexOf('BIÊN BẢN') + 7)).toEqual([
      'BIÊN BẢN',
      'Họp rà soát tiến độ',
      'Thời gian bắt đầu: 00 giờ 30, ngày 12 tháng 3 năm 2024.',
      'Địa điểm: ……',
      'Chủ trì (chủ tọa): ……',
      'Thành phần tham dự:',
      'Nội dung (theo diễn biến cuộc họp):',
    ]);
    expect(body).toContain('Cuộc họp kết thúc vào …… giờ ……, ngày …… tháng …… năm ……./.');
    expect(cellText(tables(minutes)[1]!, 0, 0)).toEqual(['THƯ KÝ', '', '', '', '', '……']);
  });

  it('keeps recorded line breaks and markup-like text as text, and a character XML cannot hold as U+FFFD', async () => {
    const speaker = await createPerson(t, { fullName: 'Lê Văn <Tám> & cộng sự', position: null });
    const odd = await createMeeting(t, {
      title: 'Họp về "quy chế" <mới> & \uFFFF sửa đổi',
      attendees: [{ personId: speaker.id, role: 'secretary' }],
      speeches: [{ speakerId: speaker.id, kind: 'report', summary: 'Dòng một;\nDòng hai.\r\nDòng ba.' }],
    });
    const doc = await document('secretariat', 'minutes', odd.id);
    const body = texts(paragraphs(doc));
    expect(body).toContain('Họp về "quy chế" <mới> & \uFFFD sửa đổi');
    expect(body).toContain('Thư ký (người ghi biên bản): đồng chí Lê Văn <Tám> & cộng sự.');
    // Word shows a line feed inside a text element as a space: each line is its own run after a break.
    expect(
      paragraphs(doc)
        .find((p) => p.text.startsWith('1. Đồng chí'))!
        .runs.map((r) => r.text),
    ).toEqual(['1. Đồng chí Lê Văn <Tám> & cộng sự', ' báo cáo: Dòng một;', '\nDòng hai.', '\nDòng ba.']);
  });

  it.each(['conclusion-notice', 'minutes'])('answers 404 for an unknown meeting and 400 for an id that is not one (%s)', async (name) => {
    const unknown = await t.get(`/api/v1/meetings/00000000-0000-4000-8000-000000000000/documents/${name}.docx`);
    expect([unknown.status, unknown.headers['content-type'], unknown.body.code]).toEqual([
      404,
      'application/problem+json; charset=utf-8',
      'meeting_not_found',
    ]);
    const malformed = await t.get(`/api/v1/meetings/not-a-meeting/documents/${name}.docx`);
    expect(malformed.status).toBe(400);
    const anonymous = await t.anonymous.get(`/api/v1/meetings/${meetingId}/documents/${name}.docx`);
    expect(anonymous.status).toBe(401);
  });
});
