import { createHash, randomUUID } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseContentDisposition } from 'content-disposition';
import { StaleUploads } from '../../src/attachments/stale-uploads.js';
import { createMeeting } from '../support/factories.js';
import { type Outcome, sendFromAnotherProcess } from '../support/another-process.js';
import { describeRaces, expectParallelSessions } from '../support/races.js';
import { compoundFile, exe, jpeg, officeOpenXml, pdf, png } from '../support/sample-files.js';
import { createTestApp, ifMatch, type TestApp, type TestRole } from '../support/test-app.js';

const VIETNAMESE_NAME = 'Báo cáo tiến độ Tằng Loỏng.pdf';
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: any;
  bytes: Buffer;
}

/** Evidence files: upload (recognised by content), download (streamed, named, cached), who may read them, and their cleanup. */
describe('Evidence files (attachments)', () => {
  let t: TestApp;
  let base: string;
  let meetingId: string;
  let n = 0;

  beforeAll(async () => {
    t = await createTestApp();
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
    meetingId = (await createMeeting(t)).id;
  });
  afterAll(async () => {
    await t.close();
  });

  /** Node's own fetch (undici), as a browser or a script would send it. */
  async function send(role: TestRole | null, path: string, init: RequestInit = {}): Promise<Answer> {
    const headers = new Headers(init.headers);
    if (role) headers.set('authorization', `Bearer ${t.users[role].accessToken}`);
    const response = await fetch(`${base}${path}`, { ...init, headers });
    const bytes = Buffer.from(await response.arrayBuffer());
    const responseHeaders = Object.fromEntries(response.headers.entries());
    const body = (responseHeaders['content-type'] ?? '').includes('json') ? JSON.parse(bytes.toString('utf8')) : undefined;
    return { status: response.status, headers: responseHeaders, body, bytes };
  }

  function upload(role: TestRole, bytes: Buffer, fileName: string, type = 'application/octet-stream'): Promise<Answer> {
    const form = new FormData();
    form.append('file', new Blob([bytes], { type }), fileName);
    return send(role, '/api/v1/attachments', { method: 'POST', body: form });
  }

  /** A multipart body written by hand, for what FormData cannot send (a name with a control character). */
  function rawMultipart(role: TestRole, parts: string[]): Promise<Answer> {
    const boundary = 'chidao-boundary-7d1f';
    const body = parts.map((part) => `--${boundary}\r\n${part}\r\n`).join('') + `--${boundary}--\r\n`;
    return send(role, '/api/v1/attachments', {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      body,
    });
  }

  const download = (role: TestRole, id: string, headers: Record<string, string> = {}) =>
    send(role, `/api/v1/attachments/${id}`, { headers });

  /** A refusal: the problem answer, and not a row written anywhere. */
  async function refused(attempt: () => Promise<Answer>, status: number, code: string): Promise<Answer> {
    const before = await t.snapshot();
    const answer = await attempt();
    expect({ status: answer.status, code: answer.body?.code }).toEqual({ status, code });
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await t.snapshot()).toEqual(before);
    return answer;
  }

  async function inProgressDirective(leadOrganizationId = t.agencies.own): Promise<{ id: string; version: number }> {
    const issued = await t.post(`/api/v1/meetings/${meetingId}/directives`, {
      title: `Báo cáo tiến độ giải phóng mặt bằng, đợt ${++n}`,
      leadOrganizationId,
    });
    expect(issued.status).toBe(201);
    const head = leadOrganizationId === t.agencies.own ? 'department_head' : 'other_department_head';
    const started = await t.as(head).post(`/api/v1/directives/${issued.body.id}/transitions`, { action: 'start' }, ifMatch(1));
    expect(started.status).toBe(200);
    return { id: issued.body.id, version: 2 };
  }

  const submit = (role: TestRole, directive: { id: string; version: number }, attachmentIds: string[]) =>
    t
      .as(role)
      .post(
        `/api/v1/directives/${directive.id}/transitions`,
        { action: 'submit', note: 'Đã bàn giao mặt bằng, kèm biên bản', attachmentIds },
        ifMatch(directive.version),
      );

  describe('uploading', () => {
    it('stores a PDF with its Vietnamese name and answers what it recognised, and its SHA-256', async () => {
      const bytes = pdf();
      const answer = await upload('department_head', bytes, VIETNAMESE_NAME, 'application/pdf');
      expect(answer.status).toBe(201);
      expect(answer.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        fileName: VIETNAMESE_NAME,
        mediaType: 'application/pdf',
        size: bytes.length,
        sha256: sha256(bytes),
      });
      const [row] = await t.sql(
        'SELECT uploaded_by_user_id, uploaded_at, directive_id, attached_at, (SELECT count(*)::int FROM attachment_chunk WHERE attachment_id = a.id) AS chunks FROM attachment a WHERE id = $1',
        [answer.body.id],
      );
      expect(row).toEqual({
        uploaded_by_user_id: t.users.department_head.id,
        uploaded_at: t.clock.now(),
        directive_id: null,
        attached_at: null,
        chunks: 1,
      });
    });

    it.each([
      ['Biên bản.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', officeOpenXml('docx')],
      ['Số liệu.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', officeOpenXml('xlsx')],
      ['Ảnh hiện trường.jpg', 'image/jpeg', jpeg()],
      ['Ảnh hiện trường.JPEG', 'image/jpeg', jpeg()],
      ['Sơ đồ.png', 'image/png', png()],
      ['Công văn cũ.doc', 'application/msword', compoundFile()],
      ['Bảng kê cũ.xls', 'application/vnd.ms-excel', compoundFile()],
    ])('recognises %s as %s by its content', async (fileName, mediaType, bytes) => {
      const answer = await upload('department_staff', bytes, fileName);
      expect(answer.status).toBe(201);
      expect(answer.body).toMatchObject({ fileName, mediaType, size: bytes.length, sha256: sha256(bytes) });
    });

    it('keeps a name typed decomposed (NFD) in its composed form (NFC)', async () => {
      const answer = await upload('leader', pdf(), VIETNAMESE_NAME.normalize('NFD'));
      expect(answer.status).toBe(201);
      expect(answer.body.fileName).toBe(VIETNAMESE_NAME);
      expect(answer.body.fileName).not.toBe(VIETNAMESE_NAME.normalize('NFD'));
    });

    it.each([
      [
        'a PNG named .pdf',
        png(),
        'Báo cáo.pdf',
        'application/pdf',
        'The file\'s content is image/png but its name ends in ".pdf"; rename it .png.',
      ],
      [
        'a PNG declared as a PDF',
        png(),
        'Sơ đồ.png',
        'application/pdf',
        'The file was sent as application/pdf but its content is image/png.',
      ],
      [
        'a program renamed .pdf',
        exe(),
        'Báo cáo.pdf',
        'application/pdf',
        "The file's content is EXE. Accepted: PDF, DOCX, XLSX, DOC, XLS, JPEG or PNG.",
      ],
      [
        'a program',
        exe(),
        'setup.exe',
        'application/octet-stream',
        "The file's content is EXE. Accepted: PDF, DOCX, XLSX, DOC, XLS, JPEG or PNG.",
      ],
      [
        'a text file',
        Buffer.from('Báo cáo tiến độ\n'),
        'ghi chú.txt',
        'text/plain',
        "The file's content is of no type this service recognises. Accepted: PDF, DOCX, XLSX, DOC, XLS, JPEG or PNG.",
      ],
      [
        'a compound file that is neither DOC nor XLS',
        compoundFile(),
        'cài đặt.msi',
        'application/octet-stream',
        "The file's content is CFB. Accepted: PDF, DOCX, XLSX, DOC, XLS, JPEG or PNG.",
      ],
      [
        'a DOCX named .xlsx',
        officeOpenXml('docx'),
        'Biên bản.xlsx',
        'application/octet-stream',
        'The file\'s content is application/vnd.openxmlformats-officedocument.wordprocessingml.document but its name ends in ".xlsx"; rename it .docx.',
      ],
    ])('refuses %s with 415', async (_what, bytes, fileName, type, detail) => {
      const answer = await refused(() => upload('department_head', bytes, fileName, type), 415, 'attachment_type_not_accepted');
      expect(answer.body.detail).toBe(detail);
    });

    it('refuses names with a control character or a path, and an empty file, with 400', async () => {
      const part = (fileName: string, content = '%PDF-1.4\n%%EOF') =>
        `Content-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n${content}`;
      const control = await refused(() => rawMultipart('department_head', [part('Báo\u0007cáo.pdf')]), 400, 'attachment_upload_malformed');
      expect(control.body.errors).toEqual([{ field: 'file', message: 'file name must not contain control characters' }]);
      const path = await refused(() => upload('department_head', pdf(), '../../etc/Báo cáo.pdf'), 400, 'attachment_upload_malformed');
      expect(path.body.errors).toEqual([{ field: 'file', message: 'file name must not contain / or \\' }]);
      await refused(() => rawMultipart('department_head', [part('C:\\\\Tài liệu\\\\Báo cáo.pdf')]), 400, 'attachment_upload_malformed');
      const empty = await refused(() => upload('department_head', Buffer.alloc(0), 'Báo cáo.pdf'), 400, 'attachment_upload_malformed');
      expect(empty.body.errors).toEqual([{ field: 'file', message: 'file must not be empty' }]);
    });

    it('refuses a body that is not exactly one part named "file" with 400', async () => {
      const json = await refused(
        () =>
          send('department_head', '/api/v1/attachments', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{"file":"x"}',
          }),
        400,
        'attachment_upload_malformed',
      );
      expect(json.body.detail).toBe('Send the file as multipart/form-data with exactly one part: a file field named "file".');
      const twoFiles = new FormData();
      twoFiles.append('file', new Blob([pdf()]), 'một.pdf');
      twoFiles.append('file', new Blob([pdf()]), 'hai.pdf');
      const two = await refused(
        () => send('department_head', '/api/v1/attachments', { method: 'POST', body: twoFiles }),
        400,
        'attachment_upload_malformed',
      );
      expect(two.body.errors).toEqual([{ field: 'file', message: 'send one file only' }]);
      const otherName = new FormData();
      otherName.append('document', new Blob([pdf()]), 'Báo cáo.pdf');
      await refused(
        () => send('department_head', '/api/v1/attachments', { method: 'POST', body: otherName }),
        400,
        'attachment_upload_malformed',
      );
      const noFile = await refused(
        () => rawMultipart('department_head', ['Content-Disposition: form-data; name="note"\r\n\r\nkhông có tệp']),
        400,
        'attachment_upload_malformed',
      );
      expect(noFile.body.errors).toEqual([{ field: 'file', message: 'send only the field "file"' }]);
      await refused(() => rawMultipart('department_head', []), 400, 'attachment_upload_malformed');
    });

    it('holds no database connection while a slow client is still sending: others are served meanwhile (the embedded database has one)', async () => {
      const boundary = 'chidao-slow-upload';
      const bytes = pdf('Gửi chậm qua đường truyền yếu', 600_000);
      const head = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="Gửi chậm.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      );
      const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let pulls = 0;
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (pulls++ === 0) return controller.enqueue(Buffer.concat([head, bytes.subarray(0, 300_000)]));
          await released;
          controller.enqueue(Buffer.concat([bytes.subarray(300_000), tail]));
          controller.close();
        },
      });
      // Where the service keeps an upload while it arrives (upload-spool.ts): the ones there before are not this one.
      const spools = async () => (await readdir(tmpdir())).filter((name) => name.startsWith('chidao-upload-'));
      const before = new Set(await spools());
      const sending = fetch(`${base}/api/v1/attachments`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${t.users.department_head.accessToken}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        body,
        duplex: 'half',
      } as RequestInit);

      // The service has recognised the file and is receiving it (more than its first chunk has arrived)…
      const receiving = async (): Promise<string | undefined> => {
        for (const dir of (await spools()).filter((name) => !before.has(name))) {
          const size = await stat(join(tmpdir(), dir, 'file')).then(
            (file) => file.size,
            () => 0,
          );
          if (size >= 262_144) return dir;
        }
        return undefined;
      };
      let spool: string | undefined;
      while (!(spool = await receiving())) await new Promise((resolve) => setTimeout(resolve, 20));
      // …and meanwhile another user is answered from the database.
      const meanwhile = await t.as('leader').get('/api/v1/directives?limit=1');
      expect(meanwhile.status).toBe(200);

      release();
      const answer = await sending;
      expect(answer.status).toBe(201);
      expect(await answer.json()).toMatchObject({ fileName: 'Gửi chậm.pdf', size: bytes.length, sha256: sha256(bytes) });
      // The temporary file is gone once the upload is stored.
      expect(await spools()).not.toContain(spool);
    });

    it('refuses an admin (who records nothing) with 403', async () => {
      await refused(() => upload('admin', pdf(), 'Báo cáo.pdf'), 403, 'forbidden');
    });
  });

  describe('downloading', () => {
    it('answers the same bytes, typed and named for any browser, with a strong ETag and 304 when unchanged', async () => {
      // Three chunks: 256 KiB, 256 KiB and the rest.
      const bytes = pdf('nhiều trang', 600_000);
      const uploaded = await upload('department_head', bytes, VIETNAMESE_NAME);
      expect(uploaded.status).toBe(201);
      expect((await t.sql('SELECT count(*)::int AS n FROM attachment_chunk WHERE attachment_id = $1', [uploaded.body.id]))[0].n).toBe(3);

      const answer = await download('department_head', uploaded.body.id);
      expect(answer.status).toBe(200);
      expect(sha256(answer.bytes)).toBe(sha256(bytes));
      expect(answer.bytes.equals(bytes)).toBe(true);
      expect(answer.headers).toMatchObject({
        'content-type': 'application/pdf',
        'content-length': String(bytes.length),
        etag: `"${sha256(bytes)}"`,
        'cache-control': 'private, no-cache',
      });
      expect(answer.headers['content-disposition']).toBe(
        `attachment; filename="Bao cao tien do Tang Loong.pdf"; filename*=UTF-8''${encodeURIComponent(VIETNAMESE_NAME)}`,
      );
      // The package's parse gives filename* (RFC 8187) decoded as `filename`, as browsers read it.
      const parsed = parseContentDisposition(answer.headers['content-disposition']!);
      expect({ type: parsed.type, filename: parsed.parameters.filename }).toEqual({ type: 'attachment', filename: VIETNAMESE_NAME });

      const again = await download('department_head', uploaded.body.id, { 'if-none-match': answer.headers.etag! });
      expect(again.status).toBe(304);
      expect(again.bytes.length).toBe(0);
      expect(again.headers.etag).toBe(answer.headers.etag);
      const changed = await download('department_head', uploaded.body.id, { 'if-none-match': '"0000"' });
      expect(changed.status).toBe(200);

      const head = await send('department_head', `/api/v1/attachments/${uploaded.body.id}`, { method: 'HEAD' });
      expect({ status: head.status, length: head.headers['content-length'], etag: head.headers.etag, body: head.bytes.length }).toEqual({
        status: 200,
        length: String(bytes.length),
        etag: answer.headers.etag,
        body: 0,
      });

      const metadata = await send('department_head', `/api/v1/attachments/${uploaded.body.id}/metadata`);
      expect(metadata.body).toEqual(uploaded.body);
    });

    it('gives an unattached upload to its uploader only, then the directive’s readers once attached, and 404 to everyone else', async () => {
      const bytes = pdf('biên bản bàn giao');
      const uploaded = await upload('department_head', bytes, VIETNAMESE_NAME, 'application/pdf');
      const id = uploaded.body.id as string;
      expect((await download('department_head', id)).status).toBe(200);
      for (const role of ['leader', 'secretariat', 'department_staff', 'other_department_head'] as const) {
        const refusal = await download(role, id);
        expect({ role, status: refusal.status, code: refusal.body.code }).toEqual({ role, status: 404, code: 'attachment_not_found' });
      }

      const directive = await inProgressDirective();
      const submitted = await submit('department_head', directive, [id]);
      expect(submitted.status).toBe(200);
      expect(submitted.body.status).toBe('awaiting_confirmation');
      expect(
        await t.sql('SELECT action, attachment_ids FROM directive_transition WHERE directive_id = $1 ORDER BY occurred_at', [directive.id]),
      ).toEqual([
        { action: 'start', attachment_ids: [] },
        { action: 'submit', attachment_ids: [id] },
      ]);
      const [row] = await t.sql('SELECT directive_id, attached_at FROM attachment WHERE id = $1', [id]);
      expect(row).toEqual({ directive_id: directive.id, attached_at: t.clock.now() });
      const entries = await t.sql(
        `SELECT action, entity_id, before->>'directiveId' AS before, after->>'directiveId' AS after, after->'attachmentIds' AS "attachmentIds"
           FROM audit_entry WHERE entity_id = ANY($1::uuid[]) AND action IN ('attachment.attach', 'directive.submit') ORDER BY seq`,
        [[id, directive.id]],
      );
      expect(entries).toEqual([
        { action: 'attachment.attach', entity_id: id, before: null, after: directive.id, attachmentIds: null },
        { action: 'directive.submit', entity_id: directive.id, before: null, after: null, attachmentIds: [id] },
      ]);

      for (const role of ['leader', 'secretariat', 'admin', 'department_head', 'department_staff'] as const) {
        const answer = await download(role, id);
        expect({ role, status: answer.status, same: answer.bytes.equals(bytes) }).toEqual({ role, status: 200, same: true });
      }
      const foreign = await download('other_department_head', id);
      expect({ status: foreign.status, code: foreign.body.code }).toEqual({ status: 404, code: 'attachment_not_found' });
      expect((await send('other_department_head', `/api/v1/attachments/${id}/metadata`)).status).toBe(404);
      expect((await download('leader', randomUUID())).status).toBe(404);
    });
  });

  describe('attaching (through a transition)', () => {
    it('refuses, with 422 naming each id, a file that does not exist, someone else’s upload, or another directive’s evidence (even one the caller cannot see), in one wording; nothing changes', async () => {
      const mine = (await upload('department_head', pdf(), 'Của tôi.pdf')).body.id as string;
      const staffs = (await upload('department_staff', pdf(), 'Của chuyên viên.pdf')).body.id as string;
      const elsewhere = await inProgressDirective();
      const used = (await upload('department_head', pdf(), 'Đã nộp.pdf')).body.id as string;
      expect((await submit('department_head', elsewhere, [used])).status).toBe(200);
      const foreignDirective = await inProgressDirective(t.agencies.other);
      const foreign = (await upload('other_department_head', pdf(), 'Của sở khác.pdf')).body.id as string;
      expect((await submit('other_department_head', foreignDirective, [foreign])).status).toBe(200);
      expect((await download('department_head', foreign)).status).toBe(404);

      const directive = await inProgressDirective();
      const before = await t.snapshot();
      const answer = await submit('department_head', directive, [mine, randomUUID(), staffs, used, foreign]);
      expect(answer.status).toBe(422);
      expect(answer.body.code).toBe('attachment_not_usable');
      // One wording whatever the reason: which ids exist, and whose they are, is not told.
      const refused = 'no such file that you may attach: upload it yourself first';
      expect(answer.body.errors).toEqual([
        { field: 'attachmentIds[1]', message: refused },
        { field: 'attachmentIds[2]', message: refused },
        { field: 'attachmentIds[3]', message: refused },
        { field: 'attachmentIds[4]', message: refused },
      ]);
      expect(await t.snapshot()).toEqual(before);

      const tooMany = await submit(
        'department_head',
        directive,
        Array.from({ length: 21 }, () => randomUUID()),
      );
      expect(tooMany.status).toBe(400);
      const twice = await submit('department_head', directive, [mine, mine]);
      expect({ status: twice.status, fields: twice.body.errors.map((e: { field: string }) => e.field) }).toEqual({
        status: 400,
        fields: ['attachmentIds'],
      });
      expect(await t.snapshot()).toEqual(before);

      expect((await submit('department_head', directive, [mine])).status).toBe(200);
    });
  });

  describeRaces('one file submitted with two directives at once', () => {
    beforeAll(async () => {
      await expectParallelSessions(t.sql);
    });

    it('attaches it to exactly one; the other submission is refused (422) and undone', async () => {
      const id = (await upload('department_head', pdf(), 'Một bản duy nhất.pdf')).body.id as string;
      const directives = await Promise.all(Array.from({ length: 6 }, () => inProgressDirective()));
      const answers = await Promise.all(directives.map((directive) => submit('department_head', directive, [id])));
      const statuses = answers.map((answer) => answer.status);
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      expect(statuses.filter((status) => status === 422)).toHaveLength(5);
      const winner = directives[statuses.indexOf(200)]!.id;
      expect(await t.sql('SELECT directive_id FROM attachment WHERE id = $1', [id])).toEqual([{ directive_id: winner }]);
      const submitted = await t.sql(
        `SELECT directive_id FROM directive_transition WHERE action = 'submit' AND directive_id = ANY($1::uuid[])`,
        [directives.map((directive) => directive.id)],
      );
      expect(submitted).toEqual([{ directive_id: winner }]);
    });
  });

  describe('stale uploads', () => {
    it('removes, with their bytes, uploads never attached within 24 hours, and keeps attached ones', async () => {
      const sweeper = t.app.get(StaleUploads);
      await sweeper.removeStaleUploads(new Date('2100-01-01T00:00:00Z')); // what earlier tests left unattached
      t.clock.set(new Date('2024-07-01T08:00:00+07:00'));
      const stale = (await upload('department_head', pdf('quên đính kèm', 300_000), 'Quên.pdf')).body.id as string;
      const kept = (await upload('department_head', pdf(), 'Đã đính kèm.pdf')).body.id as string;
      expect((await submit('department_head', await inProgressDirective(), [kept])).status).toBe(200);

      expect(await sweeper.removeStaleUploads(new Date('2024-07-02T08:00:00+07:00'))).toBe(0);
      expect(await sweeper.removeStaleUploads(new Date('2024-07-02T08:00:00.001+07:00'))).toBe(1);
      expect(await t.sql('SELECT id FROM attachment WHERE id = ANY($1::uuid[])', [[stale, kept]])).toEqual([{ id: kept }]);
      expect(await t.sql('SELECT count(*)::int AS n FROM attachment_chunk WHERE attachment_id = $1', [stale])).toEqual([{ n: 0 }]);
      expect(await sweeper.removeStaleUploads(new Date('2024-07-03T08:00:00+07:00'))).toBe(0);
      expect((await download('department_head', stale)).status).toBe(404);
    });
  });

  describe('bodies larger than allowed', () => {
    /** Five tries each: a connection closed under a client still sending loses the answer only some of the time. */
    it.each([
      ['a 25 MB upload', 'pdf-upload', 25_000_000, '/api/v1/attachments', 'attachment_too_large'],
      ['a 6 MB JSON body', 'json', 6_000_000, '/api/v1/meetings', 'payload_too_large'],
    ] as const)(
      'answers %s with the 413 problem, which Node’s fetch in another process receives while still sending',
      async (_what, kind, bytes, path, code) => {
        const before = await t.snapshot();
        const outcomes: Outcome[] = [];
        for (let attempt = 1; attempt <= 5; attempt++) {
          outcomes.push(
            await sendFromAnotherProcess({
              url: `${base}${path}`,
              headers: { authorization: `Bearer ${t.users.department_head.accessToken}` },
              kind,
              bytes,
            }),
          );
        }
        expect(outcomes.map((outcome) => ('error' in outcome ? outcome.error : `${outcome.status} ${outcome.body.code}`))).toEqual(
          Array(5).fill(`413 ${code}`),
        );
        expect(await t.snapshot()).toEqual(before);
        expect((await send('department_head', '/api/v1/health')).status).toBe(200);
      },
    );

    it('answers an anonymous upload still being sent with 401 at once and closes the connection, without reading the rest of its body', async () => {
      const server = t.app.getHttpServer() as Server;
      const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
      // The server starts reading the body (the request stream resumes) either to discard it before answering — what an
      // anonymous caller must not earn — or, after the answer, as Node's own clean-up of a connection being closed.
      const readBeforeAnswering = new Promise<boolean>((resolve) => {
        server.once('request', (req: IncomingMessage, res: ServerResponse) => req.once('resume', () => resolve(!res.headersSent)));
      });
      const boundary = 'chidao-boundary-anon';
      socket.write(
        'POST /api/v1/attachments HTTP/1.1\r\nHost: 127.0.0.1\r\n' +
          `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: 25000000\r\n\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n` +
          `%PDF-1.4\n${' '.repeat(4096)}`,
      );
      const answer = new Promise<{ text: string; closedByServer: boolean }>((resolve, reject) => {
        let text = '';
        socket.setEncoding('utf8').on('data', (data: string) => (text += data));
        socket.on('end', () => resolve({ text, closedByServer: true }));
        socket.on('error', reject);
      });
      const drained = await readBeforeAnswering;
      if (drained) socket.destroy(); // the old behaviour: it would wait for 25 MB (or 30 s) before answering
      expect({ drained }).toEqual({ drained: false });

      const { text, closedByServer } = await answer;
      const [head, body] = text.split('\r\n\r\n');
      const lines = head!.split('\r\n');
      expect(lines[0]).toBe('HTTP/1.1 401 Unauthorized');
      expect(lines.filter((line) => /^(content-type|connection):/i.test(line)).map((line) => line.toLowerCase())).toEqual([
        'content-type: application/problem+json; charset=utf-8',
        'connection: close',
      ]);
      expect(JSON.parse(body!).code).toBe('unauthenticated');
      expect(closedByServer).toBe(true);
      expect((await send('department_head', '/api/v1/health')).status).toBe(200);
    });

    it('says how large a file may be', async () => {
      const huge = Buffer.concat([pdf(), Buffer.alloc(21 * 1024 * 1024, 0x20)]);
      const answer = await refused(() => upload('department_head', huge, 'Quá lớn.pdf', 'application/pdf'), 413, 'attachment_too_large');
      expect(answer.body.detail).toBe('The file is larger than 20 MiB (20971520 bytes), the most this service accepts.');
    });

    it('answers a 10 MB file of a refused type with the 415 problem as soon as its first bytes are read', async () => {
      const disguised = Buffer.concat([png(), Buffer.alloc(10 * 1000 * 1000, 7)]);
      await refused(() => upload('department_head', disguised, 'Báo cáo.pdf', 'application/pdf'), 415, 'attachment_type_not_accepted');
    });
  });
});

describe('Evidence files at the size limit (ATTACHMENT_MAX_BYTES=300000)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { ATTACHMENT_MAX_BYTES: '300000' } });
  });
  afterAll(async () => {
    await t.close();
  });

  const upload = async (bytes: Buffer) => {
    const form = new FormData();
    form.append('file', new Blob([bytes], { type: 'application/pdf' }), 'Báo cáo.pdf');
    const port = (t.app.getHttpServer().address() as { port: number }).port;
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.users.department_head.accessToken}` },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as any };
  };

  it('accepts a file of exactly the limit (two chunks) and refuses one byte more with 413, storing nothing', async () => {
    const exact = await upload(pdf('vừa đủ', 300_000));
    expect(exact.status).toBe(201);
    expect(exact.body.size).toBe(300_000);
    expect(await t.sql('SELECT seq, length(bytes) AS length FROM attachment_chunk ORDER BY seq')).toEqual([
      { seq: 0, length: 262_144 },
      { seq: 1, length: 37_856 },
    ]);

    const before = await t.snapshot();
    const over = await upload(pdf('quá một byte', 300_001));
    expect({ status: over.status, code: over.body.code, detail: over.body.detail }).toEqual({
      status: 413,
      code: 'attachment_too_large',
      detail: 'The file is larger than 0.29 MiB (300000 bytes), the most this service accepts.',
    });
    expect(await t.snapshot()).toEqual(before);
  });
});
