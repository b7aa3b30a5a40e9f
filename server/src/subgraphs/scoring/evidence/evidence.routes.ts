import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { assertMayUpload, assertWithinQuota } from './upload-limits';
import busboy from 'busboy';
import type { Express, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { requireUser } from '../../../platform/auth/request-context';
import { INTERNAL_TOKEN_HEADER, REQUEST_ID_HEADER, verifyInternalToken, type Actor } from '../../../platform/auth/tokens';
import type { AppConfig } from '../../../platform/config/config';
import { AppError, forbidden, localeFromHeader, notFound, badInput, type Locale } from '../../../platform/errors/app-error';
import type { Logger } from '../../../platform/logging/logger';
import { EvidenceFileEntity } from './evidence-file.entity';
import type { FileStorage } from './file-storage';
import { fileTooLarge, storeUpload, type UploadedFile } from './evidence.service';

export interface EvidenceRouteDeps {
  db: DataSource;
  config: AppConfig;
  log: Logger;
  storage: FileStorage;
  /** Whether the actor may read the sheet a file is attached to (delegation rules). */
  canReadSheet: (actor: Actor, sheetId: string, requestId: string) => Promise<boolean>;
}

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  FILE_TOO_LARGE: 413,
  UNSUPPORTED_FILE_TYPE: 415,
};

/** Multipart framing adds a few hundred bytes around the file; allow for it in the early check. */
const MULTIPART_OVERHEAD = 64 * 1024;
/** After a refusal we read (and drop) at most this much more so the client sees our answer. */
const DRAIN_LIMIT = 64 * 1024 * 1024;

function sendError(res: Response, error: AppError, locale: Locale): void {
  const reason = typeof error.details.reason === 'string' ? error.details.reason : null;
  const status = STATUS[reason ?? error.code] ?? STATUS[error.code] ?? 500;
  res.status(status).json({ errors: [{ message: error.message_(locale), extensions: { code: error.code, ...error.details } }] });
}

/**
 * A client (or the gateway's proxy) that is still sending when we refuse would see a reset
 * instead of our 413/415: read the rest of the body away first, up to a bound.
 */
function drainThen(req: Request, respond: () => void): void {
  if (req.readableEnded || req.destroyed) return respond();
  let seen = 0;
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    respond();
  };
  req.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > DRAIN_LIMIT) {
      finish();
      req.destroy();
    }
  });
  req.once('end', finish);
  req.once('close', finish);
  req.once('error', finish);
  req.resume();
}

async function identify(req: Request, config: AppConfig): Promise<{ actor: Actor; requestId: string }> {
  const header = req.headers[INTERNAL_TOKEN_HEADER];
  const claims = await verifyInternalToken(Array.isArray(header) ? header[0] : header, config.internalSecret);
  return { actor: claims.actor, requestId: claims.requestId || String(req.headers[REQUEST_ID_HEADER] ?? randomUUID()) };
}

function decodeHeaderName(value: string | undefined): string {
  if (!value) return '';
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Reads the one file of a multipart/form-data body (further files and fields are ignored). */
function readMultipart(req: Request, handle: (name: string, stream: Readable) => Promise<UploadedFile>): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { files: 1, fields: 20, fieldSize: 64 * 1024 } });
    } catch {
      reject(badInput('Dữ liệu multipart không hợp lệ.', 'Malformed multipart body.'));
      return;
    }
    let started = false;
    parser.on('file', (_field, stream, info) => {
      started = true;
      handle(info.filename ?? '', stream).then(resolve, (error: unknown) => {
        stream.resume();
        reject(error);
      });
    });
    parser.on('error', (error) =>
      reject(error instanceof Error ? badInput('Dữ liệu multipart không hợp lệ.', 'Malformed multipart body.') : error),
    );
    parser.on('close', () => {
      if (!started) reject(badInput('Không có tệp nào trong yêu cầu tải lên.', 'The upload contains no file.'));
    });
    req.pipe(parser);
  });
}

/**
 * Evidence upload and download, mounted on the scoring subgraph and reached through the
 * gateway's /files proxy. Like GraphQL, every request must carry the gateway's internal token.
 *
 * POST /files — body: the raw file (name in `X-File-Name`, URI-encoded, or `?name=`) or
 *   multipart/form-data with one file part. 201 → { id, fileName, size, sha256, contentType }.
 * GET /files/:id — the bytes, as an attachment.
 */
export function mountEvidenceRoutes(app: Express, deps: EvidenceRouteDeps): void {
  const quota = { bytes: deps.config.uploadQuotaBytesPerUnitYear, files: deps.config.uploadQuotaFilesPerUnitYear };
  const uploadDeps = { db: deps.db, storage: deps.storage, maxBytes: deps.config.uploadMaxBytes, quota };

  app.post('/files', async (req: Request, res: Response) => {
    const locale = localeFromHeader(req.headers['accept-language']);
    try {
      const { actor, requestId } = await identify(req, deps.config);
      const user = requireUser({ actor });
      assertMayUpload(user);
      const multipart = /^multipart\/form-data/i.test(req.headers['content-type'] ?? '');
      const declared = Number(req.headers['content-length'] ?? NaN);
      if (Number.isFinite(declared) && declared > deps.config.uploadMaxBytes + (multipart ? MULTIPART_OVERHEAD : 0)) {
        throw fileTooLarge(deps.config.uploadMaxBytes);
      }
      // Before any byte is stored: the declared size (multipart framing aside) must fit what is left.
      const declaredFile = Number.isFinite(declared) ? Math.max(0, declared - (multipart ? MULTIPART_OVERHEAD : 0)) : 0;
      await assertWithinQuota(deps.db, user.unitId, declaredFile, quota);
      const handle = (name: string, stream: Readable) => storeUpload(uploadDeps, user, name, stream);
      const uploaded = multipart
        ? await readMultipart(req, handle)
        : await handle(decodeHeaderName(req.headers['x-file-name'] as string | undefined) || String(req.query.name ?? ''), req);
      deps.log.info({ requestId, fileId: uploaded.id, size: uploaded.size, userId: user.userId }, 'evidence file uploaded');
      res.status(201).json(uploaded);
    } catch (error) {
      const appError = error instanceof AppError ? error : null;
      if (!appError) deps.log.error({ err: error }, 'evidence upload failed');
      drainThen(req, () =>
        sendError(res, appError ?? new AppError('INTERNAL_SERVER_ERROR', { vi: 'Lỗi hệ thống.', en: 'Internal error.' }), locale),
      );
    }
  });

  app.get('/files/:id', async (req: Request, res: Response) => {
    const locale = localeFromHeader(req.headers['accept-language']);
    try {
      const { actor, requestId } = await identify(req, deps.config);
      const user = requireUser({ actor });
      const id = String(req.params.id);
      const missing = notFound('Không tìm thấy tệp minh chứng.', 'Evidence file not found.');
      if (!/^[0-9a-f-]{36}$/i.test(id)) throw missing;
      const file = await deps.db.getRepository(EvidenceFileEntity).findOneBy({ id });
      if (!file) throw missing;
      const allowed = file.sheetId ? await deps.canReadSheet(actor, file.sheetId, requestId) : file.uploadedBy === user.userId;
      if (!allowed) throw forbidden('Bạn không có quyền xem tệp minh chứng này.', 'You are not allowed to read this evidence file.');
      const stream = await deps.storage.get(file.id);
      if (!stream) throw missing;
      res.status(200);
      res.setHeader('content-type', file.contentType);
      res.setHeader('content-length', String(file.size));
      res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
      res.setHeader('cache-control', 'private, no-store');
      res.setHeader('x-content-type-options', 'nosniff');
      stream.on('error', (error) => {
        deps.log.error({ err: error, fileId: file.id }, 'evidence download failed');
        res.destroy(error);
      });
      stream.pipe(res);
    } catch (error) {
      const appError = error instanceof AppError ? error : null;
      if (!appError) deps.log.error({ err: error }, 'evidence download failed');
      sendError(res, appError ?? new AppError('INTERNAL_SERVER_ERROR', { vi: 'Lỗi hệ thống.', en: 'Internal error.' }), locale);
    }
  });
}
