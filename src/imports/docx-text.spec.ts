import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { readDocxText } from './docx-text.js';

/** A real .docx whose body is replaced by `count` paragraphs of numbers that do not repeat (so it packs ordinarily, ~10:1). */
async function docxOfParagraphs(count: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Biên bản')] }] })));
  const body = Array.from({ length: count }, (_, n) => `<w:p><w:r><w:t>${(n * 7919) % 1_000_003}</w:t></w:r></w:p>`).join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('Reading a Word document in a worker with a ceiling', () => {
  it('reads an ordinary document', async () => {
    const reading = await readDocxText(await docxOfParagraphs(3), { heapMb: 256, timeoutMs: 60_000, concurrent: 1 });
    expect(reading).toEqual({ kind: 'text', text: '0\n\n7919\n\n15838\n\n' });
  });

  it('stops a document that needs more memory than the worker may have, and says so', async () => {
    // A deadline long enough that only the heap ceiling can stop it, however busy the machine.
    const reading = await readDocxText(await docxOfParagraphs(100_000), { heapMb: 32, timeoutMs: 120_000, concurrent: 1 });
    expect(reading).toEqual({ kind: 'too_heavy', why: 'memory' });
  }, 150_000);

  it('stops a document that takes longer than the deadline, and says so', async () => {
    const reading = await readDocxText(await docxOfParagraphs(100_000), { heapMb: 256, timeoutMs: 1, concurrent: 1 });
    expect(reading).toEqual({ kind: 'too_heavy', why: 'time' });
  });
});
