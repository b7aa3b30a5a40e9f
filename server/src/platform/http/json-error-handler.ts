import type { ErrorRequestHandler } from 'express';

const BODY_ERRORS: Record<string, [number, string, string]> = {
  'entity.parse.failed': [400, 'Nội dung JSON của yêu cầu không hợp lệ.', 'Malformed JSON body.'],
  'entity.too.large': [413, 'Yêu cầu quá lớn (tối đa 2 MB).', 'Request body too large (2 MB at most).'],
  'encoding.unsupported': [415, 'Bảng mã của yêu cầu không được hỗ trợ.', 'Unsupported content encoding.'],
  'charset.unsupported': [415, 'Bảng mã của yêu cầu không được hỗ trợ.', 'Unsupported charset.'],
  'request.aborted': [400, 'Yêu cầu bị ngắt giữa chừng.', 'Request aborted.'],
  'request.size.invalid': [400, 'Độ dài yêu cầu không khớp.', 'Request size did not match Content-Length.'],
};

/**
 * The body parser's refusals as coded JSON (express would answer an HTML page with a stack trace
 * outside production), and a last resort for anything else that reaches express's error path.
 */
export function jsonErrorHandler(onUnexpected: (error: unknown) => void): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    const type = (error as { type?: string }).type ?? '';
    const known = BODY_ERRORS[type];
    if (!known) onUnexpected(error);
    const [status, vi, en] = known ?? [500, 'Lỗi hệ thống, vui lòng thử lại sau.', 'Internal server error.'];
    res
      .status(status)
      .type('application/json')
      .send(
        JSON.stringify({ errors: [{ message: `${vi} / ${en}`, extensions: { code: known ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] }),
      );
  };
}
