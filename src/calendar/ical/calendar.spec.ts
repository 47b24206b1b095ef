import fc from 'fast-check';
import ICAL from 'ical.js';
import { physicalLines, readCalendar } from '../../../test/support/ical-reader.js';
import { type CalendarContent, type Todo, writeCalendar } from './calendar.js';
import { escapeText, foldLine } from './text.js';

const octets = (line: string): number => Buffer.byteLength(line, 'utf8');

const LONG_VIETNAMESE =
  'Khẩn trương hoàn thành công tác giải phóng mặt bằng dự án đường nối Quốc lộ 1A với cao tốc Bắc – Nam, ' +
  'báo cáo kết quả thực hiện, khó khăn, vướng mắc; đề xuất giải pháp tháo gỡ\\ trước ngày 15/3.\nGhi chú: ưu tiên.';

const todo = (overrides: Partial<Todo> = {}): Todo => ({
  uid: 'directive-1@chidao',
  summary: LONG_VIETNAMESE,
  description: 'Chủ trì: Sở Giao thông vận tải\nPhối hợp: Sở Tài chính, Sở Xây dựng',
  due: '2024-03-15',
  status: 'IN-PROCESS',
  percentComplete: 40,
  completed: null,
  priority: 1,
  url: 'https://chidao.example.gov.vn/api/v1/directives/1',
  lastModified: new Date('2024-03-02T03:04:05.678Z'),
  ...overrides,
});

const calendar = (overrides: Partial<CalendarContent> = {}): CalendarContent => ({
  name: 'Chỉ Đạo – Sở Giao thông vận tải',
  timeZone: 'Asia/Ho_Chi_Minh',
  stamp: new Date('2024-03-10T01:00:00Z'),
  todos: [todo()],
  events: [],
  ...overrides,
});

describe('iCalendar text rules', () => {
  it('escapes backslash, comma, semicolon and every kind of line break', () => {
    expect(escapeText('a\\b,c;d\ne\r\nf\rg')).toBe('a\\\\b\\,c\\;d\\ne\\nf\\ng');
  });

  it('folds at 75 octets, never inside a Vietnamese letter, continuation lines starting with a space', () => {
    const line = `SUMMARY:${'Đẩy nhanh tiến độ giải ngân vốn đầu tư công'.repeat(4)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(3);
    for (const [index, physical] of folded.entries()) {
      expect(octets(physical)).toBeLessThanOrEqual(75);
      if (index > 0) expect(physical.startsWith(' ')).toBe(true);
      expect(physical).not.toContain('\uFFFD');
    }
    expect(folded.map((physical, index) => (index === 0 ? physical : physical.slice(1))).join('')).toBe(line);
    // Filled up to the limit: a fold happens only where the next letter would not fit.
    expect(octets(folded[0]!)).toBeGreaterThan(72);
  });

  it('leaves a short line alone', () => {
    expect(foldLine('STATUS:COMPLETED')).toBe('STATUS:COMPLETED');
  });

  it('round-trips any text through escape, fold and ical.js', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constantFrom('', ',', ';', '\\', '\n', 'ữ', '😀'), (base, extra) => {
        const value = `${base}${extra}${base}`;
        const ics = writeCalendar(calendar({ todos: [todo({ summary: value || 'x', description: value })] }));
        for (const physical of physicalLines(ics)) expect(octets(physical)).toBeLessThanOrEqual(75);
        const [read] = readCalendar(ics).todos;
        // Control characters are not allowed in TEXT: the feed drops them, and CR/CRLF both become a line break.
        // eslint-disable-next-line no-control-regex
        const expected = value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
        expect(read!.description).toBe(expected === '' ? null : expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the calendar written', () => {
  it('is CRLF-terminated, folded, and reads back field by field in ical.js', () => {
    const completed = todo({
      uid: 'directive-2@chidao',
      summary: 'Báo cáo, tổng hợp; kiểm tra \\ rà soát',
      description: null,
      due: null,
      status: 'COMPLETED',
      percentComplete: 100,
      completed: new Date('2024-03-05T10:00:00Z'),
      priority: 5,
      url: null,
    });
    const ics = writeCalendar(
      calendar({
        todos: [todo(), completed],
        events: [
          {
            uid: 'meeting-7@chidao',
            summary: 'Họp giao ban UBND tỉnh tháng 3, năm 2024',
            description: 'Chủ trì: Chủ tịch UBND tỉnh',
            start: new Date('2024-03-12T01:30:00Z'),
            end: new Date('2024-03-12T04:00:00Z'),
            location: 'Phòng họp số 1; Trụ sở UBND tỉnh, 12 Lê Lợi',
            url: 'https://chidao.example.gov.vn/api/v1/meetings/7',
            lastModified: new Date('2024-03-01T00:00:00Z'),
          },
        ],
      }),
    );
    const lines = physicalLines(ics);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(lines).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20240312T083000');
    expect(lines).toContain('DUE;VALUE=DATE:20240315');

    const read = readCalendar(ics);
    expect(read.name).toBe('Chỉ Đạo – Sở Giao thông vận tải');
    expect(read.timeZones).toEqual([{ tzid: 'Asia/Ho_Chi_Minh', offsets: ['+07:00'] }]);
    expect(read.todos).toEqual([
      {
        uid: 'directive-1@chidao',
        summary: LONG_VIETNAMESE,
        description: 'Chủ trì: Sở Giao thông vận tải\nPhối hợp: Sở Tài chính, Sở Xây dựng',
        due: '2024-03-15',
        dueIsDate: true,
        status: 'IN-PROCESS',
        percentComplete: 40,
        completed: null,
        priority: 1,
        url: 'https://chidao.example.gov.vn/api/v1/directives/1',
        lastModified: '2024-03-02T03:04:05.000Z',
      },
      {
        uid: 'directive-2@chidao',
        summary: 'Báo cáo, tổng hợp; kiểm tra \\ rà soát',
        description: null,
        due: null,
        dueIsDate: false,
        status: 'COMPLETED',
        percentComplete: 100,
        completed: '2024-03-05T10:00:00.000Z',
        priority: 5,
        url: null,
        lastModified: '2024-03-02T03:04:05.000Z',
      },
    ]);
    expect(read.events).toEqual([
      {
        uid: 'meeting-7@chidao',
        summary: 'Họp giao ban UBND tỉnh tháng 3, năm 2024',
        description: 'Chủ trì: Chủ tịch UBND tỉnh',
        start: '2024-03-12T01:30:00.000Z',
        end: '2024-03-12T04:00:00.000Z',
        startTzid: 'Asia/Ho_Chi_Minh',
        location: 'Phòng họp số 1; Trụ sở UBND tỉnh, 12 Lê Lợi',
        url: 'https://chidao.example.gov.vn/api/v1/meetings/7',
      },
    ]);
  });

  it('writes times in UTC, without a VTIMEZONE, for a zone with daylight saving', () => {
    const ics = writeCalendar(
      calendar({
        timeZone: 'Europe/Paris',
        todos: [],
        events: [
          {
            uid: 'meeting-8@chidao',
            summary: 'Họp',
            description: null,
            start: new Date('2024-07-01T08:00:00Z'),
            end: null,
            location: null,
            url: null,
            lastModified: new Date('2024-03-01T00:00:00Z'),
          },
        ],
      }),
    );
    expect(physicalLines(ics)).toContain('DTSTART:20240701T080000Z');
    const read = readCalendar(ics);
    expect(read.timeZones).toEqual([]);
    expect(read.events[0]).toMatchObject({ start: '2024-07-01T08:00:00.000Z', end: null, startTzid: null });
  });

  it('is valid for ical.js strict component structure: VERSION and PRODID on the calendar', () => {
    const root = new ICAL.Component(ICAL.parse(writeCalendar(calendar())));
    expect(root.name).toBe('vcalendar');
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(root.getFirstPropertyValue('prodid')).toBe('-//Chi Dao//Calendar feed//VI');
  });
});
