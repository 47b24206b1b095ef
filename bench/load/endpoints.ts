import type { Fixtures, RequestSpec } from './fixtures.js';

/** One benchmarked endpoint: the requests both targets receive, in turn. */
export interface Endpoint {
  /** For --only. */
  id: string;
  label: string;
  write: boolean;
  /** Reads: the URLs measured (the floor has one recipe per URL). */
  sample: RequestSpec[];
  /** The next request: reads cycle through the sample; a transition takes a directive nobody has paused yet. */
  next(): RequestSpec;
  /** A part of the answer that may differ between two answers to the same request (e.g. a measured latency). */
  volatile?: RegExp;
}

const API = '/api/v1';
const as = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });
const json = { 'content-type': 'application/json' };

function reading(id: string, label: string, sample: RequestSpec[], volatile?: RegExp): Endpoint {
  let i = 0;
  return { id, label, write: false, sample, next: () => sample[i++ % sample.length]!, volatile };
}

export function endpoints(f: Fixtures): Endpoint[] {
  const leader = as(f.tokens.leader);
  let paused = 0;
  let reported = 0;
  return [
    reading('health', 'GET /health (baseline)', [{ method: 'GET', path: `${API}/health`, headers: {} }], /"latencyMs":[\d.]+/),
    reading('list', 'GET /directives?limit=50, department head', [
      { method: 'GET', path: `${API}/directives?limit=50`, headers: as(f.tokens.head) },
    ]),
    reading('overdue', 'GET /reports/overdue, leader', [{ method: 'GET', path: `${API}/reports/overdue`, headers: leader }]),
    reading('league', 'GET /reports/agency-performance 2025', [
      { method: 'GET', path: `${API}/reports/agency-performance?from=2025-01-01&to=2025-12-31`, headers: leader },
    ]),
    reading(
      'timeline',
      'GET /directives/{id}/timeline',
      f.directiveIds.map((id) => ({ method: 'GET', path: `${API}/directives/${id}/timeline`, headers: leader })),
    ),
    reading(
      'meeting',
      'GET /meetings/{id}',
      f.meetingIds.map((id) => ({ method: 'GET', path: `${API}/meetings/${id}`, headers: leader })),
    ),
    reading('search', 'GET /search?q=kế hoạch', [
      { method: 'GET', path: `${API}/search?q=${encodeURIComponent('kế hoạch')}`, headers: leader },
    ]),
    {
      id: 'record',
      label: 'POST /meetings (20 sp., 10 dir.)',
      write: true,
      sample: [],
      next: () => ({ method: 'POST', path: `${API}/meetings`, headers: { ...as(f.tokens.secretariat), ...json }, body: f.meetingBody }),
    },
    {
      id: 'transition',
      label: 'POST /directives/{id}/transitions',
      write: true,
      sample: [],
      next: () => {
        const directive = f.pausable[paused++];
        if (!directive) throw new Error(`All ${f.pausable.length} in-progress directives are paused: fill the database again (--fresh)`);
        return {
          method: 'POST',
          path: `${API}/directives/${directive.id}/transitions`,
          headers: { ...leader, ...json, 'if-match': `"${directive.version}"` },
          body: { action: 'pause', note: 'Tạm dừng để rà soát lại phạm vi' },
        };
      },
    },
    {
      id: 'progress',
      label: 'POST /directives/{id}/progress-reports',
      write: true,
      sample: [],
      next: () => ({
        method: 'POST',
        path: `${API}/directives/${f.headDirectiveIds[reported++ % f.headDirectiveIds.length]}/progress-reports`,
        headers: { ...as(f.tokens.head), ...json },
        body: { note: 'Đã tổ chức họp triển khai, đang hoàn thiện hồ sơ trình phê duyệt.', percent: 60 },
      }),
    },
  ];
}
