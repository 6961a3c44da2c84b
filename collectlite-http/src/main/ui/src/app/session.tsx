import { createContext, useContext } from 'react';
import type { Me } from '../api/types';

/** Who is signed in, and how to sign someone else in. */
export interface Session {
  me: Me;
  switchUser: () => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in page');
  return session;
}
