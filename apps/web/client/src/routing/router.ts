import { useEffect, useState } from 'preact/hooks';

export type Route = { page: 'raise' } | { page: 'track'; code: string | null } | { page: 'studios' } | { page: 'console'; path: string };

/**
 * The page for a path: /, /track, /track/<code>, /studios, and the staff console under /console
 * (which routes the rest itself). Unknown paths show the form.
 */
export function routeOf(pathname: string): Route {
  if (/^\/console(\/|$)/.test(pathname)) return { page: 'console', path: pathname };
  const track = /^\/track(?:\/([^/]+))?\/?$/.exec(pathname);
  if (track) return { page: 'track', code: track[1] ? decodeURIComponent(track[1]) : null };
  if (/^\/studios\/?$/.test(pathname)) return { page: 'studios' };
  return { page: 'raise' };
}

const NAVIGATED = 'shangliang:navigated';

export function navigate(path: string): void {
  if (path === location.pathname) return;
  history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATED));
  window.scrollTo(0, 0);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => routeOf(location.pathname));
  useEffect(() => {
    const update = () => setRoute(routeOf(location.pathname));
    window.addEventListener('popstate', update);
    window.addEventListener(NAVIGATED, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAVIGATED, update);
    };
  }, []);
  return route;
}

/** A link that changes page without reloading; a modified click still opens a new tab. */
export function onLinkClick(path: string) {
  return (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(path);
  };
}
