import { useEffect, useState } from 'react';

/** The client routes. The API serves index.html for every one of them, so a reload keeps the page. */
export type Route =
  | { name: 'start' }
  | { name: 'municipality'; code: string }
  | { name: 'notFound' };

const MUNICIPALITY = /^\/kommun\/([^/]+)\/?$/;

export function matchRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'start' };
  const municipality = MUNICIPALITY.exec(pathname);
  if (municipality?.[1]) {
    let code: string;
    try {
      code = decodeURIComponent(municipality[1]);
    } catch {
      return { name: 'notFound' };
    }
    return { name: 'municipality', code };
  }
  return { name: 'notFound' };
}

export function municipalityPath(code: string): string {
  return `/kommun/${encodeURIComponent(code)}`;
}

/** The current route; follows the browser's back and forward buttons. */
export function useRoute(): Route {
  const [pathname, setPathname] = useState(() => window.location.pathname);
  useEffect(() => {
    const onPop = () => setPathname(window.location.pathname);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  return matchRoute(pathname);
}
