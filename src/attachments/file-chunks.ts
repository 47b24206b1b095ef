import type { Readable } from 'node:stream';

/**
 * The bytes of `stream` in slices of exactly `size` bytes (the last one
 * shorter), read as they arrive: a file is never whole in memory. Calls
 * `tooLarge` as soon as more than `max` bytes have come, without waiting for
 * the rest.
 */
export async function* slices(stream: Readable, size: number, max: number, tooLarge: () => Error): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let total = 0;
  for await (const data of stream as AsyncIterable<Buffer>) {
    total += data.length;
    if (total > max) throw tooLarge();
    pending.push(data);
    pendingBytes += data.length;
    while (pendingBytes >= size) {
      const joined = Buffer.concat(pending, pendingBytes);
      yield joined.subarray(0, size);
      const rest = joined.subarray(size);
      pending = rest.length > 0 ? [rest] : [];
      pendingBytes = rest.length;
    }
  }
  if (pendingBytes > 0) yield Buffer.concat(pending, pendingBytes);
}
