import { parseSearchQuery, type ParsedQuery } from './search-query.js';
import { buildSnippet, matchText } from './snippet.js';

const query = (q: string): ParsedQuery => {
  const parsed = parseSearchQuery(q);
  if (typeof parsed === 'string') throw new Error(`${q} was refused: ${parsed}`);
  return parsed;
};
const marked = (text: string, highlights: { start: number; end: number }[]): string[] =>
  highlights.map(({ start, end }) => text.slice(start, end));
const marks = (q: string, text: string): string[] => marked(text.normalize('NFC'), matchText(text, query(q)).highlights);
const filler = (words: number): string => 'các cơ quan phối hợp thực hiện '.repeat(words / 5).trim();

describe('matchText: which words of the original text are marked', () => {
  it.each([
    // Case, diacritics and đ: the words as written.
    ['tang loong', 'Khu công nghiệp TẰNG Loỏng', ['TẰNG', 'Loỏng']],
    ['dong', 'thôn Đông Phố', ['Đông']],
    // A phrase: only its words in a row, folded — not "hoạt động", "tỷ đồng", "đồng chí" (all "dong").
    [
      '"đông phố mới"',
      'Khu đang hoạt động với 21.624 tỷ đồng; đồng chí Phong thăm Đông Phố Mới và phố mới Kim Thành',
      ['Đông', 'Phố', 'Mới'],
    ],
    ['"dong pho moi"', 'Đồng phố mới: khu Đông Phố Mới', ['Đồng', 'phố', 'mới', 'Đông', 'Phố', 'Mới']],
    ['"dong pho moi"', 'phố mới, đồng chí, Đông Phố', []],
    // A phrase typed with diacritics: written so where it is, otherwise folded (a misplaced tone mark).
    ['"đông phố"', 'Đồng Phó và Đông Phố', ['Đông', 'Phố']],
    ['"tằng loỏng"', 'khu Tằng Lỏong', ['Tằng', 'Lỏong']],
    // Bare words typed with diacritics: as typed when the text has them so, else every folded match.
    ['tằng', 'tăng 60 %, hạ tầng, khu Tằng', ['Tằng']],
    ['tầng', 'tăng 60 % và Tằng', ['tăng', 'Tằng']],
    ['tang', 'tăng 60 %, hạ tầng, khu Tằng', ['tăng', 'tầng', 'Tằng']],
    // Every word in a row: only that run, not the same words elsewhere.
    ['tang loong', 'Vốn hạ tầng tăng 60 %; di dời khỏi Tằng Loỏng', ['Tằng', 'Loỏng']],
    ['loong tang', 'Vốn hạ tầng tăng; Loỏng', ['tầng', 'tăng', 'Loỏng']],
    ['"đông phố" mới', 'phố mới, Đông Phố Mới', ['Đông', 'Phố', 'Mới']],
    // Whole words, except the last bare word from 3 letters as a prefix — never a word that only folds to it.
    ['loong nghị', 'Hội nghị Loỏng Loongxa', ['nghị', 'Loỏng']],
    ['nghị loong', 'Hội nghị Loỏng Loongxa', ['nghị', 'Loỏng']],
    ['nghị loo', 'Hội nghị: Loongxa', ['nghị', 'Loongxa']],
    ['tang loo', 'Hội nghị Tằng Loỏng', ['Tằng', 'Loỏng']],
    ['loo tang', 'Loỏng Tằng', ['Tằng']],
    ['pho', 'Đặng Xuân Phong, Đông Phố', ['Phong', 'Phố']],
    ['phố', 'Phát biểu của Đặng Xuân Phong tại Đông Phố', ['Phố']],
    ['phố', 'Phát biểu của Đặng Xuân Phong', []],
    ['mớ', 'mới', []],
    ['thu hồi', 'Thu hồi dự án; thu hồ sơ', ['Thu', 'hồi']],
  ])('%j in %j → %j', (q, text, expected) => {
    expect(marks(q, text)).toEqual(expected);
  });

  it('gives offsets into the NFC text for decomposed input and characters outside the BMP', () => {
    expect(marks('tang', '𝒜 Tằng'.normalize('NFD'))).toEqual(['Tằng']);
  });
});

describe('buildSnippet', () => {
  const snippet = (q: string, text: string, length = 100) => {
    const result = buildSnippet(text, matchText(text, query(q)), length);
    return { text: result.text, marked: marked(result.text, result.highlights) };
  };

  it('returns a short text whole, white space made single', () => {
    const text = 'Tằng\n\n  Loỏng';
    expect(buildSnippet(text, matchText(text, query('loong')))).toEqual({ text: 'Tằng Loỏng', highlights: [{ start: 5, end: 10 }] });
  });

  it('cuts a long text around the match, at spaces, and moves the offsets with it', () => {
    const result = snippet('tang loong', `${'mở đầu '.repeat(60)}Tằng Loỏng ${'kết thúc '.repeat(60)}`);
    expect(result.text.startsWith('…')).toBe(true);
    expect(result.text.endsWith('…')).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(102);
    expect(result.marked).toEqual(['Tằng', 'Loỏng']);
    expect(['mở', 'đầu']).toContain(result.text.slice(1).split(' ')[0]);
    expect(['kết', 'thúc']).toContain(result.text.slice(0, -1).split(' ').at(-1));
  });

  it.each([
    // The phrase far into a speech, after words that fold like it: the window is around the phrase.
    [
      '"đông phố mới"',
      `Thưa các đồng chí, khu đang hoạt động tốt. ${filler(60)} Riêng khu Đông Phố Mới còn vướng mặt bằng.`,
      'Đông Phố Mới còn vướng',
      ['Đông', 'Phố', 'Mới'],
    ],
    // Each word occurs alone early; all of them together only at the end.
    [
      'bồi thường hộ dân',
      `Hộ dân đã họp. ${filler(40)} Tiền bồi thường đã có. ${filler(40)} Đã chi bồi thường cho 12 hộ dân ở thôn.`,
      'chi bồi thường cho 12 hộ dân',
      ['bồi', 'thường', 'hộ', 'dân'],
    ],
    // Typed with diacritics: the word as written, not the first word that folds like it.
    ['tằng', `Doanh thu tăng mạnh. ${filler(60)} Khu Tằng Loỏng.`, 'Khu Tằng Loỏng.', ['Tằng']],
  ])('%j: shows where the query stands', (q, text, shown, expected) => {
    const result = snippet(q, text);
    expect(result.text).toContain(shown);
    expect(result.marked).toEqual(expected);
  });
});
