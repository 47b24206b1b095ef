import { join, resolve } from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, validateSync } from 'class-validator';
import { packageRoot } from './package-root.js';

/**
 * Every setting the service reads from its environment. Parsed once at start-up;
 * an invalid value stops the process with a message naming the variable, so a
 * typo never turns into a silently different behaviour in production.
 */
class EnvironmentVariables {
  @IsOptional()
  @IsIn(['development', 'production', 'test'])
  NODE_ENV?: string;

  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt({ message: 'must be a whole number' })
  @Min(0)
  @Max(65535)
  PORT?: number;

  @IsOptional()
  @IsString()
  @MaxLength(255)
  HOST?: string;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE?: number;

  @IsOptional()
  @IsString()
  @MaxLength(4096)
  DATA_DIR?: string;

  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(100)
  @Max(600_000)
  DATABASE_CONNECT_TIMEOUT_MS?: number;

  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt({ message: 'must be a whole number of milliseconds (0: no limit)' })
  @Min(0)
  @Max(3_600_000)
  DATABASE_STATEMENT_TIMEOUT_MS?: number;

  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt({ message: 'must be a whole number of milliseconds (0: no limit)' })
  @Min(0)
  @Max(3_600_000)
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS?: number;

  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/, { message: 'must be an IANA time zone such as Asia/Ho_Chi_Minh' })
  APP_TIME_ZONE?: string;

  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt({ message: 'must be a whole number of bytes' })
  @Min(1024)
  @Max(100 * 1024 * 1024)
  BODY_LIMIT_BYTES?: number;

  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt({ message: 'must be a whole number of bytes' })
  @Min(1024)
  @Max(1024 * 1024 * 1024)
  ATTACHMENT_MAX_BYTES?: number;

  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt({ message: 'must be a whole number of days' })
  @Min(0)
  @Max(365)
  DUE_SOON_DAYS?: number;

  @IsOptional()
  @IsIn(['true', 'false'], { message: 'must be true or false' })
  MIGRATIONS_RUN?: string;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters (use: openssl rand -base64 48)' })
  @MaxLength(512)
  JWT_SECRET?: string;

  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt({ message: 'must be a whole number of seconds' })
  @Min(30)
  @Max(900, { message: 'must be at most 900 (access tokens live 15 minutes at most)' })
  ACCESS_TOKEN_TTL_SECONDS?: number;

  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt({ message: 'must be a whole number of days' })
  @Min(1)
  @Max(90)
  REFRESH_TOKEN_TTL_DAYS?: number;

  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{3,100}$/, { message: 'must be 3 to 100 letters, digits, dots, dashes or underscores' })
  BOOTSTRAP_ADMIN_USERNAME?: string;

  @IsOptional()
  @IsString()
  @MaxLength(128)
  BOOTSTRAP_ADMIN_PASSWORD?: string;

  @IsOptional()
  @Matches(/^(https?:\/\/[^\s,]+)(,https?:\/\/[^\s,]+)*$/, { message: 'must be a comma-separated list of http(s) origins' })
  CORS_ORIGINS?: string;

  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt()
  @Min(1)
  @Max(1000)
  LOGIN_MAX_FAILURES_PER_ACCOUNT?: number;

  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt()
  @Min(1)
  @Max(10000)
  LOGIN_MAX_FAILURES_PER_ADDRESS?: number;

  @IsOptional()
  @Matches(/^(false|\d{1,2}|[0-9A-Fa-f.:/]+(,[0-9A-Fa-f.:/]+)*)$/, {
    message: 'must be false, a number of proxy hops, or comma-separated proxy addresses or CIDR ranges',
  })
  TRUST_PROXY?: string;

  @IsOptional()
  @IsIn(['true', 'false'], { message: 'must be true or false' })
  DIGEST_ENABLED?: string;

  @IsOptional()
  @IsIn(['true', 'false'], { message: 'must be true or false' })
  OPEN_DATA_PUBLIC?: string;

  @IsOptional()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a time of day as HH:MM (24-hour), such as 07:30' })
  DIGEST_TIME?: string;

  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt({ message: 'must be a whole number of days' })
  @Min(1)
  @Max(365)
  ESCALATE_AFTER_DAYS?: number;

  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsOptional()
  @IsString()
  @MaxLength(320)
  MAIL_FROM?: string;

  @IsOptional()
  @MaxLength(500)
  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, {
    message: 'must be the http(s) address the service is reached at, such as https://chidao.example.gov.vn',
  })
  PUBLIC_URL?: string;

  @IsOptional()
  @Matches(/^[^\p{Cc}]{1,100}$/u, { message: 'must be a place name (địa danh) of at most 100 characters, such as Lào Cai' })
  DOCUMENT_PLACE?: string;

  @IsOptional()
  @Matches(/^[^\p{Cc}]{1,4096}$/u, { message: 'must be the path of the built interface, such as /srv/chidao/dist/web' })
  WEB_ROOT?: string;

  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(0)
  @Max(300_000)
  SHUTDOWN_DRAIN_MS?: number;

  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(1_000)
  @Max(600_000)
  SHUTDOWN_TIMEOUT_MS?: number;

  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt({ message: 'must be a whole number of per cent, 0 for the V8 default' })
  @Min(0)
  @Max(400)
  HEAP_GROWTH_PERCENT?: number;
}

function toInt(value: unknown): unknown {
  return typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
}

/**
 * Bounds on how long the service waits for, and holds, a server's resources
 * (milliseconds; 0: no limit). The embedded database has one session, which
 * none of these may cut.
 */
export interface DatabaseTimeouts {
  /** Waiting for a free pooled connection; past it the request is shed with 503 and Retry-After. */
  connectMs: number;
  /** One statement, including waiting for a lock: a stuck query cannot hold a connection forever. */
  statementMs: number;
  /** A transaction left open and idle (a stuck process, a lost client): its session is ended and its locks freed. */
  idleInTransactionMs: number;
}

export type LogLevelName = 'fatal' | 'error' | 'warn' | 'log' | 'debug' | 'verbose';

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: { kind: 'server'; url: string; poolSize: number; timeouts: DatabaseTimeouts } | { kind: 'embedded'; dataDir: string };
  timeZone: string;
  bodyLimitBytes: number;
  /** The largest evidence file (attachment) accepted, in bytes. */
  attachmentMaxBytes: number;
  dueSoonDays: number;
  runMigrations: boolean;
  logLevel: LogLevelName;
  auth: {
    /** null: the embedded database's own generated key is used (see bootstrap). */
    jwtSecret: string | null;
    issuer: string;
    audience: string;
    accessTokenTtlSeconds: number;
    refreshTokenTtlDays: number;
    bootstrapAdmin: { username: string; password: string } | null;
    /** Failed sign-ins allowed per account, and per address, in a 15-minute window. */
    maxFailuresPerAccount: number;
    maxFailuresPerAddress: number;
  };
  corsOrigins: string[];
  /** Which proxies may set X-Forwarded-For: false, a hop count, or their addresses (never "everyone"). */
  trustProxy: false | number | string;
  /** The daily digest job (src/notifications): when it runs, in the office's zone, and when overdue work goes to the leaders. */
  digest: { enabled: boolean; time: string; escalateAfterDays: number };
  /** null: no mail is sent (notifications stay in the app). */
  mail: { smtpUrl: string | null; from: string };
  /**
   * Where users reach the service (no trailing slash), for the addresses it
   * hands out (calendar feeds); null: the address the request came to.
   */
  publicUrl: string | null;
  /** Official documents (src/documents): the place name they are dated at; null leaves a blank to fill in. */
  documents: { place: string | null };
  /** true: the Popolo open data of published meetings may be fetched without signing in. */
  openDataPublic: boolean;
  /**
   * The built interface served at / (absolute). Default: dist/web beside the
   * service's package.json, where `npm run build` puts it.
   */
  webRoot: string;
  /**
   * On SIGTERM: how long the health check answers 503 'draining' while requests are still
   * served (so the load balancer stops sending new ones), and the deadline after which the
   * process exits whatever is still running.
   */
  shutdown: { drainMs: number; timeoutMs: number };
  /** How far V8 lets the heap grow past what the last full collection kept, in per cent; 0: V8's own factor (up to 300 %). */
  heapGrowthPercent: number;
}

/** Only for development and tests: production refuses to start with it. */
export const DEVELOPMENT_JWT_SECRET = 'chi-dao-development-secret-do-not-use-in-production';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Parses and validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const defined = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const vars = plainToInstance(EnvironmentVariables, defined, { excludeExtraneousValues: false });
  const problems = validateSync(vars, { skipMissingProperties: false, stopAtFirstError: true }).flatMap((error) =>
    Object.values(error.constraints ?? {}).map(
      (message) => `${error.property}=${JSON.stringify(defined[error.property])}: ${message.replace(`${error.property} `, '')}`,
    ),
  );
  const timeZone = vars.APP_TIME_ZONE ?? 'Asia/Ho_Chi_Minh';
  if (problems.length === 0 && !isValidTimeZone(timeZone)) {
    problems.push(`APP_TIME_ZONE=${JSON.stringify(timeZone)}: is not a time zone this runtime knows`);
  }
  const nodeEnv = (vars.NODE_ENV ?? 'development') as AppConfig['nodeEnv'];
  if (nodeEnv === 'production' && (!vars.JWT_SECRET || vars.JWT_SECRET === DEVELOPMENT_JWT_SECRET)) {
    problems.push('JWT_SECRET: is required in production (at least 32 random characters); the development default is refused');
  }
  // The published development key only where someone asked for development or tests.
  const explicitlyDevelopment = vars.NODE_ENV === 'development' || vars.NODE_ENV === 'test';
  if (!vars.JWT_SECRET && vars.DATABASE_URL && nodeEnv !== 'production' && !explicitlyDevelopment) {
    problems.push('JWT_SECRET: is required with DATABASE_URL (or set NODE_ENV=development to use the development key)');
  }
  if (Boolean(vars.BOOTSTRAP_ADMIN_USERNAME) !== Boolean(vars.BOOTSTRAP_ADMIN_PASSWORD)) {
    problems.push('BOOTSTRAP_ADMIN_USERNAME and BOOTSTRAP_ADMIN_PASSWORD: set both, or neither');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    nodeEnv,
    port: vars.PORT ?? 3000,
    host: vars.HOST ?? '127.0.0.1',
    database: vars.DATABASE_URL
      ? {
          kind: 'server',
          url: vars.DATABASE_URL,
          poolSize: vars.DATABASE_POOL_SIZE ?? 10,
          timeouts: {
            connectMs: vars.DATABASE_CONNECT_TIMEOUT_MS ?? 10_000,
            statementMs: vars.DATABASE_STATEMENT_TIMEOUT_MS ?? 30_000,
            idleInTransactionMs: vars.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS ?? 60_000,
          },
        }
      : { kind: 'embedded', dataDir: vars.DATA_DIR ?? './data' },
    timeZone,
    bodyLimitBytes: vars.BODY_LIMIT_BYTES ?? 1024 * 1024,
    attachmentMaxBytes: vars.ATTACHMENT_MAX_BYTES ?? 20 * 1024 * 1024,
    dueSoonDays: vars.DUE_SOON_DAYS ?? 7,
    runMigrations: (vars.MIGRATIONS_RUN ?? 'true') === 'true',
    logLevel: (vars.LOG_LEVEL ?? 'log') as LogLevelName,
    auth: {
      jwtSecret: vars.JWT_SECRET ?? (explicitlyDevelopment ? DEVELOPMENT_JWT_SECRET : null),
      issuer: 'chi-dao',
      audience: 'chi-dao-api',
      accessTokenTtlSeconds: vars.ACCESS_TOKEN_TTL_SECONDS ?? 900,
      refreshTokenTtlDays: vars.REFRESH_TOKEN_TTL_DAYS ?? 30,
      bootstrapAdmin:
        vars.BOOTSTRAP_ADMIN_USERNAME && vars.BOOTSTRAP_ADMIN_PASSWORD
          ? { username: vars.BOOTSTRAP_ADMIN_USERNAME, password: vars.BOOTSTRAP_ADMIN_PASSWORD }
          : null,
      maxFailuresPerAccount: vars.LOGIN_MAX_FAILURES_PER_ACCOUNT ?? 5,
      maxFailuresPerAddress: vars.LOGIN_MAX_FAILURES_PER_ADDRESS ?? 50,
    },
    corsOrigins: vars.CORS_ORIGINS ? vars.CORS_ORIGINS.split(',') : [],
    trustProxy:
      !vars.TRUST_PROXY || vars.TRUST_PROXY === 'false'
        ? false
        : /^\d+$/.test(vars.TRUST_PROXY)
          ? Number(vars.TRUST_PROXY)
          : vars.TRUST_PROXY,
    digest: {
      // Off in tests unless a test asks: a job firing on its own would make every test depend on the hour.
      enabled: (vars.DIGEST_ENABLED ?? (nodeEnv === 'test' ? 'false' : 'true')) === 'true',
      time: vars.DIGEST_TIME ?? '07:30',
      escalateAfterDays: vars.ESCALATE_AFTER_DAYS ?? 7,
    },
    mail: { smtpUrl: vars.SMTP_URL ?? null, from: vars.MAIL_FROM ?? '"Chỉ Đạo" <no-reply@localhost>' },
    publicUrl: vars.PUBLIC_URL ? vars.PUBLIC_URL.replace(/\/+$/, '') : null,
    documents: { place: vars.DOCUMENT_PLACE?.trim().normalize('NFC') || null },
    openDataPublic: vars.OPEN_DATA_PUBLIC === 'true',
    // A relative WEB_ROOT is taken from the working directory, like DATA_DIR.
    webRoot: resolve(vars.WEB_ROOT ?? join(packageRoot(), 'dist', 'web')),
    // 5 s: two failed checks of a load balancer probing every 2 s; 25 s: within Kubernetes' default grace of 30 s.
    shutdown: { drainMs: vars.SHUTDOWN_DRAIN_MS ?? 5_000, timeoutMs: vars.SHUTDOWN_TIMEOUT_MS ?? 25_000 },
    // 20 %: peak RSS under load 155 MB instead of 233–330 (docs/performance.md, "Memory"), at no CPU cost measurable on
    // this 2-core machine; V8's own factor let the old space fill with 130 MB of garbage between two full collections.
    heapGrowthPercent: vars.HEAP_GROWTH_PERCENT ?? 20,
  };
}

/** Injection token for the parsed configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
