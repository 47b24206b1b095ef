import { buildSnippet, findHighlights } from './snippet.js';

const words = (...pairs: [string, string][]) => pairs.map(([folded, exact]) => ({ folded, exact }));
const marked = (text: string, highlights: { start: number; end: number }[]): string[] =>
  highlights.map(({ start, end }) => text.slice(start, end));

describe('findHighlights', () => {
  it('marks the words as written, whatever their diacritics and case', () => {
    const text = 'Khu công nghiệp TẰNG Loỏng và thôn Đông Phố';
    expect(marked(text, findHighlights(text, words(['tang', 'tang'], ['loong', 'loong']), false))).toEqual(['TẰNG', 'Loỏng']);
    expect(marked(text, findHighlights(text, words(['dong', 'dong']), false))).toEqual(['Đông']);
  });

  it('marks a prefix of the last word only when asked, and never part of a longer word otherwise', () => {
    const text = 'Hội nghị Loỏng Loongxa';
    expect(marked(text, findHighlights(text, words(['loong', 'loong']), false))).toEqual(['Loỏng']);
    expect(marked(text, findHighlights(text, words(['loo', 'loo']), true))).toEqual(['Loỏng', 'Loongxa']);
  });

  it('gives offsets into the NFC text for decomposed input and characters outside the BMP', () => {
    const text = '𝒜 Tằng'.normalize('NFD');
    const nfc = text.normalize('NFC');
    expect(marked(nfc, findHighlights(text, words(['tang', 'tang']), false))).toEqual(['Tằng']);
  });
});

describe('buildSnippet', () => {
  it('returns a short text whole, white space made single', () => {
    const text = 'Tằng\n\n  Loỏng';
    const snippet = buildSnippet(text, findHighlights(text, words(['loong', 'loong']), false));
    expect(snippet).toEqual({ text: 'Tằng Loỏng', highlights: [{ start: 5, end: 10 }] });
  });

  it('cuts a long text around the first match, at spaces, and moves the offsets with it', () => {
    const text = `${'mở đầu '.repeat(60)}Tằng Loỏng ${'kết thúc '.repeat(60)}`;
    const snippet = buildSnippet(text, findHighlights(text, words(['tang', 'tang'], ['loong', 'loong']), false), 100);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(102);
    expect(marked(snippet.text, snippet.highlights)).toEqual(['Tằng', 'Loỏng']);
    // Whole words at both cuts.
    expect(snippet.text.slice(1, -1).split(' ')).toEqual(expect.arrayContaining(['Tằng']));
    expect(['mở', 'đầu']).toContain(snippet.text.slice(1).split(' ')[0]);
    expect(['kết', 'thúc']).toContain(snippet.text.slice(0, -1).split(' ').at(-1));
  });
});
