import type { HttpResponse, TestApp } from './test-app.js';

/** A problem document (RFC 9457) with this status and code, and nothing internal in it. */
export function expectProblem(response: HttpResponse, status: number, code: string): void {
  expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, type: `urn:chi-dao:problem:${code.replace(/_/g, '-')}` });
  expect(typeof response.body.detail).toBe('string');
  // Nothing internal leaks: no SQL, no stack, no table or constraint names.
  expect(response.text).not.toMatch(/SELECT|INSERT|QueryFailedError|at .*\.js:\d+|node_modules|uq_|fk_|violates/);
}

/** A refusal: the problem answer, and every table exactly as it was before. */
export async function refused(
  t: TestApp,
  send: () => Promise<HttpResponse>,
  status = 400,
  code = 'validation_failed',
): Promise<HttpResponse> {
  const before = await t.snapshot();
  const response = await send();
  expectProblem(response, status, code);
  expect(await t.snapshot()).toEqual(before);
  return response;
}

/** The fields a validation answer names, once each (a field may break several rules). */
export const fieldsOf = (response: HttpResponse): string[] => [
  ...new Set(response.body.errors.map((e: { field: string }) => e.field) as string[]),
];
