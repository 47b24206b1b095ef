import { ProblemError, type Problem } from '../api/problem';
import { clearTokens, setTokens, type Tokens } from './token-store';

/** Why the session ended, for the sign-in page to say. */
export type SignedOutReason = 'expired' | 'signed_out';

type Listener = (reason: SignedOutReason) => void;
const listeners = new Set<Listener>();

export function onSignedOut(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function endSession(reason: SignedOutReason): void {
  clearTokens();
  for (const listener of listeners) listener(reason);
}

let inFlight: Promise<Tokens> | null = null;

/**
 * Exchanges the refresh cookie for a new access token. The refresh token is single-use and
 * the server ends the whole session when one is presented twice, so two tabs must never
 * refresh at once: the Web Locks API serialises them across tabs, and within a tab
 * concurrent callers share one request.
 */
export function refreshTokens(): Promise<Tokens> {
  inFlight ??= withCrossTabLock(exchangeCookie).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

async function withCrossTabLock<T>(work: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && navigator.locks) return navigator.locks.request('chidao-refresh', work);
  return work();
}

async function exchangeCookie(): Promise<Tokens> {
  const response = await fetch('/api/v1/auth/refresh', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
    credentials: 'same-origin',
  });
  if (!response.ok) throw new ProblemError(await readProblem(response), response);
  const body = (await response.json()) as { accessToken: string; expiresIn: number };
  return setTokens(body.accessToken, body.expiresIn);
}

export async function readProblem(response: Response): Promise<Problem> {
  try {
    const body = (await response.json()) as Problem;
    return { ...body, status: response.status };
  } catch {
    return { status: response.status, detail: response.statusText };
  }
}
