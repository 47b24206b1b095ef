import { create as contentDisposition } from 'content-disposition';

/**
 * `attachment; filename="<ASCII>"; filename*=UTF-8''<percent-encoded>` (RFC
 * 6266, 8187): every current browser uses filename*; the ASCII fallback is the
 * name without its diacritics ("Bao cao tien do Tang Loong.pdf"), which reads
 * better than the question marks the package would put in their place.
 */
export function contentDispositionOf(fileName: string): string {
  return contentDisposition(fileName, { fallback: asciiFallback(fileName) });
}

function asciiFallback(fileName: string): string {
  return fileName
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
}
