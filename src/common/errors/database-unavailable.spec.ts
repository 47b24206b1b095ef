import { QueryFailedError } from 'typeorm';
import { databaseUnavailable, RETRY_AFTER_SECONDS } from './database-unavailable.js';

const withCode = (code: string, message = 'boom'): Error => Object.assign(new Error(message), { code });
const failed = (driverError: Error): QueryFailedError => new QueryFailedError('INSERT INTO meeting …', [], driverError);

describe('databaseUnavailable', () => {
  it.each([
    ['a refused connection (server down)', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a reset connection', withCode('ECONNRESET', 'read ECONNRESET')],
    ['a connection ended mid-query', new Error('Connection terminated unexpectedly')],
    ['a connect that timed out', new Error('Connection terminated due to connection timeout')],
    ['every pooled connection busy past the connect timeout', new Error('timeout exceeded when trying to connect')],
    ['a client the driver already gave up on', new Error('Client has encountered a connection error and is not queryable')],
    ['an administrator shutdown (pg_ctl stop -m fast)', failed(withCode('57P01', 'terminating connection due to administrator command'))],
    [
      'a crash shutdown (pg_ctl stop -m immediate)',
      failed(withCode('57P02', 'terminating connection due to crash of another server process')),
    ],
    ['a server still starting or in recovery', withCode('57P03', 'the database system is starting up')],
    ['a statement cut off by statement_timeout', failed(withCode('57014', 'canceling statement due to statement timeout'))],
    [
      'a session ended by idle_in_transaction_session_timeout',
      withCode('25P03', 'terminating connection due to idle-in-transaction timeout'),
    ],
    ['too many connections', withCode('53300', 'sorry, too many clients already')],
    ['a connection exception (class 08)', withCode('08006', 'connection failure')],
    ['a database dropped or being restored', withCode('3D000', 'database "chidao" does not exist')],
    ['a connect that failed on every address', new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')])],
  ])('answers %s with 503, problem code database_unavailable and Retry-After', (_case, error) => {
    const answer = databaseUnavailable(error);
    expect({ status: answer?.status, code: answer?.code, headers: answer?.headers }).toEqual({
      status: 503,
      code: 'database_unavailable',
      headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
    });
  });

  it.each([
    ['a unique violation', failed(withCode('23505'))],
    ['a data exception', failed(withCode('22P02'))],
    ['an internal error', failed(withCode('XX000'))],
    ['a missing table (a deploy gone wrong, not an outage)', failed(withCode('42P01'))],
    ['a programming error', new TypeError('Cannot read properties of undefined')],
    ['a message that only mentions a connection', new Error('Meeting "Connection terminated" not found')],
    ['nothing', undefined],
  ])('leaves %s alone', (_case, error) => {
    expect(databaseUnavailable(error)).toBeUndefined();
  });
});
