import { EventEmitter } from 'node:events';
import { jest } from '@jest/globals';
import type { PoolClient } from 'pg';
import { buildDataSourceOptions } from './app-data-source.js';

describe('buildDataSourceOptions', () => {
  it('gives every pooled connection an error listener of its own, so a connection the server drops cannot crash the service', async () => {
    const options = buildDataSourceOptions({ url: 'postgresql://app@db/chidao', poolSize: 10 });
    const onConnect = (options.extra as { onConnect: (client: PoolClient) => Promise<unknown> }).onConnect;
    const client = Object.assign(new EventEmitter(), { query: jest.fn(() => Promise.resolve()) }) as unknown as PoolClient;
    await onConnect(client);

    // TypeORM's own listener comes and goes with each checkout; after it is gone, pg still reports the socket's end.
    const typeormListener = (): void => undefined;
    client.on('error', typeormListener);
    client.emit('error', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }));
    client.removeListener('error', typeormListener);
    expect(() => client.emit('error', new Error('Connection terminated unexpectedly'))).not.toThrow();
  });

  it('bounds a server’s sessions with the configured timeouts, and names them in pg_stat_activity', () => {
    const options = buildDataSourceOptions({
      url: 'postgresql://app@db/chidao',
      poolSize: 10,
      timeouts: { connectMs: 2000, statementMs: 3000, idleInTransactionMs: 4000 },
    });
    expect(options.extra).toMatchObject({
      application_name: 'chi-dao',
      connectionTimeoutMillis: 2000,
      statement_timeout: 3000,
      idle_in_transaction_session_timeout: 4000,
    });
  });
});
