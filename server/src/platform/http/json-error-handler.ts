import type { ErrorRequestHandler } from 'express';
import { MAX_IMPORT_FILE_BYTES, MAX_REQUEST_BYTES, megabytes } from '../../domain/scoring/import-limits';
import { localeFromHeader } from '../errors/app-error';

/** The body parser's limit for /graphql, at the gateway and at each subgraph. */
export const GRAPHQL_BODY_LIMIT = MAX_REQUEST_BYTES;

type BodyError = [status: number, code: string, vi: string, en: string];

const BODY_ERRORS: Record<string, BodyError> = {
  'entity.parse.failed': [400, 'BAD_REQUEST', 'Nội dung JSON của yêu cầu không hợp lệ.', 'Malformed JSON body.'],
  'entity.too.large': [
    413,
    'PAYLOAD_TOO_LARGE',
    `Yêu cầu quá lớn: tối đa ${megabytes(MAX_REQUEST_BYTES)} MB cho một yêu cầu, tệp nhập (Excel, CSV) tối đa ${megabytes(MAX_IMPORT_FILE_BYTES)} MB.`,
    `Request too large: at most ${megabytes(MAX_REQUEST_BYTES, 'en')} MB per request, ${megabytes(MAX_IMPORT_FILE_BYTES, 'en')} MB for an imported file (Excel, CSV).`,
  ],
  'encoding.unsupported': [415, 'BAD_REQUEST', 'Bảng mã của yêu cầu không được hỗ trợ.', 'Unsupported content encoding.'],
  'charset.unsupported': [415, 'BAD_REQUEST', 'Bảng mã của yêu cầu không được hỗ trợ.', 'Unsupported charset.'],
  'request.aborted': [400, 'BAD_REQUEST', 'Yêu cầu bị ngắt giữa chừng.', 'Request aborted.'],
  'request.size.invalid': [400, 'BAD_REQUEST', 'Độ dài yêu cầu không khớp.', 'Request size did not match Content-Length.'],
};

/**
 * The body parser's refusals as coded JSON in the caller's language (express would answer an HTML
 * page with a stack trace outside production), and a last resort for anything else that reaches
 * express's error path. A body past the limit is PAYLOAD_TOO_LARGE (413) with both limits stated.
 */
export function jsonErrorHandler(onUnexpected: (error: unknown) => void): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const type = (error as { type?: string }).type ?? '';
    const known = BODY_ERRORS[type];
    if (!known) onUnexpected(error);
    const [status, code, vi, en] = known ?? [500, 'INTERNAL_SERVER_ERROR', 'Lỗi hệ thống, vui lòng thử lại sau.', 'Internal server error.'];
    const extensions = code === 'PAYLOAD_TOO_LARGE' ? { code, maxBytes: MAX_REQUEST_BYTES, maxFileBytes: MAX_IMPORT_FILE_BYTES } : { code };
    const message = localeFromHeader(req.headers['accept-language']) === 'en' ? en : vi;
    res
      .status(status)
      .type('application/json')
      .send(JSON.stringify({ errors: [{ message, extensions }] }));
  };
}
