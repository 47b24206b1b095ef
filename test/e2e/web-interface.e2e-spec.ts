import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { expectProblem } from '../support/problems.js';
import { createTestApp, type HttpResponse, type TestApp } from '../support/test-app.js';

const INTERFACE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

/**
 * A tiny build, as Vite lays it out: index.html, hashed assets, a file of public/ (and a dotfile never to serve);
 * the build also writes a brotli and a gzip version beside each text file (COMPRESSED below).
 */
const BUILD = {
  'index.html': `<!doctype html><html lang="vi"><head><meta charset="UTF-8"><title>Chỉ Đạo</title>${'<!-- padding so that it compresses -->'.repeat(20)}<script type="module" src="/assets/app-abc123.js"></script></head><body><div id="root"></div></body></html>`,
  'assets/app-abc123.js': 'console.log("Chỉ Đạo");\n'.repeat(200),
  'assets/logo-def456.png': Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'),
  'favicon.svg': `<svg xmlns="http://www.w3.org/2000/svg">${'<circle r="1"/>'.repeat(50)}</svg>`,
  '.env': 'JWT_SECRET=never-served',
};

const COMPRESSED = ['index.html', 'assets/app-abc123.js', 'favicon.svg'] as const;

interface RawAnswer extends HttpResponse {
  raw: Buffer;
}

/**
 * node:http, not fetch: fetch normalizes `..` out of a path before sending it
 * and decompresses bodies, and both are what these tests look at.
 */
function raw(port: number, method: string, path: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        const text = body.toString('utf8');
        const responseHeaders = Object.fromEntries(Object.entries(res.headers).map(([name, value]) => [name, String(value)]));
        const json = (responseHeaders['content-type'] ?? '').includes('json') && text.length > 0;
        resolve({ status: res.statusCode ?? 0, headers: responseHeaders, raw: body, text, body: json ? JSON.parse(text) : text });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

const portOf = (t: TestApp): number => (t.app.getHttpServer().address() as { port: number }).port;

describe('The web interface at /', () => {
  let t: TestApp;
  let webRoot: string;
  let get: (path: string, headers?: Record<string, string>) => Promise<RawAnswer>;
  const file = (name: keyof typeof BUILD): Buffer => Buffer.from(BUILD[name]);

  beforeAll(async () => {
    webRoot = await mkdtemp(join(tmpdir(), 'chidao-web-'));
    for (const [name, content] of Object.entries(BUILD)) {
      await mkdir(join(webRoot, name, '..'), { recursive: true });
      await writeFile(join(webRoot, name), content);
    }
    for (const name of COMPRESSED) {
      await writeFile(join(webRoot, `${name}.br`), brotliCompressSync(file(name)));
      await writeFile(join(webRoot, `${name}.gz`), gzipSync(file(name)));
    }
    t = await createTestApp({ env: { WEB_ROOT: webRoot } });
    get = (path, headers) => raw(portOf(t), 'GET', path, headers);
  });
  afterAll(async () => {
    await t.close();
    await rm(webRoot, { recursive: true, force: true });
  });

  const expectInterfaceHeaders = (answer: RawAnswer): void => {
    expect(answer.headers['content-security-policy']).toBe(INTERFACE_CSP);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['referrer-policy']).toBe('same-origin');
    expect(answer.headers['x-frame-options']).toBe('DENY');
  };
  const expectIndex = (answer: RawAnswer): void => {
    expect(answer.status).toBe(200);
    expect(answer.raw).toEqual(file('index.html'));
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('no-cache');
    expectInterfaceHeaders(answer);
  };

  it('answers / with index.html, a strong ETag, no-cache and the strict Content-Security-Policy', async () => {
    const answer = await get('/');
    expectIndex(answer);
    expect(answer.headers.etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers['content-length']).toBe(String(file('index.html').length));
    expectIndex(await get('/index.html'));
  });

  it("lets browsers keep Vite's hashed assets for a year, and revalidate everything else", async () => {
    const script = await get('/assets/app-abc123.js');
    expect(script.status).toBe(200);
    expect(script.raw).toEqual(file('assets/app-abc123.js'));
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expectInterfaceHeaders(script);

    const image = await get('/assets/logo-def456.png');
    expect(image.raw).toEqual(file('assets/logo-def456.png'));
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const icon = await get('/favicon.svg');
    expect(icon.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('sends brotli or gzip as the browser accepts, each version with its own ETag, and says it Varies', async () => {
    const plain = await get('/assets/app-abc123.js');
    const br = await get('/assets/app-abc123.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    const gzip = await get('/assets/app-abc123.js', { 'accept-encoding': 'gzip, deflate' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.raw)).toEqual(file('assets/app-abc123.js'));
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.raw)).toEqual(file('assets/app-abc123.js'));
    expect(gzip.raw.length).toBeLessThan(file('assets/app-abc123.js').length / 10);
    for (const answer of [plain, br, gzip]) {
      expect(answer.headers.vary).toBe('Accept-Encoding');
      expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
    }
    expect(new Set([plain.headers.etag, br.headers.etag, gzip.headers.etag]).size).toBe(3);

    const index = await get('/meetings/123', { 'accept-encoding': 'gzip' });
    expect(gunzipSync(index.raw)).toEqual(file('index.html'));

    // An image is compressed already: one version, nothing to vary on.
    const image = await get('/assets/logo-def456.png', { 'accept-encoding': 'gzip, br' });
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.headers.vary).toBeUndefined();

    // The build's compressed versions are codings of their file, not addresses of their own.
    expect((await get('/assets/app-abc123.js.br')).status).toBe(404);
    expect((await get('/index.html.gz')).status).toBe(404);
  });

  it('answers 304 to a browser that has the same version', async () => {
    const first = await get('/assets/app-abc123.js', { 'accept-encoding': 'br' });
    for (const ifNoneMatch of [first.headers.etag!, `W/${first.headers.etag}`, `"other", ${first.headers.etag}`]) {
      const again = await get('/assets/app-abc123.js', { 'accept-encoding': 'br', 'if-none-match': ifNoneMatch });
      expect(again.status).toBe(304);
      expect(again.raw.length).toBe(0);
      expect(again.headers.etag).toBe(first.headers.etag);
      expect(again.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(again.headers.vary).toBe('Accept-Encoding');
    }
    // The same tag for another version (here: uncompressed) is a different representation.
    expect((await get('/assets/app-abc123.js', { 'if-none-match': first.headers.etag! })).status).toBe(200);
    expect((await get('/', { 'if-none-match': '"stale"' })).status).toBe(200);
    const index = await get('/');
    expect((await get('/viec-cua-don-vi', { 'if-none-match': index.headers.etag! })).status).toBe(304);
  });

  it('answers any other page with index.html, so that deep links open in the app', async () => {
    for (const path of ['/meetings/123', '/viec-cua-don-vi?x=1', '/meetings/', '/%E1%BB%A9ng-d%E1%BB%A5ng', '/assets']) {
      expectIndex(await get(path));
    }
  });

  it('answers 404 to a file that is not there: a missing script is not a page', async () => {
    for (const path of ['/missing.js', '/assets/app-000000.js', '/favicon.ico', '/meetings/123/report.pdf']) {
      const answer = await get(path);
      expectProblem(answer, 404, 'route_not_found');
    }
  });

  it('never serves anything outside WEB_ROOT, nor its dotfiles', async () => {
    for (const path of [
      '/assets/../../package.json',
      '/%2e%2e/%2e%2e/package.json',
      '/assets/..%2f..%2f..%2fpackage.json',
      '/.env',
      '/assets/%2e%2e/.env',
    ]) {
      const answer = await get(path);
      expectProblem(answer, 404, 'route_not_found');
      expect(answer.text).not.toMatch(/devDependencies|never-served/);
    }
    for (const path of ['/..%2f..%2fetc/passwd', '/../../etc/passwd', '/assets/..%2f..%2f..%2fetc%2fpasswd']) {
      const answer = await get(path);
      expectIndex(answer);
    }
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await raw(portOf(t), 'HEAD', '/assets/app-abc123.js', { 'accept-encoding': 'gzip' });
    const got = await get('/assets/app-abc123.js', { 'accept-encoding': 'gzip' });
    expect(head.status).toBe(200);
    expect(head.raw.length).toBe(0);
    for (const name of ['content-type', 'content-encoding', 'content-length', 'etag', 'cache-control', 'vary', 'content-security-policy']) {
      expect(head.headers[name]).toBe(got.headers[name]);
    }
    const deepLink = await raw(portOf(t), 'HEAD', '/meetings/123');
    expect(deepLink.status).toBe(200);
    expect(deepLink.headers['content-length']).toBe(String(file('index.html').length));
  });

  it('reads the interface but takes nothing else: other methods get the API 404 problem', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      expectProblem(await raw(portOf(t), method, '/'), 404, 'route_not_found');
    }
    expectProblem(await raw(portOf(t), 'POST', '/meetings/123'), 404, 'route_not_found');
  });

  it('leaves the API as it was: its routes, its 404 problem for unknown paths, and its own security policy', async () => {
    const health = await get('/api/v1/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok' });
    expect(health.headers['content-security-policy']).not.toBe(INTERFACE_CSP);
    expect(health.headers['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");

    for (const path of ['/api/v1/nope', '/api/v1/meetings/x/y/z', '/api', '/api/', '/api/docs', '/api/v2/meetings', '/api%2fv1%2fnope']) {
      const answer = await get(path);
      expectProblem(answer, 404, 'route_not_found');
      expect(answer.body).toEqual({
        type: 'urn:chi-dao:problem:route-not-found',
        title: 'Not Found',
        status: 404,
        detail: 'There is no such resource.',
        instance: path,
        code: 'route_not_found',
        requestId: expect.any(String),
      });
      expect(answer.headers['content-security-policy']).not.toBe(INTERFACE_CSP);
    }
    expectProblem(await raw(portOf(t), 'POST', '/api/v1/nope'), 404, 'route_not_found');
  });
});

describe('The web interface before it is built', () => {
  let t: TestApp;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = await mkdtemp(join(tmpdir(), 'chidao-web-empty-'));
    t = await createTestApp({ env: { WEB_ROOT: webRoot } });
  });
  afterAll(async () => {
    await t.close();
    await rm(webRoot, { recursive: true, force: true });
  });

  it('answers every page with a 404 problem saying how to build it, and the API works', async () => {
    for (const path of ['/', '/meetings/123', '/index.html']) {
      const answer = await raw(portOf(t), 'GET', path);
      expectProblem(answer, 404, 'interface_not_built');
      expect(answer.body.detail).toContain('npm run build');
    }
    expectProblem(await raw(portOf(t), 'GET', '/api/v1/nope'), 404, 'route_not_found');
    const health = await raw(portOf(t), 'GET', '/api/v1/health');
    expect(health.status).toBe(200);
    expect((await t.get('/api/v1/meetings')).status).toBe(200);
  });
});
