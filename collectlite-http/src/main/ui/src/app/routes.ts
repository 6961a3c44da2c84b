// The app's routes. They live in the location hash (`#/projects/3/work`), which browsers never send: every page
// is the document at "/", the one path the server answers with index.html. test/routes.test.mjs checks each route
// against the server's list (collectlite-http/src/main/resources/io/collectlite/http/ui-paths.txt); a route in
// the path would have to be added there. Pure functions only: the tests import this file under node.

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

/** Every page of the app, one entry per kind of {@link Route}, so tests can visit each. */
export const PAGES = [
  'projects',
  'signin',
  'project',
  'work',
  'review',
  'export',
  'leaderboard',
  'quality',
  'dashboard',
  'suggestions',
] as const satisfies readonly Route['page'][];

/** Compiles only while {@link PAGES} lists every page of {@link Route}. */
export const EVERY_PAGE_LISTED: Exclude<Route['page'], (typeof PAGES)[number]> extends never ? true : false = true;
