import { createHash } from 'node:crypto';
import { createMeeting, createPerson } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Answers leave as UTF-8 bytes (src/common/http/json-bytes.ts): what a client
 * reads must be exactly the text that was stored, with a Content-Length that
 * counts bytes, not characters, however large the answer.
 */
const digest = (text: string): string => `${text.length} characters, sha256 ${createHash('sha256').update(text).digest('hex')}`;

describe('JSON answers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('sends a large Vietnamese answer whole, its Content-Length in UTF-8 bytes', async () => {
    const speaker = await createPerson(t);
    // Decomposed and precomposed marks, a non-BMP character and quotes that JSON escapes: stored and answered unchanged.
    const sentence = 'Di dời các hộ dân ra khỏi khu công nghiệp Tằng Loỏng; "hợp nhất" kiểm tra hải quan tại Kim Thành. 𠀀';
    const text = Array.from({ length: 1500 }, () => sentence).join(' ');
    const meeting = await createMeeting(t, { speeches: [{ speakerId: speaker.id, kind: 'report', text }] });

    const answer = await t.get(`/api/v1/meetings/${meeting.id}`);

    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(answer.text, 'utf8'));
    expect(Number(answer.headers['content-length'])).toBeGreaterThan(text.length);
    // Digests, so that a failure does not print 150,000 characters twice.
    expect(answer.body.speeches.map((speech: { text: string }) => digest(speech.text))).toEqual([digest(text)]);
  });

  it('keeps the problem document type and charset on a refusal', async () => {
    const answer = await t.get('/api/v1/meetings/00000000-0000-4000-8000-000000000000');

    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(answer.text, 'utf8'));
    expect(answer.body.code).toEqual(expect.any(String));
  });
});
