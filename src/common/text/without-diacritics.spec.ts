import { withoutDiacritics } from './without-diacritics.js';

describe('withoutDiacritics', () => {
  it.each([
    ['Tằng Loỏng', 'tang loong'],
    ['TẰNG LỎONG', 'tang loong'],
    ['Tằng Loỏng'.normalize('NFD'), 'tang loong'],
    ['Đông Phố Mới', 'dong pho moi'],
    ['Sở KH&ĐT', 'so kh&dt'],
  ])('%s → %s', (text, expected) => {
    expect(withoutDiacritics(text)).toBe(expected);
  });
});
