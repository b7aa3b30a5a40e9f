import { MAX_IMPORT_FILE_BYTES, megabytes } from '../../domain/scoring/import-limits';
import { badInput } from '../errors/app-error';

/**
 * An import's file (survey results, a criteria set, national indices) from its base64: refused
 * when empty or past MAX_IMPORT_FILE_BYTES, with the real limit and the file's own size.
 */
export function importFileBytes(base64: string): Buffer {
  const content = Buffer.from(base64, 'base64');
  if (content.length === 0) throw badInput('Tệp rỗng.', 'The file is empty.', { argument: 'base64', reason: 'EMPTY_FILE' });
  if (content.length > MAX_IMPORT_FILE_BYTES)
    throw badInput(
      `Tệp quá lớn (${megabytes(content.length)} MB); tối đa ${megabytes(MAX_IMPORT_FILE_BYTES)} MB. ` +
        'Hãy xóa các trang tính, cột và định dạng không cần thiết rồi lưu lại.',
      `The file is too large (${megabytes(content.length, 'en')} MB); at most ${megabytes(MAX_IMPORT_FILE_BYTES, 'en')} MB. ` +
        'Remove the worksheets, columns and formatting you do not need and save it again.',
      { argument: 'base64', reason: 'FILE_TOO_LARGE', maxBytes: MAX_IMPORT_FILE_BYTES, bytes: content.length },
    );
  return content;
}
