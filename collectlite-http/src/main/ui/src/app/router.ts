import { useEffect, useState } from 'react';

/** A route parsed from the location hash (`#/projects/3/work`). */
export type Route =
  | { page: 'projects' }
  | { page: 'project'; id: number }
  | { page: 'work'; id: number }
  | { page: 'review'; id: number }
  | { page: 'export'; id: number }
  | { page: 'leaderboard'; id: number }
  | { page: 'quality'; id: number }
  | { page: 'dashboard'; id: number }
  | { page: 'suggestions'; id: number }
  | { page: 'signin' };

export function parse(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'signin') return { page: 'signin' };
  if (parts[0] === 'projects' && parts[1] && /^\d+$/.test(parts[1])) {
    const id = Number(parts[1]);
    switch (parts[2]) {
      case 'work':
        return { page: 'work', id };
      case 'review':
        return { page: 'review', id };
      case 'export':
        return { page: 'export', id };
      case 'leaderboard':
        return { page: 'leaderboard', id };
      case 'quality':
        return { page: 'quality', id };
      case 'dashboard':
        return { page: 'dashboard', id };
      case 'suggestions':
        return { page: 'suggestions', id };
      default:
        return { page: 'project', id };
    }
  }
  return { page: 'projects' };
}

export function href(route: Route): string {
  switch (route.page) {
    case 'projects':
      return '#/';
    case 'signin':
      return '#/signin';
    case 'project':
      return `#/projects/${route.id}`;
    default:
      return `#/projects/${route.id}/${route.page}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = href(route);
}

/** The current route; re-renders on every hash change. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parse(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parse(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
