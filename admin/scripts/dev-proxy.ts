import type { ProxyOptions } from 'vite';
import { GATEWAY_PATHS } from '../../server/src/gateway/admin-paths';

/**
 * What the admin asks of the gateway besides its own pages, by path prefix: GraphQL, the
 * browser session (sign-in and sign-out set and clear the cookies), evidence files and the health
 * probes. In production the gateway serves the admin itself (same origin); under `vite` (the
 * dev server) each prefix must be forwarded to it, or the dev server answers with its own 404 /
 * index.html — signing in failed that way. None of them may be an admin route (/login, /years…).
 * One list with the gateway's own (server/src/gateway/admin-paths.ts), which answers them itself.
 */
export { GATEWAY_PATHS };

/** The dev server's proxy table: every gateway path to `gateway` (its origin, e.g. http://127.0.0.1:4000). */
export function devProxy(gateway: string): Record<string, ProxyOptions> {
  // The key "^/auth(/|$)" (a RegExp for Vite) keeps an admin route that merely starts with the
  // same letters (/authors) on the dev server.
  return Object.fromEntries(GATEWAY_PATHS.map((path) => [`^${path}(/|\\?|$)`, { target: gateway, changeOrigin: true }]));
}
