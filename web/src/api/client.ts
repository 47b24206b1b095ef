import createClient, { type Middleware } from 'openapi-fetch';
import { currentTokens } from '../auth/token-store';
import { endSession, readProblem, refreshTokens } from '../auth/refresh';
import { ProblemError } from './problem';
import type { paths } from './schema';

/** Refresh this long before the access token expires, so no request leaves with a stale one. */
const REFRESH_MARGIN_MS = 60_000;

/** The token a request should carry: refreshed first when it is about to expire. */
export async function freshAccessToken(): Promise<string | null> {
  const tokens = currentTokens();
  if (!tokens) return null;
  if (tokens.expiresAt - Date.now() > REFRESH_MARGIN_MS) return tokens.accessToken;
  try {
    return (await refreshTokens()).accessToken;
  } catch {
    endSession('expired');
    return null;
  }
}

const PUBLIC = new Set(['/api/v1/auth/login', '/api/v1/auth/refresh']);

const authenticate: Middleware = {
  async onRequest({ request, schemaPath }) {
    if (PUBLIC.has(schemaPath)) return request;
    const token = await freshAccessToken();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
  async onResponse({ response, schemaPath }) {
    // A session ended elsewhere (signed out on another device, disabled by an administrator):
    // back to the sign-in page, which says why.
    if (response.status === 401 && !PUBLIC.has(schemaPath) && currentTokens()) endSession('expired');
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(authenticate);

type Result<T> = { data?: T; error?: unknown; response: Response };

/** The data of a successful call; a failed one throws a ProblemError carrying the problem document. */
export function unwrap<T>(result: Result<T>): T {
  if (result.error !== undefined || !result.response.ok) {
    const error = result.error;
    const problem =
      typeof error === 'object' && error !== null && 'status' in error
        ? (error as ProblemError['problem'])
        : { status: result.response.status, detail: typeof error === 'string' ? error : result.response.statusText };
    throw new ProblemError({ ...problem, status: result.response.status }, result.response);
  }
  return result.data as T;
}

/** `If-Match` for the version a form was loaded with (the API's ETags are W/"<version>"). */
export function ifMatch(version: number): { 'If-Match': string } {
  return { 'If-Match': `W/"${version}"` };
}

/** For calls outside the typed client (downloads, uploads with progress): same token, same problems. */
export async function authorizedFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const token = await freshAccessToken();
  const headers = new Headers(init.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  const response = await fetch(url, { ...init, headers, credentials: 'same-origin' });
  if (response.status === 401 && currentTokens()) endSession('expired');
  if (!response.ok) throw new ProblemError(await readProblem(response), response);
  return response;
}
