import { parse } from 'content-disposition';
import { DomainError } from '../common/errors/domain-error.js';
import { acceptedFileName, contentDispositionOf } from './file-name.js';

const refusal = (name: string): string => {
  try {
    acceptedFileName(name);
  } catch (error) {
    return (error as DomainError).errors[0]!.message;
  }
  throw new Error(`${JSON.stringify(name)} was accepted`);
};

describe('file names of evidence files', () => {
  it('keeps Vietnamese letters, composed (NFC), without surrounding spaces', () => {
    expect(acceptedFileName('  Quyết định số 12.pdf ')).toBe('Quyết định số 12.pdf');
    expect(acceptedFileName('Tằng Loỏng.pdf'.normalize('NFD'))).toBe('Tằng Loỏng.pdf'.normalize('NFC'));
  });

  it('refuses no name, control characters, paths and very long names', () => {
    expect(refusal('   ')).toBe('file must have a name');
    expect(refusal('Báo cáo\u0085.pdf')).toBe('file name must not contain control characters');
    expect(refusal('..\\Báo cáo.pdf')).toBe('file name must not contain / or \\');
    expect(refusal('a/b.pdf')).toBe('file name must not contain / or \\');
    expect(refusal(`${'đ'.repeat(252)}.pdf`)).toBe('file name must be at most 255 characters');
  });

  it('names the download for every client: an ASCII fallback without diacritics, and the exact name in filename*', () => {
    const header = contentDispositionOf('Đề án "Đường nối" – đợt 2.docx');
    expect(header).toBe(
      `attachment; filename="De an _Duong noi_ _ dot 2.docx"; filename*=UTF-8''${encodeURIComponent('Đề án "Đường nối" – đợt 2.docx')}`,
    );
    expect(parse(header).parameters.filename).toBe('Đề án "Đường nối" – đợt 2.docx');
    expect(contentDispositionOf('report.pdf')).toBe('attachment; filename=report.pdf');
  });
});
