import type { Multipart } from '@fastify/multipart';
import { DomainError } from '../errors/domain-error.js';

/**
 * The next part of a multipart body, or undefined at its end. The parser's own
 * complaints (a broken body, too many parts) become the feature's 400, built by
 * `unreadable` from the parser's reason; the feature's own errors pass through.
 */
export async function nextPart(
  parts: AsyncIterableIterator<Multipart>,
  unreadable: (reason: string) => DomainError,
): Promise<Multipart | undefined> {
  try {
    const next = await parts.next();
    return next.done ? undefined : next.value;
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw unreadable(error instanceof Error ? error.message : 'unreadable body');
  }
}
