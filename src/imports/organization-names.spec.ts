import { abbreviate, expandAbbreviations, guessOrganizationKind, nameVariants } from './organization-names.js';

describe('names of agencies', () => {
  it.each([
    ['UBND tỉnh Lào Cai', 'Ủy ban nhân dân tỉnh Lào Cai'],
    ['Chủ tịch UBND huyện Bát Xát', 'Chủ tịch Ủy ban nhân dân huyện Bát Xát'],
    ['Sở KH&ĐT', 'Sở Kế hoạch và Đầu tư'],
    ['BQL KKT tỉnh', 'Ban Quản lý Khu kinh tế tỉnh'],
    ['Công ty UBNDX', 'Công ty UBNDX'],
  ])('spells out %s as %s', (short, long) => {
    expect(expandAbbreviations(short)).toBe(long);
  });

  it('abbreviates long forms, whatever their case', () => {
    expect(abbreviate('Ủy ban nhân dân tỉnh')).toBe('UBND tỉnh');
    expect(abbreviate('Ban quản lý khu kinh tế tỉnh')).toBe('BQL KKT tỉnh');
  });

  it('looks a name up as written first, then spelled out, then abbreviated, each once', () => {
    expect(nameVariants('  UBND   tỉnh ')).toEqual(['UBND tỉnh', 'Ủy ban nhân dân tỉnh']);
    expect(nameVariants('Cục Hải quan tỉnh')).toEqual(['Cục Hải quan tỉnh']);
  });

  it.each([
    ['Ủy ban nhân dân huyện Bát Xát', 'district'],
    ['UBND tỉnh Lào Cai', 'peoples_committee'],
    ['Sở Công Thương', 'department'],
    ['Ban Quản lý Khu kinh tế tỉnh', 'board'],
    ['Cục Hải quan tỉnh', 'agency'],
    ['Thường trực Tỉnh ủy', 'party_committee'],
    ['Hội Nông dân tỉnh', 'other'],
  ])('guesses that %s is a %s', (name, kind) => {
    expect(guessOrganizationKind(name)).toBe(kind);
  });
});
