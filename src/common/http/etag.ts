import type { FastifyReply } from 'fastify';
import { DomainError } from '../errors/domain-error.js';
import { CommonError } from '../errors/common-errors.js';

/** A weak ETag from the row's version: enough to detect that someone else wrote in between. */
export function etagOf(version: number): string {
  return `W/"${version}"`;
}

/**
 * An answer whose ETag is another record's version than its own body's: a
 * decision on an extension request answers the request, guarded by (and
 * moving) the directive's version. The ETag interceptor sends `body` with
 * `version` as its ETag.
 */
export class WithEtag<T> {
  constructor(
    readonly body: T,
    readonly version: number,
  ) {}
}

export function setEtag(reply: FastifyReply, version: number): void {
  void reply.header('etag', etagOf(version));
}

/**
 * Reads `If-Match` into the version the client last saw. Absent means the
 * client did not ask for a conditional update (undefined).
 */
export function expectedVersion(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined || ifMatch.trim() === '') return undefined;
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(ifMatch);
  if (!match) {
    throw new DomainError(CommonError.ValidationFailed, 'If-Match must be an ETag this service handed out.', [
      { field: 'If-Match', message: 'If-Match must look like W/"3"' },
    ]);
  }
  return Number(match[1]);
}

/**
 * Updates must say which version they change: without If-Match a client could
 * silently overwrite a change it never saw (428); a stale one gets 412.
 */
export function requiredVersion(ifMatch: string | undefined): number {
  const version = expectedVersion(ifMatch);
  if (version === undefined) {
    throw new DomainError(
      CommonError.PreconditionRequired,
      'Send If-Match with the ETag of the version you read, so that a change made meanwhile is not overwritten.',
      [{ field: 'If-Match', message: 'If-Match is required' }],
    );
  }
  return version;
}

export function versionMismatch(currentVersion: number): DomainError {
  return new DomainError(
    CommonError.VersionMismatch,
    `Someone else changed this record since you read it; its current ETag is ${etagOf(currentVersion)}. Read it again and reapply your change.`,
    [],
    { etag: etagOf(currentVersion) },
  );
}
