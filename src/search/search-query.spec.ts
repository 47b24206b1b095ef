import { parseSearchQuery, type ParsedQuery } from './search-query.js';

const parsed = (q: string): ParsedQuery => {
  const result = parseSearchQuery(q);
  if (typeof result === 'string') throw new Error(`${q} was refused: ${result}`);
  return result;
};

describe('parseSearchQuery', () => {
  it.each([
    ['tang loong', "'tang' & 'loong':*", "'tang' & 'loong':*", "'tang' <-> 'loong':*"],
    ['Tằng Loỏng', "'tang' & 'loong':*", "'tằng' & 'loỏng':*", "'tang' <-> 'loong':*"],
    ['TẰNG LỎONG', "'tang' & 'loong':*", "'tằng' & 'lỏong':*", "'tang' <-> 'loong':*"],
    ['Tằng Loỏng'.normalize('NFD'), "'tang' & 'loong':*", "'tằng' & 'loỏng':*", "'tang' <-> 'loong':*"],
    ['Đông Phố', "'dong' & 'pho':*", "'đông' & 'phố':*", "'dong' <-> 'pho':*"],
    ['"đông phố" mới', "('dong' <-> 'pho') & 'moi':*", "('đông' <-> 'phố') & 'mới':*", "'dong' <-> 'pho' <-> 'moi':*"],
    ['mới "đông phố"', "'moi' & ('dong' <-> 'pho')", "'mới' & ('đông' <-> 'phố')", "'moi' <-> 'dong' <-> 'pho'"],
    ['“Tằng Loỏng', "('tang' <-> 'loong')", "('tằng' <-> 'loỏng')", "'tang' <-> 'loong'"],
    ['Tằ\u200Bng\u00AD Lo\u2060ỏng', "'tang' & 'loong':*", "'tằng' & 'loỏng':*", "'tang' <-> 'loong':*"],
    ["100% o'neil \\ _x_", "'100' & 'o' & 'neil' & 'x'", "'100' & 'o' & 'neil' & 'x'", "'100' <-> 'o' <-> 'neil' <-> 'x'"],
    ['hồ sơ', "'ho' & 'so'", "'hồ' & 'sơ'", "'ho' <-> 'so'"],
    ['hội nghị l', "'hoi' & 'nghi' & 'l'", "'hội' & 'nghị' & 'l'", "'hoi' <-> 'nghi' <-> 'l'"],
  ])('%j → %s', (q, match, exact, phrase) => {
    expect(parsed(q)).toMatchObject({ matchQuery: match, exactQuery: exact, phraseQuery: phrase });
  });

  it('keeps each word as written and folded, for the snippet', () => {
    expect(parsed('Đức "tằng"').words).toEqual([
      { folded: 'duc', exact: 'đức' },
      { folded: 'tang', exact: 'tằng' },
    ]);
  });

  it.each([
    ['', 'empty'],
    [' \u200B\t', 'empty'],
    ['%', 'no_words'],
    ['"" \\ _ \'\'', 'no_words'],
    ['a'.repeat(201), 'too_long'],
    ['a '.repeat(13), 'too_many_words'],
  ])('refuses %j: %s', (q, problem) => {
    expect(parseSearchQuery(q)).toBe(problem);
  });

  it('counts the length in characters of the NFC text', () => {
    expect(typeof parseSearchQuery('ệ'.normalize('NFD').repeat(200))).toBe('object');
  });
});
