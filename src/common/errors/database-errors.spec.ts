import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { translateDatabaseError } from './database-errors.js';

const failed = (code: string, message = 'boom'): QueryFailedError =>
  new QueryFailedError('SELECT 1', [], Object.assign(new Error(message), { code }));

describe('translateDatabaseError', () => {
  let warn: jest.SpiedFunction<Logger['warn']>;
  beforeEach(() => {
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it.each([
    ['22021', 'invalid byte sequence for encoding "UTF8": 0x00'],
    ['22009', 'time zone displacement out of range'],
    ['22008', 'timestamp out of range: "+275760-09-13T00:00:00Z"'],
    ['22003', 'value "99999999999999999999" is out of range for type bigint'],
    ['22P02', 'invalid input syntax for type uuid: "x"'],
  ])('answers a data exception (SQLSTATE %s) with 400, and warns that a validator missed it', (code, message) => {
    const error = translateDatabaseError(failed(code, message), {});
    expect({ status: error?.status, code: error?.code }).toEqual({ status: 400, code: 'validation_failed' });
    expect(warn).toHaveBeenCalledWith(`A validator let through a value PostgreSQL refused (SQLSTATE ${code}: ${message})`);
  });

  it('leaves errors that are not the request’s fault to become 500s', () => {
    expect(translateDatabaseError(failed('XX000'), {})).toBeUndefined();
    expect(translateDatabaseError(failed('42P01'), {})).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });
});
