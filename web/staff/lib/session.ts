// Who is signed in. The app asks the server once on start (GET /api/staff/session) and
// keeps the CSRF token the session returned for every state-changing request.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { User } from './api.ts';

export interface SessionState {
  user: User | null;
  signedIn(user: User, csrfToken: string): void;
  logout(): void;
}

export const SessionContext = createContext<SessionState>({ user: null, signedIn: () => {}, logout: () => {} });

export function useSession(): SessionState {
  return useContext(SessionContext);
}

/** The signed-in user; pages below the login gate only render with one. */
export function useUser(): User {
  const user = useContext(SessionContext).user;
  if (!user) throw new Error('no user: rendered outside the login gate');
  return user;
}
