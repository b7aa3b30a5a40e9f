import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * The admin's policy: scripts and everything else from this origin only — the built admin has no
 * inline script (checked by the API suite on the built index.html). Inline *styles* stay allowed:
 * Vue and the chart components set style attributes, and a style cannot run code.
 */
export const ADMIN_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Evidence files and API answers are never pages: nothing in them may run, even if a browser renders one. */
export const DOCUMENT_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

const ONE_YEAR = 365 * 24 * 3600;

/**
 * Security headers on every response, set before any route so errors, health checks and the
 * /files proxy carry them too. HSTS only when the request came over TLS: directly, or through a
 * trusted proxy's X-Forwarded-Proto (express's `req.secure` honours the app's `trust proxy`).
 */
export function securityHeaders(options: { csp?: (req: Request) => string } = {}): RequestHandler {
  const csp = options.csp ?? (() => DOCUMENT_CSP);
  return (req: Request, res: Response, next: NextFunction) => {
    res.setHeader('content-security-policy', csp(req));
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('x-frame-options', 'DENY');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('cross-origin-opener-policy', 'same-origin');
    res.setHeader('cross-origin-resource-policy', 'same-origin');
    res.setHeader('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    if (req.secure) res.setHeader('strict-transport-security', `max-age=${ONE_YEAR}; includeSubDomains`);
    next();
  };
}

/** The gateway: the admin's policy for pages and assets, the strict one for files and API answers. */
export const gatewayCsp = (req: Request): string => (/^\/(files|graphql)(\/|$|\?)/.test(req.path) ? DOCUMENT_CSP : ADMIN_CSP);
