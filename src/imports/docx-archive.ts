import { unzipSync } from 'fflate';

/**
 * What a .docx may unpack to. Word's text is in word/document.xml; a document
 * of the largest text an import takes (500,000 characters) has well under
 * 20 MB of it, and pictures, which are most of a real file, sit beside it.
 */
export const DOCX_UNPACKED_LIMITS = {
  documentXmlBytes: 20 * 1000 * 1000,
  totalBytes: 60 * 1000 * 1000,
  /** Deflate tops out near 1032:1; text XML rarely passes 20:1, so beyond this a large entry is a bomb, not a document. */
  ratio: 200,
  /** Below this size an entry's ratio says nothing (a few repeated tags compress enormously and cost nothing). */
  ratioFromBytes: 1024 * 1024,
} as const;

export type ArchiveVerdict =
  | { ok: true }
  | { ok: false; reason: 'document_too_large' | 'archive_too_large' | 'ratio'; entry: string; declaredBytes: number }
  | { ok: false; reason: 'unreadable' };

/**
 * Reads the sizes the zip's central directory declares, inflating nothing
 * (fflate's filter sees each entry's sizes and declines it), so a zip bomb is
 * refused before any XML parser sees it. Declared sizes can lie: the reader
 * itself runs with a memory ceiling too (docx-text.ts).
 */
export function inspectDocxArchive(bytes: Uint8Array, limits = DOCX_UNPACKED_LIMITS): ArchiveVerdict {
  let verdict: ArchiveVerdict = { ok: true };
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        if (!verdict.ok) return false;
        total += entry.originalSize;
        if (entry.name === 'word/document.xml' && entry.originalSize > limits.documentXmlBytes)
          verdict = { ok: false, reason: 'document_too_large', entry: entry.name, declaredBytes: entry.originalSize };
        else if (total > limits.totalBytes) verdict = { ok: false, reason: 'archive_too_large', entry: entry.name, declaredBytes: total };
        else if (entry.originalSize >= limits.ratioFromBytes && entry.originalSize > limits.ratio * Math.max(entry.size, 1))
          verdict = { ok: false, reason: 'ratio', entry: entry.name, declaredBytes: entry.originalSize };
        return false;
      },
    });
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  return verdict;
}
