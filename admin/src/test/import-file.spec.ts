import { beforeEach, describe, expect, it } from 'vitest';
import { ApolloError } from '@apollo/client/core';
import { MAX_IMPORT_FILE_BYTES } from '@domain/scoring/import-limits';
import { createAppI18n, i18n } from '@/i18n';
import { importFileProblem } from '@/composables/import-file';
import { describeGraphQLError, describeNetworkError, operationErrors } from '@/graphql/errors';
import { importProblems } from '@/modules/criteria/composables/import-errors';

/** What the gateway answers for a request past 2 MB (json-error-handler.ts), as Apollo reports it: a network error. */
const tooLarge = {
  message: 'Yêu cầu quá lớn: tối đa 2 MB cho một yêu cầu, tệp nhập (Excel, CSV) tối đa 1,4 MB.',
  extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes: 2097152, maxFileBytes: MAX_IMPORT_FILE_BYTES },
};
const serverError = (status: number, result: unknown) =>
  new ApolloError({
    networkError: Object.assign(new Error(`Response not successful: Received status code ${status}`), { statusCode: status, result }),
  });

describe('import file size, before sending and as the server refuses it', () => {
  beforeEach(() => {
    i18n.global.locale.value = 'vi';
  });

  it('a file of the limit may be sent; one byte more is refused here with its size and the limit', () => {
    expect(importFileProblem({ size: MAX_IMPORT_FILE_BYTES })).toBeNull();
    expect(importFileProblem({ size: MAX_IMPORT_FILE_BYTES + 1 })).toBe(
      'Tệp quá lớn (1,5 MB); tối đa 1,4 MB. Hãy xóa các trang tính, cột và định dạng không cần thiết rồi lưu lại.',
    );
    expect(importFileProblem({ size: 10 * 1024 * 1024 })).toMatch(/^Tệp quá lớn \(10 MB\); tối đa 1,4 MB\./);
    i18n.global.locale.value = 'en';
    expect(importFileProblem({ size: 3 * 1024 * 1024 })).toMatch(/^The file is too large \(3 MB\); at most 1\.4 MB\./);
  });

  it('a 413 body is read as the operation’s error: coded PAYLOAD_TOO_LARGE with its Vietnamese message', () => {
    const error = serverError(413, { errors: [tooLarge] });
    expect(operationErrors(error)).toEqual([tooLarge]);
    const t = (k: string) => createAppI18n('vi').global.t(k);
    expect(describeGraphQLError(operationErrors(error)[0]!, t)).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      title: 'Tệp hoặc yêu cầu quá lớn',
      message: tooLarge.message,
    });
    // The criteria dialog lists it as the one problem (it used to show Apollo's "Received status code 413").
    expect(importProblems(error, 'x')).toEqual([{ row: null, message: tooLarge.message }]);
  });

  it('a 413 a proxy answered in HTML still says what the limit is', () => {
    const error = serverError(413, '<html><body>413 Request Entity Too Large</body></html>');
    expect(operationErrors(error)).toEqual([]);
    const t = (k: string) => createAppI18n('vi').global.t(k);
    expect(describeNetworkError(t, 413)).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      title: 'Tệp hoặc yêu cầu quá lớn',
      message: 'Tệp gửi lên quá lớn: tệp nhập (Excel, CSV) tối đa 1,4 MB.',
    });
  });
});
