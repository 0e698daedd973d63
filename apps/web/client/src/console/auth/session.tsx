import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { assignmentApi, type StaffPrincipal } from '../api/assignment.api';
import { staffAuth, StaffApiError } from '../api/staff-http';
import { tokenStore } from './token-store';

export type SessionState =
  | { status: 'checking' }
  | { status: 'signed-out'; expired: boolean }
  | { status: 'signed-in'; staff: StaffPrincipal }
  | { status: 'failed'; error: unknown };

interface Session {
  state: SessionState;
  signIn: (username: string, password: string) => Promise<void>;
  signOut: () => void;
  recheck: () => void;
  /** Replaces the password (required after a reset); the answer's fresh token becomes the session's. */
  changePassword: (currentPassword: string, newPassword: string) => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

// In memory too, so a storage that refuses writes still keeps the session for this page.
let currentToken: string | null = null;

function startSession(): SessionState {
  currentToken = tokenStore.read();
  staffAuth.token = () => currentToken;
  return currentToken ? { status: 'checking' } : { status: 'signed-out', expired: false };
}

/** Who is signed in, from the token in sessionStorage checked against GET /auth/me. */
export function SessionProvider({ children }: { children: ComponentChildren }) {
  const [state, setState] = useState<SessionState>(startSession);
  const [check, setCheck] = useState(0);

  const forget = useCallback((expired: boolean) => {
    currentToken = null;
    tokenStore.clear();
    setState({ status: 'signed-out', expired });
  }, []);

  useEffect(() => {
    staffAuth.onUnauthorized = () => forget(true);
  }, [forget]);

  useEffect(() => {
    if (!currentToken) return;
    let current = true;
    assignmentApi.me().then(
      (staff) => current && setState({ status: 'signed-in', staff }),
      (error: unknown) => {
        if (!current) return;
        if (error instanceof StaffApiError && error.status === 401) forget(true);
        else setState({ status: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [check, forget]);

  const session = useMemo<Session>(
    () => ({
      state,
      signIn: async (username, password) => {
        const { token } = await assignmentApi.login(username, password);
        currentToken = token;
        tokenStore.write(token);
        // The header shows who this is as the services see the token.
        setState({ status: 'signed-in', staff: await assignmentApi.me() });
      },
      signOut: () => forget(false),
      changePassword: async (currentPassword, newPassword) => {
        const { token, staff } = await assignmentApi.changePassword(currentPassword, newPassword);
        currentToken = token;
        tokenStore.write(token);
        setState({ status: 'signed-in', staff });
      },
      recheck: () => setCheck((n) => n + 1),
    }),
    [state, forget],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in staff member; only for pages rendered inside the signed-in shell. */
export function useStaff(): StaffPrincipal {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useStaff outside the signed-in console');
  return state.staff;
}
