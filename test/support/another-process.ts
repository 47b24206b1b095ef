import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export interface LargeRequest {
  url: string;
  headers: Record<string, string>;
  /** A JSON body of about `bytes` bytes, or a multipart upload of a PDF of `bytes` bytes. */
  kind: 'json' | 'pdf-upload';
  bytes: number;
}

export type Outcome = { status: number; body: any } | { error: string };

/**
 * Sends a large request with Node's fetch from a separate process, as a real
 * client would: in the test's own process the client and the server share one
 * event loop, which hides a server that closes the connection while the client
 * is still sending (the client then gets a reset instead of the answer).
 */
export async function sendFromAnotherProcess(request: LargeRequest): Promise<Outcome> {
  const script = `
    const { url, headers, kind, bytes } = JSON.parse(process.argv[1]);
    let body;
    if (kind === 'json') {
      body = JSON.stringify({ title: 'Họp', startsAt: '2024-03-12T08:00:00+07:00', summary: 'x'.repeat(bytes) });
      headers['content-type'] = 'application/json';
    } else {
      body = new FormData();
      body.append('file', new Blob([Buffer.concat([Buffer.from('%PDF-1.4\\n'), Buffer.alloc(bytes - 9, 32)])], { type: 'application/pdf' }), 'Quá lớn.pdf');
    }
    try {
      // A connection already in use, as a real client's would be (a fresh one hides the reset more often).
      await (await fetch(new URL('/api/v1/health', url))).text();
      const response = await fetch(url, { method: 'POST', headers, body });
      const text = await response.text();
      console.log(JSON.stringify({ status: response.status, body: JSON.parse(text) }));
    } catch (error) {
      console.log(JSON.stringify({ error: String(error.cause?.code ?? error.message) }));
    }
  `;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(request)], {
    maxBuffer: 1024 * 1024,
  });
  return JSON.parse(stdout) as Outcome;
}
