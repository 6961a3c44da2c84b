import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, must, storedToken, storeToken } from '../../api/client';
import type { Me } from '../../api/types';
import { ErrorNote } from '../../app/ui';

/** Sign in by pasting a token, or (demo mode) by picking a demo user. */
export function SignInPage({ onSignedIn, current }: { onSignedIn: (me: Me) => void; current?: Me | undefined }) {
  const [token, setToken] = useState('');
  const demo = useQuery({
    queryKey: ['demo-users'],
    queryFn: () => must(api.GET('/api/demo/users')),
    retry: false,
    staleTime: Infinity,
  });
  const signIn = useMutation({
    mutationFn: async (candidate: string) => {
      const previous = storedToken();
      storeToken(candidate.trim());
      try {
        return await must(api.GET('/api/me'));
      } catch (e) {
        storeToken(previous);
        throw e;
      }
    },
    onSuccess: onSignedIn,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (token.trim()) signIn.mutate(token);
  };
  return (
    <main className="signin">
      <h1>Sign in to CollectLite</h1>
      {current && <p className="muted">Signed in as {current.name}. Pick someone else or paste another token.</p>}
      {demo.data && demo.data.length > 0 && (
        <section aria-labelledby="demo-h" className="card">
          <h2 id="demo-h">Demo users</h2>
          <ul className="demo-users">
            {demo.data.map((u) => (
              <li key={u.id}>
                <button type="button" onClick={() => signIn.mutate(u.token)} disabled={signIn.isPending}>
                  {u.name} <span className="muted">{u.role}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <form onSubmit={submit} className="card">
        <h2>Token</h2>
        <label htmlFor="token">Paste your API token</label>
        <div className="row">
          <input
            id="token"
            name="token"
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={token}
            onChange={(e) => setToken(e.target.value)}
            autoFocus
          />
          <button type="submit" disabled={!token.trim() || signIn.isPending}>
            Sign in
          </button>
        </div>
      </form>
      <ErrorNote error={signIn.error} title="Sign-in failed" />
    </main>
  );
}
