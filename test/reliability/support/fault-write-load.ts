import pg from 'pg';
import { ADMIN } from './fault-service.js';

const API = '/api/v1';
const PASSWORD = 'một mật khẩu đủ dài cho thử nghiệm';

/** The writers of the fault trials: the secretariat records meetings, the leader pauses and resumes, the head reports progress. */
export interface Workload {
  tokens: { secretariat: string; leader: string; head: string };
  /** Directives the leader pauses and resumes, one per transition client. */
  pausable: string[];
  /** Directives the head reports progress on (their agency leads them). */
  reportable: string[];
}

export interface Answer {
  kind: WriteKind;
  /** ms since the load started. */
  sentAt: number;
  receivedAt: number;
  /** 0: no HTTP answer at all (the connection failed, or the client gave up after its timeout). */
  status: number;
  problemJson: boolean;
  retryAfter: string | null;
}

export type WriteKind = 'meeting' | 'progress' | 'transition';

/** A write the service acknowledged with 2xx: it must be in the database whatever happens next. */
export type CreatedAck = { kind: 'meeting' | 'progress'; id: string };
export type TransitionAck = { kind: 'transition'; directiveId: string; version: number };
export type Ack = CreatedAck | TransitionAck;

async function call(
  base: string,
  method: string,
  path: string,
  token: string | null,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${base}${API}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as any) : null, text };
}

async function created(base: string, path: string, token: string | null, body: unknown, expected = 201): Promise<any> {
  const answer = await call(base, 'POST', path, token, body);
  if (answer.status !== expected) throw new Error(`POST ${path} answered ${answer.status}: ${answer.text}`);
  return answer.body;
}

const signIn = async (base: string, username: string, password: string): Promise<string> =>
  ((await created(base, '/auth/login', null, { username, password }, 200)) as { accessToken: string }).accessToken;

/** Through the API, as the bootstrap administrator: one agency, its head, a secretariat and a leader, and a meeting of directives. */
export async function prepareWorkload(base: string, transitionClients: number): Promise<Workload> {
  const admin = await signIn(base, ADMIN.username, ADMIN.password);
  const suffix = Date.now().toString(36);
  const agency = await created(base, '/organizations', admin, {
    name: `Sở thử tải ${suffix}`,
    shortName: `TT-${suffix}`,
    kind: 'department',
  });
  const user = async (role: string, organizationId?: string): Promise<string> => {
    const username = `${role}.${suffix}`;
    await created(base, '/users', admin, { username, displayName: `Thử tải ${role}`, role, organizationId, password: PASSWORD });
    return signIn(base, username, PASSWORD);
  };
  const tokens = { secretariat: await user('secretariat'), leader: await user('leader'), head: await user('department_head', agency.id) };
  const meeting = await created(base, '/meetings', tokens.secretariat, {
    title: 'Họp giao nhiệm vụ cho thử nghiệm sự cố',
    startsAt: '2026-11-20T08:00:00+07:00',
    directives: Array.from({ length: transitionClients + 12 }, (_, i) => ({
      title: `Nhiệm vụ thử nghiệm số ${i + 1}`,
      leadOrganizationId: agency.id,
      dueDate: '2027-12-31',
    })),
  });
  const ids = (meeting.directives as { id: string }[]).map((directive) => directive.id);
  return { tokens, pausable: ids.slice(0, transitionClients), reportable: ids.slice(transitionClients) };
}

export interface LoadOptions {
  /** Writes per second all clients together aim at. */
  ratePerSecond: number;
  meetingClients: number;
  progressClients: number;
  transitionClients: number;
}

/**
 * Several clients writing in loops at a steady pace, as offices do at the end
 * of a morning: every answer is recorded with its timing, every 2xx with the
 * id of what it created. `base` may change between calls (a restarted service).
 */
export class WriteLoad {
  readonly answers: Answer[] = [];
  readonly acks: Ack[] = [];
  private running = false;
  private loops: Promise<void>[] = [];
  private readonly started = performance.now();
  private counter = 0;

  constructor(
    private base: string,
    private readonly workload: Workload,
    private readonly options: LoadOptions,
  ) {}

  /** ms since this load was created: the clock of every Answer. */
  now(): number {
    return performance.now() - this.started;
  }

  /** The service moved (restarted on another port). */
  retarget(base: string): void {
    this.base = base;
  }

  start(): void {
    this.running = true;
    const { meetingClients, progressClients, transitionClients, ratePerSecond } = this.options;
    const interval = ((meetingClients + progressClients + transitionClients) / ratePerSecond) * 1000;
    for (let i = 0; i < meetingClients; i++) this.loops.push(this.loop(interval, () => this.recordMeeting()));
    for (let i = 0; i < progressClients; i++) this.loops.push(this.loop(interval, () => this.reportProgress()));
    for (const directiveId of this.workload.pausable.slice(0, transitionClients)) {
      const state = { version: 1, paused: false, known: false };
      this.loops.push(this.loop(interval, () => this.pauseOrResume(directiveId, state)));
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
    this.loops = [];
  }

  /** Resolves at the first acknowledged write answered after `since` (ms on this load's clock). */
  async firstAckAfter(since: number, timeoutMs: number): Promise<number | null> {
    const deadline = this.now() + timeoutMs;
    while (this.now() < deadline) {
      const first = this.answers.find((answer) => answer.status >= 200 && answer.status < 300 && answer.receivedAt > since);
      if (first) return first.receivedAt;
      await new Promise((wait) => setTimeout(wait, 20));
    }
    return null;
  }

  private async loop(intervalMs: number, write: () => Promise<void>): Promise<void> {
    while (this.running) {
      const began = this.now();
      await write();
      const left = intervalMs - (this.now() - began);
      if (left > 0) await new Promise((wait) => setTimeout(wait, left));
    }
  }

  /** Sends one write and records its answer; answers the body of a 2xx, undefined otherwise. */
  private async send(kind: WriteKind, method: string, path: string, token: string, body?: unknown, headers?: Record<string, string>) {
    const sentAt = this.now();
    try {
      const answer = await call(this.base, method, path, token, body, headers);
      this.answers.push({
        kind,
        sentAt,
        receivedAt: this.now(),
        status: answer.status,
        problemJson: (answer.headers.get('content-type') ?? '').startsWith('application/problem+json'),
        retryAfter: answer.headers.get('retry-after'),
      });
      return answer;
    } catch {
      this.answers.push({ kind, sentAt, receivedAt: this.now(), status: 0, problemJson: false, retryAfter: null });
      return undefined;
    }
  }

  private async recordMeeting(): Promise<void> {
    const n = ++this.counter;
    const answer = await this.send('meeting', 'POST', '/meetings', this.workload.tokens.secretariat, {
      title: `Họp giao ban lần ${n}`,
      startsAt: '2026-11-20T08:00:00+07:00',
    });
    if (answer?.status === 201) this.acks.push({ kind: 'meeting', id: (answer.body as { id: string }).id });
  }

  private async reportProgress(): Promise<void> {
    const n = ++this.counter;
    const directiveId = this.workload.reportable[n % this.workload.reportable.length]!;
    const answer = await this.send('progress', 'POST', `/directives/${directiveId}/progress-reports`, this.workload.tokens.head, {
      percent: n % 100,
      note: `Báo cáo tiến độ lần ${n}: đã triển khai, đang hoàn thiện hồ sơ.`,
    });
    if (answer?.status === 201) this.acks.push({ kind: 'progress', id: (answer.body as { id: string }).id });
  }

  private async pauseOrResume(directiveId: string, state: { version: number; paused: boolean; known: boolean }): Promise<void> {
    if (!state.known) {
      // After an answer that was not 2xx the outcome is unknown (it may have committed): read the directive again.
      const read = await call(this.base, 'GET', `/directives/${directiveId}`, this.workload.tokens.leader).catch(() => undefined);
      if (read?.status !== 200) return;
      Object.assign(state, { version: read.body.version as number, paused: read.body.status === 'paused', known: true });
    }
    const answer = await this.send(
      'transition',
      'POST',
      `/directives/${directiveId}/transitions`,
      this.workload.tokens.leader,
      state.paused ? { action: 'resume' } : { action: 'pause', note: 'Tạm dừng để rà soát lại phạm vi' },
      { 'if-match': `"${state.version}"` },
    );
    if (answer?.status === 200) {
      const directive = answer.body as { version: number; status: string };
      this.acks.push({ kind: 'transition', directiveId, version: directive.version });
      Object.assign(state, { version: directive.version, paused: directive.status === 'paused' });
    } else {
      state.known = false;
    }
  }
}

export interface LossReport {
  acknowledged: number;
  lost: Ack[];
}

/**
 * Looks for every acknowledged write in the database: meetings and progress
 * reports by id; a transition by its directive, which must be at least at the
 * version the answer gave and have at least as many workflow steps recorded as
 * were acknowledged.
 */
export async function findLostWrites(client: pg.ClientBase, acks: Ack[]): Promise<LossReport> {
  const lost: Ack[] = [];
  const existing = async (table: string, ids: string[]): Promise<Set<string>> =>
    new Set((await client.query<{ id: string }>(`SELECT id FROM ${table} WHERE id = ANY($1::uuid[])`, [ids])).rows.map((row) => row.id));
  const meetings = acks.filter((ack): ack is CreatedAck => ack.kind === 'meeting');
  const meetingIds = await existing(
    'meeting',
    meetings.map((ack) => ack.id),
  );
  lost.push(...meetings.filter((ack) => !meetingIds.has(ack.id)));
  const reports = acks.filter((ack): ack is CreatedAck => ack.kind === 'progress');
  const reportIds = await existing(
    'directive_progress_report',
    reports.map((ack) => ack.id),
  );
  lost.push(...reports.filter((ack) => !reportIds.has(ack.id)));
  const transitions = acks.filter((ack): ack is TransitionAck => ack.kind === 'transition');
  const directives = [...new Set(transitions.map((ack) => ack.directiveId))];
  const { rows } = await client.query<{ id: string; version: number; steps: string }>(
    `SELECT d.id, d.version, (SELECT count(*) FROM directive_transition t WHERE t.directive_id = d.id) AS steps
       FROM directive d WHERE d.id = ANY($1::uuid[])`,
    [directives],
  );
  for (const directiveId of directives) {
    const stored = rows.find((row) => row.id === directiveId);
    const acked = transitions.filter((ack) => ack.directiveId === directiveId);
    const behindVersion = acked.filter((ack) => !stored || ack.version > stored.version).length;
    const missingSteps = stored ? Math.max(0, acked.length - Number(stored.steps)) : acked.length;
    const missing = Math.max(behindVersion, missingSteps);
    if (missing > 0) lost.push(...acked.slice(acked.length - missing));
  }
  return { acknowledged: acks.length, lost };
}
