import { useEffect, useState } from 'react';
import { href, parse, type Route } from './routes';

export * from './routes';

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
