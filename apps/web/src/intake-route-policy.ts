/**
 * Which intake routes the public site may reach: the public API and raising a problem. Staff
 * routes stay unreachable through this origin even though intake guards them itself.
 */
export function isPublicIntakeRoute(method: string, path: string): boolean {
  const pathname = path.split('?')[0];
  // Dot segments and encoded slashes could walk a permitted prefix into another route.
  if (/(^|\/)\.\.?(\/|$)|%2e|%2f|%5c|\\/i.test(pathname)) return false;
  if (pathname.startsWith('/public/')) return method === 'GET' || method === 'HEAD' || method === 'POST';
  return method === 'POST' && pathname === '/problems';
}
