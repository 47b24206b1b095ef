import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph } from 'docx';
import mammoth from 'mammoth';
import { readDocxText } from '../src/imports/docx-text.js';

// Figures, not assertions: what reading a .docx in a worker thread (its own heap ceiling and deadline, so a
// zip bomb ends the worker, not the service) costs over reading it in the request's thread, as before.
// Two documents: the corpus's Lào Cai article (one page) and ~500,000 characters (the most an import takes).
// Each figure is the best and the median of seven runs, after one run to warm up.
const RUNS = 7;

async function measure(name: string, bytes: Buffer, read: (bytes: Buffer) => Promise<unknown>): Promise<void> {
  await read(bytes);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    await read(bytes);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(44)} ${String(bytes.length).padStart(7)} B   best ${times[0].toFixed(0).padStart(5)} ms   median ${times[RUNS >> 1].toFixed(0).padStart(5)} ms`,
  );
}

const docx = async (lines: string[]): Promise<Buffer> =>
  Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children: lines.map((line) => new Paragraph(line)) }] })));

const article = readFileSync('test/fixtures/imports/news-laocai-khu-cong-nghiep.txt', 'utf8');
const small = await docx(article.split('\n'));
const line = 'Ban Quản lý Khu kinh tế tỉnh tham mưu phương án mở rộng Khu công nghiệp Tằng Loỏng, hoàn thành trước ngày 30/6/2024.';
const large = await docx(Array.from({ length: Math.floor(500_000 / (line.length + 8)) }, (_, i) => `${i}. ${line}`));

const inThread = async (bytes: Buffer): Promise<unknown> => mammoth.extractRawText({ buffer: bytes });
const inWorker = async (bytes: Buffer): Promise<unknown> => {
  const reading = await readDocxText(bytes);
  if (reading.kind !== 'text') throw new Error(`the worker answered ${reading.kind}`);
  return reading;
};
await measure('one page, in the request thread (before)', small, inThread);
await measure('one page, in a worker (after)', small, inWorker);
await measure('500,000 characters, in the request thread', large, inThread);
await measure('500,000 characters, in a worker', large, inWorker);
