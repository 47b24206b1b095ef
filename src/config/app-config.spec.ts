import { join, resolve } from 'node:path';
import { ConfigError, loadConfig } from './app-config.js';
import { packageRoot } from './package-root.js';

describe('loadConfig', () => {
  it('runs on the embedded database with sensible defaults when nothing is set', () => {
    expect(loadConfig({})).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      host: '127.0.0.1',
      database: { kind: 'embedded', dataDir: './data' },
      timeZone: 'Asia/Ho_Chi_Minh',
      bodyLimitBytes: 1_048_576,
      attachmentMaxBytes: 20_971_520,
      dueSoonDays: 7,
      runMigrations: true,
      logLevel: 'log',
    });
  });

  it('signs short-lived tokens and trusts no origin unless told', () => {
    const { auth, corsOrigins } = loadConfig({});
    expect(auth).toMatchObject({ accessTokenTtlSeconds: 900, refreshTokenTtlDays: 30, bootstrapAdmin: null });
    expect(corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://chidao.laocai.gov.vn,http://localhost:5173' }).corsOrigins).toEqual([
      'https://chidao.laocai.gov.vn',
      'http://localhost:5173',
    ]);
  });

  it('never uses the published development key unless development or tests are asked for', () => {
    expect(loadConfig({}).auth.jwtSecret).toBeNull(); // embedded: a generated key beside the data
    expect(() => loadConfig({ DATABASE_URL: 'postgresql://db/chidao' })).toThrow('JWT_SECRET: is required with DATABASE_URL');
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/chidao', NODE_ENV: 'development' }).auth.jwtSecret).toMatch(/development/);
  });

  it('trusts only the proxies it is told about', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8,127.0.0.1' }).trustProxy).toBe('10.0.0.0/8,127.0.0.1');
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow('TRUST_PROXY="true"');
  });

  it('refuses to start in production without its own JWT secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow('JWT_SECRET: is required in production');
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow('at least 32 characters');
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'k'.repeat(48) }).auth.jwtSecret).toBe('k'.repeat(48));
  });

  it('refuses access tokens that live longer than 15 minutes, and half a bootstrap admin', () => {
    expect(() => loadConfig({ ACCESS_TOKEN_TTL_SECONDS: '3600' })).toThrow('ACCESS_TOKEN_TTL_SECONDS="3600"');
    expect(() => loadConfig({ BOOTSTRAP_ADMIN_USERNAME: 'admin' })).toThrow('set both, or neither');
  });

  it('drains for 5 s and gives up stopping after 25 s unless told otherwise', () => {
    expect(loadConfig({}).shutdown).toEqual({ drainMs: 5_000, timeoutMs: 25_000 });
    expect(loadConfig({ SHUTDOWN_DRAIN_MS: '0', SHUTDOWN_TIMEOUT_MS: '60000' }).shutdown).toEqual({ drainMs: 0, timeoutMs: 60_000 });
    expect(() => loadConfig({ SHUTDOWN_DRAIN_MS: '5s' })).toThrow('SHUTDOWN_DRAIN_MS="5s"');
  });

  it('keeps the heap within 20 % of what it holds unless told otherwise, 0 leaving it to V8', () => {
    expect(loadConfig({}).heapGrowthPercent).toBe(20);
    expect(loadConfig({ HEAP_GROWTH_PERCENT: '0' }).heapGrowthPercent).toBe(0);
    expect(() => loadConfig({ HEAP_GROWTH_PERCENT: '-5' })).toThrow('HEAP_GROWTH_PERCENT="-5"');
    expect(() => loadConfig({ HEAP_GROWTH_PERCENT: '20%' })).toThrow('HEAP_GROWTH_PERCENT="20%"');
    expect(() => loadConfig({ SHUTDOWN_TIMEOUT_MS: '0' })).toThrow('SHUTDOWN_TIMEOUT_MS="0"');
  });

  it('accepts evidence files up to 20 MiB unless told otherwise', () => {
    expect(loadConfig({ ATTACHMENT_MAX_BYTES: '5242880' }).attachmentMaxBytes).toBe(5_242_880);
    expect(() => loadConfig({ ATTACHMENT_MAX_BYTES: '20MB' })).toThrow('ATTACHMENT_MAX_BYTES="20MB"');
    expect(() => loadConfig({ ATTACHMENT_MAX_BYTES: '100' })).toThrow('ATTACHMENT_MAX_BYTES="100"');
  });

  it('uses the server when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://app@db:5432/chidao', DATABASE_POOL_SIZE: '20', JWT_SECRET: 'k'.repeat(40) });
    expect(config.database).toEqual({
      kind: 'server',
      url: 'postgresql://app@db:5432/chidao',
      poolSize: 20,
      timeouts: { connectMs: 10_000, statementMs: 30_000, idleInTransactionMs: 60_000 },
    });
  });

  it('bounds the server’s statements and idle transactions unless told otherwise (0: no limit)', () => {
    const env = { DATABASE_URL: 'postgresql://app@db:5432/chidao', JWT_SECRET: 'k'.repeat(40) };
    const config = loadConfig({
      ...env,
      DATABASE_CONNECT_TIMEOUT_MS: '2000',
      DATABASE_STATEMENT_TIMEOUT_MS: '0',
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '5000',
    });
    expect(config.database.kind === 'server' && config.database.timeouts).toEqual({
      connectMs: 2000,
      statementMs: 0,
      idleInTransactionMs: 5000,
    });
    expect(() => loadConfig({ ...env, DATABASE_STATEMENT_TIMEOUT_MS: '30s' })).toThrow('DATABASE_STATEMENT_TIMEOUT_MS="30s"');
    expect(() => loadConfig({ ...env, DATABASE_CONNECT_TIMEOUT_MS: '0' })).toThrow('DATABASE_CONNECT_TIMEOUT_MS="0"');
  });

  it.each([
    ['PORT', 'eighty', 'PORT="eighty"'],
    ['PORT', '70000', 'PORT="70000"'],
    ['DATABASE_URL', 'mysql://x', 'DATABASE_URL="mysql://x"'],
    ['APP_TIME_ZONE', 'Mars/Olympus', 'APP_TIME_ZONE="Mars/Olympus"'],
    ['MIGRATIONS_RUN', 'yes', 'MIGRATIONS_RUN="yes"'],
    ['BODY_LIMIT_BYTES', '10', 'BODY_LIMIT_BYTES="10"'],
    ['DIGEST_TIME', '7:30', 'DIGEST_TIME="7:30"'],
    ['DIGEST_TIME', '24:00', 'DIGEST_TIME="24:00"'],
    ['DIGEST_TIME', '07:60', 'DIGEST_TIME="07:60"'],
    ['DIGEST_TIME', '07:30:00', 'DIGEST_TIME="07:30:00"'],
    ['ESCALATE_AFTER_DAYS', '0', 'ESCALATE_AFTER_DAYS="0"'],
    ['ESCALATE_AFTER_DAYS', '-3', 'ESCALATE_AFTER_DAYS="-3"'],
    ['ESCALATE_AFTER_DAYS', '2.5', 'ESCALATE_AFTER_DAYS="2.5"'],
    ['SMTP_URL', 'mail.example.gov.vn:25', 'SMTP_URL="mail.example.gov.vn:25"'],
    ['SMTP_URL', 'http://mail.example.gov.vn', 'SMTP_URL="http://mail.example.gov.vn"'],
    ['DIGEST_ENABLED', 'yes', 'DIGEST_ENABLED="yes"'],
    ['OPEN_DATA_PUBLIC', '1', 'OPEN_DATA_PUBLIC="1"'],
    ['DOCUMENT_PLACE', 'Lào\nCai', 'DOCUMENT_PLACE="Lào\\nCai"'],
    ['DOCUMENT_PLACE', 'L'.repeat(101), 'DOCUMENT_PLACE="LLL'],
    ['WEB_ROOT', 'dist/web\n', 'WEB_ROOT="dist/web\\n"'],
  ])('refuses %s=%s and names the variable', (name, value, mention) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(mention);
  });

  it('keeps open data behind sign-in unless OPEN_DATA_PUBLIC=true', () => {
    expect(loadConfig({}).openDataPublic).toBe(false);
    expect(loadConfig({ OPEN_DATA_PUBLIC: 'false' }).openDataPublic).toBe(false);
    expect(loadConfig({ OPEN_DATA_PUBLIC: 'true' }).openDataPublic).toBe(true);
  });

  it('runs the digest at 07:30, escalates after 7 days and sends no mail unless told; tests turn the job off', () => {
    expect(loadConfig({})).toMatchObject({
      digest: { enabled: true, time: '07:30', escalateAfterDays: 7 },
      mail: { smtpUrl: null, from: '"Chỉ Đạo" <no-reply@localhost>' },
    });
    expect(loadConfig({ NODE_ENV: 'test' }).digest.enabled).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', DIGEST_ENABLED: 'true' }).digest.enabled).toBe(true);
    expect(loadConfig({ DIGEST_ENABLED: 'false' }).digest.enabled).toBe(false);
  });

  it('reads the digest time, the escalation delay and the mail server', () => {
    expect(
      loadConfig({
        DIGEST_TIME: '23:05',
        ESCALATE_AFTER_DAYS: '14',
        SMTP_URL: 'smtps://user:pass@mail.laocai.gov.vn:465',
        MAIL_FROM: 'Văn phòng <vp@laocai.gov.vn>',
      }),
    ).toMatchObject({
      digest: { time: '23:05', escalateAfterDays: 14 },
      mail: { smtpUrl: 'smtps://user:pass@mail.laocai.gov.vn:465', from: 'Văn phòng <vp@laocai.gov.vn>' },
    });
    expect(loadConfig({ DIGEST_TIME: '00:00' }).digest.time).toBe('00:00');
  });

  it('hands out addresses of the request unless PUBLIC_URL says where users reach the service', () => {
    expect(loadConfig({}).publicUrl).toBeNull();
    expect(loadConfig({ PUBLIC_URL: 'https://chidao.laocai.gov.vn/' }).publicUrl).toBe('https://chidao.laocai.gov.vn');
    expect(loadConfig({ PUBLIC_URL: 'https://laocai.gov.vn/chidao' }).publicUrl).toBe('https://laocai.gov.vn/chidao');
    for (const bad of ['chidao.laocai.gov.vn', 'ftp://x', 'https://x/?a=1', 'https://x y']) {
      expect(() => loadConfig({ PUBLIC_URL: bad })).toThrow(/PUBLIC_URL/);
    }
  });

  it('dates official documents at the place it is told, or leaves the place blank', () => {
    expect(loadConfig({}).documents).toEqual({ place: null });
    expect(loadConfig({ DOCUMENT_PLACE: '  ' }).documents).toEqual({ place: null });
    // Typed on macOS the name arrives decomposed; the documents carry the composed form.
    expect(loadConfig({ DOCUMENT_PLACE: ' La\u0300o Cai ' }).documents).toEqual({ place: 'Lào Cai' });
  });

  it('serves the interface from dist/web beside package.json, wherever the process starts, unless WEB_ROOT says otherwise', () => {
    const root = resolve(import.meta.dirname, '..', '..');
    expect(loadConfig({}).webRoot).toBe(join(root, 'dist', 'web'));
    expect(packageRoot(join(root, 'dist', 'src', 'config'))).toBe(root);
    expect(loadConfig({ WEB_ROOT: '/srv/chidao/web/' }).webRoot).toBe('/srv/chidao/web');
    expect(loadConfig({ WEB_ROOT: 'build/web' }).webRoot).toBe(join(process.cwd(), 'build', 'web'));
  });

  it('names every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'x', LOG_LEVEL: 'loud' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect((error as ConfigError).problems.map((p) => p.split('=')[0])).toEqual(['PORT', 'LOG_LEVEL']);
    }
  });
});
