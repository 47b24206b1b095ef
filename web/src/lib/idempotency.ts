/** One key per intended write: a double click or a retry after a lost answer records it once. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
