import { MAX_IMPORT_FILE_BYTES, megabytes } from '@domain/scoring/import-limits';
import { i18n, t } from '@/i18n';

/**
 * What is wrong with a file picked for an import (survey results, a criteria set, national
 * indices) before it is sent: too large for one request (the server's limit, shared through
 * @domain), with its size and the limit. Null when it may be sent.
 */
export function importFileProblem(file: Pick<File, 'size'>): string | null {
  if (file.size <= MAX_IMPORT_FILE_BYTES) return null;
  const locale = i18n.global.locale.value === 'en' ? 'en' : 'vi';
  return t('errors.fileTooLarge', { size: megabytes(file.size, locale), max: megabytes(MAX_IMPORT_FILE_BYTES, locale) });
}
