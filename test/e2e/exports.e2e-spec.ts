import { parse as parseCsv } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { createMeeting, createPerson } from '../support/factories.js';
import { dataRows as rowsBelow, download, fileNameOf, readWorkbook, XLSX } from '../support/spreadsheets.js';
import { createTestApp, ifMatch, type TestApp, type TestRole } from '../support/test-app.js';

const HEADERS = [
  'STT',
  'Tên nhiệm vụ',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Người phụ trách',
  'Mức độ ưu tiên',
  'Hạn hoàn thành',
  'Hạn ban đầu',
  'Trạng thái',
  'Tình trạng hạn',
  'Kết quả',
  'Tiến độ (%)',
  'Báo cáo tiến độ lúc',
  'Số lần đôn đốc',
  'Số lần gia hạn',
  'Cuộc họp',
  'Ngày họp',
];
const HEADER_ROW = 5;

const dataRows = (sheet: ExcelJS.Worksheet): unknown[][] => rowsBelow(sheet, HEADER_ROW);

/** Today is 12 March 2024, 09:00 in Hà Nội (the fixed test clock). */
describe('GET /directives as a spreadsheet (?format=xlsx|csv or Accept)', () => {
  let t: TestApp;
  let meetingId: string;
  let ownerName: string;

  beforeAll(async () => {
    t = await createTestApp();
    const owner = await createPerson(t, { fullName: 'Trần Thị Hồng Nhung', organizationId: t.agencies.own });
    ownerName = owner.fullName;
    const meeting = await createMeeting(t, {
      title: 'Họp giao ban tháng 3',
      startsAt: '2024-03-11T14:30:00+07:00',
      directives: [
        {
          title: 'Di chuyển các hộ dân ra khỏi khu công nghiệp Tằng Loỏng',
          leadOrganizationId: t.agencies.own,
          cooperatingOrganizationIds: [t.agencies.other],
          ownerId: owner.id,
          dueDate: '2024-03-01',
          priority: 'urgent',
        },
        { title: '=HYPERLINK("http://x.example","Rà soát, thu hồi")', leadOrganizationId: t.agencies.own, dueDate: '2024-03-15' },
        { title: 'Thành lập Trung tâm xúc tiến đầu tư', leadOrganizationId: t.agencies.own },
        { title: 'Nhiệm vụ của sở khác', leadOrganizationId: t.agencies.other, dueDate: '2024-04-01' },
      ],
    });
    meetingId = meeting.id;
    const relocate = meeting.directives[0].id;
    const head = t.as('department_head');
    expect((await head.post(`/api/v1/directives/${relocate}/transitions`, { action: 'start' }, ifMatch(1))).status).toBe(200);
    expect((await head.post(`/api/v1/directives/${relocate}/progress-reports`, { percent: 45, note: 'Đã kiểm đếm 120 hộ' })).status).toBe(
      201,
    );
    expect(
      (await t.as('leader').post(`/api/v1/directives/${relocate}/reminders`, { note: 'Đề nghị đẩy nhanh', channel: 'phone' })).status,
    ).toBe(201);
  });
  afterAll(async () => {
    await t.close();
  });

  const meetingStart = new Date(Date.UTC(2024, 2, 11, 14, 30));
  const expectedRows = (): unknown[][] => [
    [
      1,
      'Di chuyển các hộ dân ra khỏi khu công nghiệp Tằng Loỏng',
      'Sở của tôi',
      'Sở khác',
      ownerName,
      'Khẩn',
      new Date(Date.UTC(2024, 2, 1)),
      new Date(Date.UTC(2024, 2, 1)),
      'Đang thực hiện',
      'Quá hạn',
      undefined,
      0.45,
      new Date(Date.UTC(2024, 2, 12, 9, 0)),
      1,
      0,
      'Họp giao ban tháng 3',
      meetingStart,
    ],
    [
      2,
      '=HYPERLINK("http://x.example","Rà soát, thu hồi")',
      'Sở của tôi',
      undefined,
      undefined,
      'Bình thường',
      new Date(Date.UTC(2024, 2, 15)),
      new Date(Date.UTC(2024, 2, 15)),
      'Đã giao',
      'Sắp đến hạn',
      undefined,
      undefined,
      undefined,
      0,
      0,
      'Họp giao ban tháng 3',
      meetingStart,
    ],
    [
      3,
      'Nhiệm vụ của sở khác',
      'Sở khác',
      undefined,
      undefined,
      'Bình thường',
      new Date(Date.UTC(2024, 3, 1)),
      new Date(Date.UTC(2024, 3, 1)),
      'Đã giao',
      'Trong hạn',
      undefined,
      undefined,
      undefined,
      0,
      0,
      'Họp giao ban tháng 3',
      meetingStart,
    ],
    [
      4,
      'Thành lập Trung tâm xúc tiến đầu tư',
      'Sở của tôi',
      undefined,
      undefined,
      'Bình thường',
      undefined,
      undefined,
      'Đã giao',
      'Không thời hạn',
      undefined,
      undefined,
      undefined,
      0,
      0,
      'Họp giao ban tháng 3',
      meetingStart,
    ],
  ];

  /** Every page of the JSON answer, one directive a page: what the file must hold, in that order. */
  const jsonTitles = async (role: TestRole, query: string): Promise<string[]> => {
    const titles: string[] = [];
    let cursor: string | null = null;
    do {
      const response: { status: number; body: any } = await t
        .as(role)
        .get(`/api/v1/directives?${query}&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.status).toBe(200);
      titles.push(...response.body.items.map((d: { title: string }) => d.title));
      cursor = response.body.nextCursor;
    } while (cursor);
    return titles;
  };

  it('writes the whole filtered list as a workbook: title block, frozen Vietnamese header, date and percent cells', async () => {
    const before = await t.snapshot();
    // limit and cursor are page controls of the JSON answer: the file is the whole list.
    const file = await download(t, 'leader', `/api/v1/directives?meetingId=${meetingId}&format=xlsx&limit=1`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe(XLSX);
    expect(file.headers['cache-control']).toBe('private, no-store');
    expect(fileNameOf(file.headers)).toBe('Danh sách nhiệm vụ 2024-03-12.xlsx');
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="Danh sach nhiem vu 2024-03-12.xlsx"; filename*=UTF-8''Danh%20s%C3%A1ch%20nhi%E1%BB%87m%20v%E1%BB%A5%202024-03-12.xlsx`,
    );

    const sheet = await readWorkbook(file.bytes);
    expect(sheet.name).toBe('Danh sách nhiệm vụ');
    expect(sheet.getCell('A1').value).toBe('Danh sách nhiệm vụ');
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(sheet.getCell('A2').value).toBe(`Lọc theo: Cuộc họp (mã): ${meetingId}`);
    expect(sheet.getCell('A3').value).toBe('Tính đến ngày: 12/03/2024');
    expect((sheet.getRow(HEADER_ROW).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    expect(dataRows(sheet)).toEqual(expectedRows());
    expect((dataRows(sheet) as string[][]).map((row) => row[1])).toEqual(await jsonTitles('leader', `meetingId=${meetingId}`));

    // Real dates and a percent a spreadsheet can compute with, shown the Vietnamese way.
    const first = sheet.getRow(HEADER_ROW + 1);
    expect(first.getCell(7).numFmt).toBe('dd/mm/yyyy');
    expect(first.getCell(12).numFmt).toBe('0%');
    expect(first.getCell(13).numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(first.getCell(17).numFmt).toBe('dd/mm/yyyy hh:mm');
    // Widths fit: the longest title (55 characters) is not cut, a date column stays narrow.
    expect(sheet.getColumn(2).width).toBe(57);
    expect(sheet.getColumn(7).width).toBe(12);
    expect(await t.snapshot()).toEqual(before);
  });

  it('writes CSV in UTF-8 with a byte order mark, RFC 4180 quoting, and formulas defused', async () => {
    const file = await download(t, 'leader', `/api/v1/directives?meetingId=${meetingId}&format=csv`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(fileNameOf(file.headers)).toBe('Danh sách nhiệm vụ 2024-03-12.csv');
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.bytes.toString('utf8');
    expect(text).toContain('\r\n2,"\'=HYPERLINK(""http://x.example"",""Rà soát, thu hồi"")",Sở của tôi,');
    expect(text.split('\r\n')).toHaveLength(6);
    const rows = parseCsv(file.bytes, { bom: true }) as string[][];
    expect(rows).toEqual([
      HEADERS,
      [
        '1',
        'Di chuyển các hộ dân ra khỏi khu công nghiệp Tằng Loỏng',
        'Sở của tôi',
        'Sở khác',
        ownerName,
        'Khẩn',
        '2024-03-01',
        '2024-03-01',
        'Đang thực hiện',
        'Quá hạn',
        '',
        '45',
        '2024-03-12 09:00',
        '1',
        '0',
        'Họp giao ban tháng 3',
        '2024-03-11 14:30',
      ],
      [
        '2',
        `'=HYPERLINK("http://x.example","Rà soát, thu hồi")`,
        'Sở của tôi',
        '',
        '',
        'Bình thường',
        '2024-03-15',
        '2024-03-15',
        'Đã giao',
        'Sắp đến hạn',
        '',
        '',
        '',
        '0',
        '0',
        'Họp giao ban tháng 3',
        '2024-03-11 14:30',
      ],
      [
        '3',
        'Nhiệm vụ của sở khác',
        'Sở khác',
        '',
        '',
        'Bình thường',
        '2024-04-01',
        '2024-04-01',
        'Đã giao',
        'Trong hạn',
        '',
        '',
        '',
        '0',
        '0',
        'Họp giao ban tháng 3',
        '2024-03-11 14:30',
      ],
      [
        '4',
        'Thành lập Trung tâm xúc tiến đầu tư',
        'Sở của tôi',
        '',
        '',
        'Bình thường',
        '',
        '',
        'Đã giao',
        'Không thời hạn',
        '',
        '',
        '',
        '0',
        '0',
        'Họp giao ban tháng 3',
        '2024-03-11 14:30',
      ],
    ]);
  });

  it('applies the filters and asOf of the JSON answer, and names them in the title block', async () => {
    const query = `meetingId=${meetingId}&deadlineStatus=overdue&asOf=2024-03-20`;
    const file = await download(t, 'leader', `/api/v1/directives?${query}&format=xlsx`);
    expect(fileNameOf(file.headers)).toBe('Danh sách nhiệm vụ 2024-03-20.xlsx');
    const sheet = await readWorkbook(file.bytes);
    expect(sheet.getCell('A2').value).toBe(`Lọc theo: Cuộc họp (mã): ${meetingId}; Tình trạng hạn: Quá hạn`);
    expect(sheet.getCell('A3').value).toBe('Tính đến ngày: 20/03/2024');
    const titles = (dataRows(sheet) as string[][]).map((row) => row[1]);
    expect(titles).toEqual([
      'Di chuyển các hộ dân ra khỏi khu công nghiệp Tằng Loỏng',
      '=HYPERLINK("http://x.example","Rà soát, thu hồi")',
    ]);
    expect(titles).toEqual(await jsonTitles('leader', query));
    expect((dataRows(sheet) as string[][]).map((row) => row[9])).toEqual(['Quá hạn', 'Quá hạn']);
  });

  it('gives a department only its own agency’s rows, exactly as its JSON list', async () => {
    const own = await readWorkbook((await download(t, 'department_staff', `/api/v1/directives?meetingId=${meetingId}&format=xlsx`)).bytes);
    const ownTitles = (dataRows(own) as string[][]).map((row) => row[1]);
    expect(ownTitles).toEqual([
      'Di chuyển các hộ dân ra khỏi khu công nghiệp Tằng Loỏng',
      '=HYPERLINK("http://x.example","Rà soát, thu hồi")',
      'Thành lập Trung tâm xúc tiến đầu tư',
    ]);
    expect(ownTitles).toEqual(await jsonTitles('department_staff', `meetingId=${meetingId}`));

    // The other agency sees what it leads, and what it cooperates on.
    const other = await download(t, 'other_department_head', `/api/v1/directives?meetingId=${meetingId}&format=csv`);
    const otherTitles = (parseCsv(other.bytes, { bom: true }) as string[][]).slice(1).map((row) => row[1]);
    expect(otherTitles).toEqual(['Di chuyển các hộ dân ra khỏi khu công nghiệp Tằng Loỏng', 'Nhiệm vụ của sở khác']);
    expect(otherTitles).toEqual(await jsonTitles('other_department_head', `meetingId=${meetingId}`));
  });

  it('answers the format asked for in Accept; ?format wins; JSON stays the default', async () => {
    const url = `/api/v1/directives?meetingId=${meetingId}`;
    expect((await download(t, 'leader', url, { accept: XLSX })).headers['content-type']).toBe(XLSX);
    expect((await download(t, 'leader', url, { accept: 'text/csv' })).headers['content-type']).toBe('text/csv; charset=utf-8');
    expect((await download(t, 'leader', url, { accept: `application/json;q=0.5, ${XLSX}` })).headers['content-type']).toBe(XLSX);
    expect((await download(t, 'leader', url, { accept: '*/*' })).headers['content-type']).toBe('application/json; charset=utf-8');
    expect((await download(t, 'leader', url, { accept: 'image/png' })).headers['content-type']).toBe('application/json; charset=utf-8');
    expect((await download(t, 'leader', `${url}&format=json`, { accept: 'text/csv' })).headers['content-type']).toBe(
      'application/json; charset=utf-8',
    );
    expect((await download(t, 'leader', `${url}&format=csv`, { accept: XLSX })).headers['content-type']).toBe('text/csv; charset=utf-8');
    const json = await t.as('leader').get(url);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.body.items).toHaveLength(4);
  });

  it('refuses an unknown format with a 400 problem naming the field', async () => {
    const before = await t.snapshot();
    const response = await t.as('leader').get(`/api/v1/directives?meetingId=${meetingId}&format=pdf`);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.body).toMatchObject({
      status: 400,
      code: 'validation_failed',
      errors: [{ field: 'format', message: 'format must be one of: json, xlsx, csv' }],
    });
    expect(await t.snapshot()).toEqual(before);
  });

  it('asks for a sign-in before any file', async () => {
    const response = await t.anonymous.get(`/api/v1/directives?format=xlsx`);
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  });
});

describe('GET /directives?format=xlsx of 20,000 directives', () => {
  let t: TestApp;
  let meetingId: string;

  beforeAll(async () => {
    t = await createTestApp();
    meetingId = (await createMeeting(t, { title: 'Họp tổng kết năm' })).id;
    // Half led by the department's agency, half by another: the scoped export must hold exactly its half.
    await t.sql(
      `INSERT INTO directive (meeting_id, ordinal, title, lead_organization_id, due_date, original_due_date)
       SELECT $1, n, 'Nhiệm vụ số ' || n, CASE WHEN n % 2 = 0 THEN $2::uuid ELSE $3::uuid END,
              CASE WHEN n % 10 = 0 THEN NULL ELSE DATE '2024-01-01' + (n % 500) END,
              CASE WHEN n % 10 = 0 THEN NULL ELSE DATE '2024-01-01' + (n % 500) END
         FROM generate_series(1, 20000) n`,
      [meetingId, t.agencies.own, t.agencies.other],
    );
  });
  afterAll(async () => {
    await t.close();
  });

  it('streams every row, in the order of the list, and a department’s file only its half', async () => {
    const all = await readWorkbook((await download(t, 'leader', `/api/v1/directives?meetingId=${meetingId}&format=xlsx`)).bytes);
    const rows = dataRows(all);
    expect(rows).toHaveLength(20000);
    expect(rows.map((row) => row[0])).toEqual(Array.from({ length: 20000 }, (_, i) => i + 1));
    // By deadline, the 2,000 without one last (n a multiple of 10).
    const dues = rows.map((row) => (row[6] as Date | undefined)?.getTime());
    expect(dues[0]).toBe(Date.UTC(2024, 0, 2));
    expect(dues.slice(0, 18000).every((due, i) => due !== undefined && (i === 0 || due >= dues[i - 1]!))).toBe(true);
    expect(dues.slice(18000).every((due) => due === undefined)).toBe(true);
    expect(new Set(rows.map((row) => row[1])).size).toBe(20000);

    const csv = await download(t, 'department_head', `/api/v1/directives?meetingId=${meetingId}&format=csv`);
    const own = (parseCsv(csv.bytes, { bom: true }) as string[][]).slice(1);
    expect(own).toHaveLength(10000);
    expect(own.every((row) => row[2] === 'Sở của tôi')).toBe(true);
  });
});
