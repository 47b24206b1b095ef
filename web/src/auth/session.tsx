import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, unwrap } from '../api/client';
import { ProblemError } from '../api/problem';
import type { components } from '../api/schema';
import { endSession, onSignedOut, refreshTokens, type SignedOutReason } from './refresh';
import { currentTokens, setTokens } from './token-store';

export type Me = components['schemas']['MeDto'];
export type Permission = string;

type SessionState =
  | { status: 'loading' }
  /** `previousUserId`: who was signed in in this tab before, so the next user is not sent to their page. */
  | { status: 'signed_out'; reason?: SignedOutReason; previousUserId?: string }
  | { status: 'signed_in'; me: Me };

interface Session {
  state: SessionState;
  /** `remember`: the browser keeps the sign-in after it closes (off on a shared office computer). */
  signIn(username: string, password: string, remember?: boolean): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Refresh a minute before the access token expires, even while the user only reads. */
const REFRESH_BEFORE_MS = 60_000;

async function loadMe(): Promise<Me> {
  return unwrap(await api.GET('/api/v1/auth/me'));
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const queryClient = useQueryClient();

  // On load: the refresh cookie, when there is one, signs the user back in without a password.
  useEffect(() => {
    let active = true;
    refreshTokens()
      .then(loadMe)
      .then((me) => active && setState({ status: 'signed_in', me }))
      // No cookie: a first visit. A refused one: the session ended elsewhere, which the sign-in page says.
      .catch((error: unknown) => {
        if (!active) return;
        const ended = error instanceof ProblemError && error.code === 'invalid_refresh_token';
        setState({ status: 'signed_out', reason: ended ? 'expired' : undefined });
      });
    return () => {
      active = false;
    };
  }, []);

  // What one user read must never show to the next one at the same browser (a shared office PC):
  // the cached answers go with the session.
  useEffect(
    () =>
      onSignedOut((reason) => {
        queryClient.clear();
        setState((previous) => ({
          status: 'signed_out',
          reason,
          previousUserId:
            previous.status === 'signed_in' ? previous.me.id : previous.status === 'signed_out' ? previous.previousUserId : undefined,
        }));
      }),
    [queryClient],
  );

  // Silent refresh before expiry.
  useEffect(() => {
    if (state.status !== 'signed_in') return;
    const tokens = currentTokens();
    if (!tokens) return;
    const timer = window.setTimeout(
      () => void refreshTokens().catch(() => endSession('expired')),
      Math.max(5_000, tokens.expiresAt - Date.now() - REFRESH_BEFORE_MS),
    );
    return () => window.clearTimeout(timer);
  }, [state]);

  const signIn = useCallback(
    async (username: string, password: string, remember = false) => {
      const signedIn = unwrap(await api.POST('/api/v1/auth/login', { body: { username, password, refreshTokenIn: 'cookie', remember } }));
      setTokens(signedIn.accessToken, signedIn.expiresIn);
      queryClient.clear();
      setState({ status: 'signed_in', me: await loadMe() });
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    // The session ends on the server even if this answer is lost; the page forgets the token either way.
    await api.POST('/api/v1/auth/logout').catch(() => undefined);
    endSession('signed_out');
  }, []);

  const value = useMemo(() => ({ state, signIn, signOut }), [state, signIn, signOut]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user (inside the routes that require one). */
export function useMe(): Me & { can(permission: Permission): boolean } {
  const { state } = useSession();
  if (state.status !== 'signed_in') throw new Error('useMe outside a signed-in route');
  const me = state.me;
  return useMemo(() => ({ ...me, can: (permission: Permission) => me.permissions.includes(permission) }), [me]);
}
