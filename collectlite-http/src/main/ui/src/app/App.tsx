import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { api, ApiError, must, storedToken } from '../api/client';
import type { Me } from '../api/types';
import { ExportPage } from '../pages/export/ExportPage';
import { LeaderboardPage } from '../pages/leaderboard/LeaderboardPage';
import { ProjectPage } from '../pages/projects/ProjectPage';
import { ProjectsPage } from '../pages/projects/ProjectsPage';
import { QualityPage } from '../pages/quality/QualityPage';
import { ReviewPage } from '../pages/review/ReviewPage';
import { SignInPage } from '../pages/signin/SignInPage';
import { SuggestionsPage } from '../pages/suggestions/SuggestionsPage';
import { WorkbenchPage } from '../pages/workbench/WorkbenchPage';
import { href, navigate, useRoute, type Route } from './router';
import { SessionContext } from './session';
import { ErrorNote, Loading } from './ui';

// The dashboard carries the charting library: it loads only when opened.
const DashboardPage = lazy(() => import('../pages/dashboard/DashboardPage'));

export function App() {
  const route = useRoute();
  const queryClient = useQueryClient();
  const [token, setToken] = useState(storedToken);
  const me = useQuery({
    queryKey: ['me', token],
    queryFn: () => must(api.GET('/api/me')),
    enabled: Boolean(token),
    retry: false,
    staleTime: Infinity,
  });

  const signedIn = (who: Me) => {
    queryClient.clear();
    queryClient.setQueryData(['me', storedToken()], who);
    setToken(storedToken());
    if (route.page === 'signin') navigate({ page: 'projects' });
  };

  const unauthenticated = !token || (me.error instanceof ApiError && me.error.status === 401);
  if (unauthenticated || route.page === 'signin') {
    return <SignInPage onSignedIn={signedIn} current={unauthenticated ? undefined : me.data} />;
  }
  if (me.error) return <ErrorNote error={me.error} title="Could not reach the server" />;
  if (!me.data) return <Loading what="your account" />;

  const session = { me: me.data, switchUser: () => navigate({ page: 'signin' }) };
  return (
    <SessionContext.Provider value={session}>
      <header className="top">
        <a className="brand" href={href({ page: 'projects' })}>
          CollectLite
        </a>
        <nav aria-label="Main">
          <a href={href({ page: 'projects' })} aria-current={route.page === 'projects' ? 'page' : undefined}>
            Projects
          </a>
        </nav>
        <div className="who">
          Signed in as <strong data-testid="signed-in-as">{me.data.name}</strong>
          <button type="button" className="link" onClick={session.switchUser}>
            Switch user
          </button>
        </div>
      </header>
      <Page route={route} />
    </SessionContext.Provider>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'project':
      return <ProjectPage id={route.id} />;
    case 'work':
      return <WorkbenchPage id={route.id} />;
    case 'review':
      return <ReviewPage id={route.id} />;
    case 'export':
      return <ExportPage id={route.id} />;
    case 'leaderboard':
      return <LeaderboardPage id={route.id} />;
    case 'quality':
      return <QualityPage id={route.id} />;
    case 'suggestions':
      return <SuggestionsPage id={route.id} />;
    case 'dashboard':
      return (
        <Suspense fallback={<main><Loading what="dashboard" /></main>}>
          <DashboardPage id={route.id} />
        </Suspense>
      );
    case 'projects':
    case 'signin':
      return <ProjectsPage />;
  }
}
