/**
 * The access token lives only in this module's memory: never in localStorage or
 * sessionStorage, where a script injected into the page could read it. The refresh
 * token never reaches JavaScript at all: it is an HttpOnly cookie sent only to
 * /api/v1/auth/refresh (see the README, "Sign-in in the browser").
 */
export interface Tokens {
  accessToken: string;
  /** When the access token expires (ms since epoch). */
  expiresAt: number;
}

let tokens: Tokens | null = null;

export function currentTokens(): Tokens | null {
  return tokens;
}

export function setTokens(accessToken: string, expiresInSeconds: number): Tokens {
  tokens = { accessToken, expiresAt: Date.now() + expiresInSeconds * 1000 };
  return tokens;
}

export function clearTokens(): void {
  tokens = null;
}
