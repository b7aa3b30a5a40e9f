import type { Express, Request, Response } from 'express';
import { localeFromHeader, type LocalizedMessage } from '../platform/errors/app-error';
import { pathKind } from './admin-paths';

/** The gateway's own routes and the methods they take: another method is a 405 with Allow, not a page. */
const METHODS: { path: RegExp; allow: string }[] = [
  { path: /^\/auth\/(login|logout)\/?$/i, allow: 'POST' },
  { path: /^\/(healthz|readyz)\/?$/i, allow: 'GET, HEAD' },
];

function answer(req: Request, res: Response, status: number, message: LocalizedMessage, extensions: Record<string, unknown>): void {
  const locale = localeFromHeader(req.headers['accept-language']);
  res
    .status(status)
    .setHeader('cache-control', 'no-store')
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message: locale === 'en' ? message.en : message.vi, extensions }] }));
}

/**
 * 405 with Allow: the path is one of the gateway's routes, the method is not one it takes. Coded
 * JSON in the caller's language, as every other refusal (HEAD gets the headers only).
 */
export function answerMethodNotAllowed(req: Request, res: Response, allow: string): void {
  res.setHeader('allow', allow);
  answer(
    req,
    res,
    405,
    {
      vi: `Địa chỉ ${req.originalUrl.split('?')[0]} chỉ nhận yêu cầu ${allow.replace(', ', ' hoặc ')}, không nhận ${req.method}.`,
      en: `${req.originalUrl.split('?')[0]} takes ${allow.replace(', ', ' or ')} only, not ${req.method}.`,
    },
    { code: 'METHOD_NOT_ALLOWED', allow: allow.split(', ') },
  );
}

/**
 * Last in the gateway's chain: what nothing above answered. A gateway route asked with another
 * method is 405 with Allow; anything else is a coded 404 in JSON — never the admin's index.html
 * (which answers only the admin's routes: admin-paths.ts).
 */
export function answerUnknownPaths(app: Express): void {
  app.use((req: Request, res: Response) => {
    const route = pathKind(req.path) === 'gateway' ? METHODS.find((m) => m.path.test(req.path)) : undefined;
    if (route) {
      answerMethodNotAllowed(req, res, route.allow);
      return;
    }
    answer(
      req,
      res,
      404,
      {
        vi: 'Không có địa chỉ này. Trang quản trị ở địa chỉ gốc (/), API ở /graphql.',
        en: 'No such address. The admin is at /, the API at /graphql.',
      },
      { code: 'NOT_FOUND', reason: pathKind(req.path) === 'malformed' ? 'MALFORMED_PATH' : 'NO_SUCH_ROUTE' },
    );
  });
}
