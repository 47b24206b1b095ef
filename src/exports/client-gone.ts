import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** The client hung up in the middle of a download: stop reading and writing. Not a failure to report. */
export class ClientGone extends Error {
  constructor() {
    super('The client closed the connection before the file was complete.');
  }
}

/**
 * Waits until `stream` takes more, or throws ClientGone when `output` (the
 * reply) closed first. Waiting for 'drain' alone would wait forever for a
 * client that went away, keeping the writer and its query pages alive.
 */
export async function roomIn(stream: Writable, output: Writable): Promise<void> {
  if (output.destroyed) throw new ClientGone();
  const done = new AbortController();
  try {
    await Promise.race([
      once(stream, 'drain', { signal: done.signal }),
      once(output, 'close', { signal: done.signal }).then(() => {
        throw new ClientGone();
      }),
    ]);
  } finally {
    done.abort();
  }
}

/** `work`, unless `output` closes first (ClientGone): a writer's last flush never waits on a reader who left. */
export async function unlessGone<T>(work: Promise<T>, output: Writable): Promise<T> {
  if (output.destroyed) throw new ClientGone();
  const done = new AbortController();
  try {
    return await Promise.race([
      work,
      once(output, 'close', { signal: done.signal }).then((): never => {
        throw new ClientGone();
      }),
    ]);
  } finally {
    done.abort();
  }
}

/** A writer's failure once the client left is the client leaving (a write after close, a premature close). */
export function asClientGone(error: unknown, output: Writable): unknown {
  return output.destroyed && !(error instanceof ClientGone) ? new ClientGone() : error;
}
