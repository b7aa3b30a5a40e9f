/**
 * Which paths of the gateway's origin are the admin's pages and which the gateway answers itself.
 * Plain data and string work, no Node imports: the admin's dev proxy and its route spec import it
 * too, so the three lists (gateway routes, dev proxy, admin router) cannot drift apart.
 */

/** Paths the gateway serves itself, each with everything below it. None may be an admin route. */
export const GATEWAY_PATHS = ['/graphql', '/auth', '/files', '/healthz', '/readyz'] as const;

/**
 * First segments of the admin's routes (admin/src/router.ts; its spec keeps them equal). The SPA
 * fallback answers index.html for these and for `/` only; any other path is a 404.
 */
export const ADMIN_ROUTE_ROOTS = [
  'login',
  'org-units',
  'users',
  'years',
  'criteria',
  'score-sheets',
  'progress',
  'results',
  'api-clients',
  'analysis',
  'survey-import',
  'accountability',
  'reports',
  'emulation',
] as const;

export type PathKind =
  /** Dot segments, empty segments, encoded slashes or backslashes, undecodable escapes: never a page. */
  | 'malformed'
  /** Under one of GATEWAY_PATHS (letter case aside, as express matches routes). */
  | 'gateway'
  /** `/` or under one of ADMIN_ROUTE_ROOTS. */
  | 'page'
  | 'other';

/**
 * What a request path (without its query) names. Checked on the path as sent, not as a browser
 * would normalise it: `/auth/../x`, `//auth/login` and `/auth%2Flogin` are malformed, not pages.
 */
export function pathKind(rawPath: string): PathKind {
  if (/%2f|%5c|\\/i.test(rawPath)) return 'malformed';
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return 'malformed';
  }
  if (!path.startsWith('/')) return 'malformed';
  if (path === '/') return 'page';
  const segments = path.slice(1).split('/');
  // A trailing slash leaves one empty last segment: /years/ is /years.
  if (segments.at(-1) === '' && segments.length > 1) segments.pop();
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return 'malformed';
  const first = segments[0].toLowerCase();
  if (GATEWAY_PATHS.some((p) => p.slice(1) === first)) return 'gateway';
  if ((ADMIN_ROUTE_ROOTS as readonly string[]).includes(first)) return 'page';
  return 'other';
}
