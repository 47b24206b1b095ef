import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** The reader's ceiling: a document that needs more is refused, and the service keeps its memory. */
export const DOCX_READER_LIMITS: Readonly<DocxReaderLimits> = { heapMb: 256, timeoutMs: 10_000, concurrent: 2 };

export interface DocxReaderLimits {
  heapMb: number;
  timeoutMs: number;
  /** Readers at once in this process. */
  concurrent: number;
}

export type DocxReading =
  | { kind: 'text'; text: string }
  | { kind: 'unreadable' }
  | { kind: 'too_heavy'; why: 'memory' | 'time' }
  | { kind: 'failed'; message: string };

// Resolved here, in the main thread: the worker is plain CommonJS evaluated from a string, so it runs the same
// under ts-jest (which cannot hand a .ts file to a Worker) and from dist/.
const MAMMOTH = createRequire(import.meta.url).resolve('mammoth');
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const mammoth = require(workerData.mammoth);
mammoth.extractRawText({ buffer: Buffer.from(workerData.bytes) }).then(
  (result) => parentPort.postMessage({ text: result.value }),
  () => parentPort.postMessage({ unreadable: true }),
);
`;

let running = 0;
const waiting: (() => void)[] = [];

/**
 * The raw text of a Word document, read by mammoth in a worker thread with its
 * own heap limit and a deadline: a document whose XML unpacks to more than the
 * worker may hold, or that takes too long, ends the worker, not the service.
 * At most a few run at once, so a burst of uploads cannot multiply the ceiling.
 */
export async function readDocxText(bytes: Uint8Array, limits: Readonly<DocxReaderLimits> = DOCX_READER_LIMITS): Promise<DocxReading> {
  if (running >= limits.concurrent) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await inWorker(bytes, limits);
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function inWorker(bytes: Uint8Array, limits: Readonly<DocxReaderLimits>): Promise<DocxReading> {
  return new Promise((resolve) => {
    let settled = false;
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: { mammoth: MAMMOTH, bytes },
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb },
    });
    const settle = (reading: DocxReading): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(reading);
    };
    const timer = setTimeout(() => settle({ kind: 'too_heavy', why: 'time' }), limits.timeoutMs);
    worker.on('message', (message: { text?: string; unreadable?: boolean }) =>
      settle(typeof message.text === 'string' ? { kind: 'text', text: message.text } : { kind: 'unreadable' }),
    );
    worker.on('error', (error: Error & { code?: string }) =>
      settle(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { kind: 'too_heavy', why: 'memory' } : { kind: 'failed', message: error.message }),
    );
    worker.on('exit', (code) => settle({ kind: 'failed', message: `the reader stopped (exit code ${code})` }));
  });
}
