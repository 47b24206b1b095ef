import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('runs on the embedded database with sensible defaults when nothing is set', () => {
    expect(loadConfig({})).toEqual({
      nodeEnv: 'development',
      port: 3000,
      host: '127.0.0.1',
      database: { kind: 'embedded', dataDir: './data' },
      timeZone: 'Asia/Ho_Chi_Minh',
      bodyLimitBytes: 1_048_576,
      dueSoonDays: 7,
      runMigrations: true,
      logLevel: 'log',
    });
  });

  it('uses the server when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://app@db:5432/chidao', DATABASE_POOL_SIZE: '20' });
    expect(config.database).toEqual({ kind: 'server', url: 'postgresql://app@db:5432/chidao', poolSize: 20 });
  });

  it.each([
    ['PORT', 'eighty', 'PORT="eighty"'],
    ['PORT', '70000', 'PORT="70000"'],
    ['DATABASE_URL', 'mysql://x', 'DATABASE_URL="mysql://x"'],
    ['APP_TIME_ZONE', 'Mars/Olympus', 'APP_TIME_ZONE="Mars/Olympus"'],
    ['MIGRATIONS_RUN', 'yes', 'MIGRATIONS_RUN="yes"'],
    ['BODY_LIMIT_BYTES', '10', 'BODY_LIMIT_BYTES="10"'],
  ])('refuses %s=%s and names the variable', (name, value, mention) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(mention);
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
