import { foldText, foldWithOffsets } from './fold.js';

describe('foldText', () => {
  it('folds Vietnamese letters to one plain letter each, đ to d, and keeps the way back', () => {
    expect(foldText('Tằng Loỏng, ĐỒNG ĐĂNG')).toBe('tang loong, dong dang');
    expect(foldWithOffsets('Kim Thành').offsets).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('folds a character the same the first time and every later time, past the bound of remembered characters too', () => {
    // 6,000 distinct CJK and Latin-extended characters: more than are remembered.
    const many = Array.from({ length: 6000 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('') + 'ẮẰẲẴẶ';
    const first = foldText(many);
    expect(foldText(many)).toBe(first);
    expect(first.slice(-5)).toBe('aaaaa');
    expect(foldText('Ắ ﬁ')).toBe('a fi');
    expect(foldWithOffsets('ﬁn').offsets).toEqual([0, 0, 1]);
  });
});
