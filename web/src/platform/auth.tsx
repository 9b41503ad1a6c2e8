// Who is logged in. The session itself is an httpOnly cookie; the CSRF token lives in memory only.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, api, setCsrfToken, setUnauthenticatedHandler } from './api.js';
import type { CurrentUser, Me } from './api-types.js';

interface AuthState {
  /** undefined while the first /api/auth/me is in flight. */
  user: CurrentUser | null | undefined;
  /** Set when the session could not be checked for another reason than "not logged in". */
  startupError: ApiError | null;
  login(username: string, password: string): Promise<CurrentUser>;
  /** Exchanges a one-time code (people without BankID) for a short person session. */
  loginWithCode(code: string): Promise<CurrentUser>;
  logout(): Promise<void>;
  /** Why the user was sent to the login page, e.g. an expired session. */
  notice: string | null;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<CurrentUser | null | undefined>(undefined);
  const [startupError, setStartupError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    api
      .get<Me>('/api/auth/me')
      .then((me) => {
        if (cancelled) return;
        setCsrfToken(me.csrfToken);
        setUser(me.user);
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        if (error instanceof ApiError && error.status !== 401) setStartupError(error);
        setUser(null);
      });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setCsrfToken(null);
      setNotice('Økten din er utløpt. Logg inn på nytt.');
      setUser(null);
    });
    return () => setUnauthenticatedHandler(null);
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const me = await api.post<Me>('/api/auth/login', { username, password });
    setCsrfToken(me.csrfToken);
    setNotice(null);
    setStartupError(null);
    setUser(me.user);
    return me.user;
  }, []);

  const loginWithCode = useCallback(async (code: string) => {
    const exchanged = await api.post<{ csrfToken: string }>('/api/citizen/code', { code });
    setCsrfToken(exchanged.csrfToken);
    // The exchange answers with a short user; /api/auth/me gives the same shape as a password login.
    const me = await api.get<Me>('/api/auth/me');
    setCsrfToken(me.csrfToken);
    setNotice(null);
    setStartupError(null);
    setUser(me.user);
    return me.user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.post<void>('/api/auth/logout');
    } finally {
      setCsrfToken(null);
      setNotice('Du er logget ut.');
      setUser(null);
    }
  }, []);

  const value = useMemo(() => ({ user, startupError, login, loginWithCode, logout, notice }), [user, startupError, login, loginWithCode, logout, notice]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth must be used inside AuthProvider');
  return state;
}

/** The logged-in user; only for pages rendered behind the login. */
export function useUser(): CurrentUser {
  const { user } = useAuth();
  if (!user) throw new Error('useUser needs a logged-in user');
  return user;
}
