import { describe, expect, it } from 'vitest';
import { canUploadEvidence, EVIDENCE_UPLOAD_ROLES, quotaProblem, quotaYearOf, quotaYearStart } from './evidence-rules';

describe('evidence rules', () => {
  it('only the roles that save a sheet’s evidence may upload', () => {
    expect([...EVIDENCE_UPLOAD_ROLES].sort()).toEqual(['UNIT_HEAD', 'UNIT_OFFICER']);
    expect(canUploadEvidence(['VIEWER'])).toBe(false);
    expect(canUploadEvidence(['PROVINCE_ADMIN', 'APPRAISER'])).toBe(false);
    expect(canUploadEvidence(['VIEWER', 'UNIT_OFFICER'])).toBe(true);
  });

  it('the quota year is the calendar year in Vietnam', () => {
    expect(quotaYearOf(new Date('2025-12-31T16:59:59Z'))).toBe(2025);
    expect(quotaYearOf(new Date('2025-12-31T17:00:00Z'))).toBe(2026);
    expect(quotaYearStart(2026).toISOString()).toBe('2025-12-31T17:00:00.000Z');
  });

  it('refuses the file that would pass the byte or file count', () => {
    const quota = { bytes: 100, files: 3 };
    expect(quotaProblem({ bytes: 50, files: 1 }, 50, quota)).toBeNull();
    expect(quotaProblem({ bytes: 50, files: 1 }, 51, quota)).toBe('BYTES');
    expect(quotaProblem({ bytes: 0, files: 3 }, 1, quota)).toBe('FILES');
  });
});
