import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Request, Response } from 'express';
import { appReadOnly } from '../platform/auth/request-context';
import { INTERNAL_TOKEN_HEADER, REQUEST_ID_HEADER, signInternalToken, type Actor } from '../platform/auth/tokens';
import { AppError, localeFromHeader, notFound } from '../platform/errors/app-error';
import type { Logger } from '../platform/logging/logger';
import { answerMethodNotAllowed } from './unknown-paths';

const FILE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Headers of the subgraph's answer that reach the client (nosniff included: a file must never be sniffed as HTML). */
const PASSED_RESPONSE_HEADERS = ['content-type', 'content-length', 'content-disposition', 'cache-control', 'x-content-type-options'];

export type FileRoute = { kind: 'upload'; query: string } | { kind: 'download'; id: string };

/**
 * The only two things /files does: upload (`POST /files`, optional `?name=`) and download
 * (`GET|HEAD /files/<uuid>`). The path is taken apart and rebuilt from what was checked, never
 * appended raw: `/files/%2e%2e/graphql` once reached a subgraph's /graphql with a freshly signed
 * internal token. `url` is the request URL relative to the /files mount (express's `req.url`).
 */
export function fileRoute(method: string, url: string): FileRoute | null {
  const queryAt = url.indexOf('?');
  const rawPath = queryAt === -1 ? url : url.slice(0, queryAt);
  const rawQuery = queryAt === -1 ? '' : url.slice(queryAt + 1);
  if (method === 'POST' && (rawPath === '' || rawPath === '/')) {
    const name = new URLSearchParams(rawQuery).get('name');
    return { kind: 'upload', query: name === null ? '' : `?${new URLSearchParams({ name }).toString()}` };
  }
  if (method !== 'GET' && method !== 'HEAD') return null;
  // No decoding, no dot segments, no second slash: an id is 36 plain characters.
  const match = /^\/([^/]*)$/.exec(rawPath);
  if (!match || !FILE_ID.test(match[1])) return null;
  return { kind: 'download', id: match[1].toLowerCase() };
}

/**
 * The methods a /files path takes when it names one of the two routes (the mount itself, or one
 * file id as fileRoute reads it), whatever the method asked: a wrong method there is a 405 with
 * Allow, as on the gateway's other routes (unknown-paths.ts). Null for any other path (404).
 */
export function fileRouteAllow(url: string): string | null {
  const queryAt = url.indexOf('?');
  const rawPath = queryAt === -1 ? url : url.slice(0, queryAt);
  if (rawPath === '' || rawPath === '/') return 'POST';
  const match = /^\/([^/]*)$/.exec(rawPath);
  return match && FILE_ID.test(match[1]) ? 'GET, HEAD' : null;
}

const hasBody = (req: Request) =>
  req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0');

export interface FileProxyOptions {
  /** Base URL of the scoring subgraph (without /graphql). */
  scoringBase: string;
  internalSecret: string;
  log: Logger;
  identify: (req: Request, res: Response) => Promise<Actor>;
}

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, TOO_MANY_REQUESTS: 429 };

/** Evidence files travel over plain HTTP (GraphQL multipart does not pass through the gateway). */
export function fileProxy(options: FileProxyOptions) {
  return async (req: Request, res: Response): Promise<void> => {
    const locale = localeFromHeader(req.headers['accept-language']);
    const requestId = String(req.headers[REQUEST_ID_HEADER] ?? randomUUID()).slice(0, 64);
    try {
      const route = fileRoute(req.method, req.url);
      if (!route) {
        const allow = fileRouteAllow(req.url);
        if (allow) {
          // A body sent along (PUT, POST to a file) is not wanted: read away (the client sees the answer,
          // not a reset) and the connection closed after the answer, so no client reuses a socket
          // whose request was answered before it was read.
          if (hasBody(req)) {
            res.setHeader('connection', 'close');
            req.resume();
          }
          answerMethodNotAllowed(req, res, allow);
          return;
        }
        throw notFound('Không có địa chỉ này.', 'No such address.', { reason: 'NO_SUCH_ROUTE' });
      }
      const actor = await options.identify(req, res);
      // Evidence files are never published results.
      if (actor.kind === 'app') throw appReadOnly();
      const token = await signInternalToken({ actor, requestId, clientIp: req.ip ?? '' }, options.internalSecret);
      const headers: Record<string, string> = { [INTERNAL_TOKEN_HEADER]: token, [REQUEST_ID_HEADER]: requestId, 'accept-language': locale };
      for (const name of ['content-type', 'content-length', 'x-file-name']) {
        const value = req.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      const target = route.kind === 'upload' ? `${options.scoringBase}/files${route.query}` : `${options.scoringBase}/files/${route.id}`;
      const upstream = await fetch(target, {
        method: req.method,
        headers,
        body: route.kind === 'upload' ? (Readable.toWeb(req) as ReadableStream) : undefined,
        duplex: 'half',
        redirect: 'manual',
      } as RequestInit);
      res.status(upstream.status);
      for (const name of PASSED_RESPONSE_HEADERS) {
        const value = upstream.headers.get(name);
        if (value) res.setHeader(name, value);
      }
      if (upstream.body && req.method !== 'HEAD') Readable.fromWeb(upstream.body as import('node:stream/web').ReadableStream).pipe(res);
      else res.end();
    } catch (error) {
      const appError =
        error instanceof AppError ? error : new AppError('INTERNAL_SERVER_ERROR', { vi: 'Lỗi hệ thống.', en: 'Internal error.' });
      if (!(error instanceof AppError)) options.log.error({ requestId, err: error }, 'file proxy failed');
      if (req.method === 'POST' && !req.readableEnded) req.resume();
      res.status(STATUS[appError.code] ?? 500).json({
        errors: [{ message: appError.message_(locale), extensions: { code: appError.code, ...appError.details } }],
      });
    }
  };
}
