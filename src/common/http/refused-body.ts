import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { Actor } from '../actor.js';

/** How much of a refused body is read and thrown away so that the client can read the refusal; beyond it, the connection is closed. */
export const DISCARD_LIMIT_BYTES = 64 * 1024 * 1024;
const DISCARD_TIMEOUT_MS = 30_000;

/** Refusals of the body itself: the client may have no way of knowing in advance (how large its file is, once encoded). */
const BODY_REFUSALS = new Set([413, 415]);

/**
 * A refusal (413, 415, 400…) given while the client is still sending its body
 * must reach the client. Fastify answers a too-large body and closes the
 * connection at once; the client, still writing, gets a reset and a broken
 * request (Node's fetch reports "fetch failed") instead of the problem
 * document. So before an error answer goes out, the rest of the body is read
 * and discarded: up to DISCARD_LIMIT_BYTES and 30 s, after which the
 * connection is closed as before.
 *
 * Reading is work done for the client, so only two kinds of refusal earn it:
 * one about the body itself (413, 415 — answered before anyone is signed in,
 * since bodies are parsed before the guard runs), and any refusal to a caller
 * the guard let in (request.actor: a signed-in user with the permission the
 * route needs). Any other refusal — a 401 to an anonymous caller, a 403 from
 * the guard, a 404 of an unknown route — answers at once and closes the
 * connection: a stranger cannot make the server read 64 MiB by sending it
 * anywhere.
 */
export function letClientsReadRefusals(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply) => {
    if (reply.statusCode < 400) return;
    const raw = request.raw;
    if (raw.complete || raw.readableEnded || raw.destroyed) return;
    const earned = BODY_REFUSALS.has(reply.statusCode) || (request as { actor?: Actor }).actor !== undefined;
    const finished = earned && (await discardRest(raw));
    if (!finished) void reply.header('connection', 'close');
  });
}

function discardRest(raw: IncomingMessage): Promise<boolean> {
  return new Promise((resolve) => {
    let seen = 0;
    const done = (finished: boolean): void => {
      clearTimeout(timer);
      raw.off('data', onData).off('end', onEnd).off('close', onClose).off('error', onClose);
      resolve(finished);
    };
    const onData = (data: Buffer): void => {
      seen += data.length;
      if (seen > DISCARD_LIMIT_BYTES) done(false);
    };
    const onEnd = (): void => done(true);
    const onClose = (): void => done(raw.complete);
    const timer = setTimeout(() => done(false), DISCARD_TIMEOUT_MS);
    // Whatever was reading it (a multipart parser) has given up: the bytes go nowhere.
    raw.unpipe();
    raw.on('data', onData).on('end', onEnd).on('close', onClose).on('error', onClose);
    raw.resume();
  });
}
