import { chooseCoding } from './content-coding.js';

describe('chooseCoding', () => {
  const all = ['br', 'gzip', 'identity'] as const;

  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['GZIP', 'gzip'],
    ['br;q=0.5, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['*', 'br'],
    ['*;q=0.1, gzip;q=0.5', 'gzip'],
    ['identity', 'identity'],
    ['deflate', 'identity'],
    ['br;q=nonsense, gzip;q=0.2', 'gzip'],
  ])('Accept-Encoding %j gets %s', (header, expected) => {
    expect(chooseCoding(header, all)).toBe(expected);
  });

  it('chooses only among what the file has', () => {
    expect(chooseCoding('br, gzip', ['identity'])).toBe('identity');
    expect(chooseCoding('br, gzip', ['gzip', 'identity'])).toBe('gzip');
  });

  it('falls back to identity when the client refuses everything (rather than a 406 for a web page)', () => {
    expect(chooseCoding('identity;q=0, *;q=0', all)).toBe('identity');
  });
});
