import { describe, expect, it } from 'vitest';
import {
  canUploadEvidence,
  EVIDENCE_UPLOAD_ROLES,
  evidenceRemovalFor,
  quotaProblem,
  quotaYearOf,
  quotaYearStart,
  withoutFile,
} from './evidence-rules';

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

describe('removing an evidence file', () => {
  it('the draft edits the self-assessment evidence, an explanation request the supplementary one; other states answer SAVE_SELF (refused by its rule)', () => {
    expect(evidenceRemovalFor('DRAFT')).toEqual({ action: 'SAVE_SELF', list: 'SELF' });
    expect(evidenceRemovalFor('EXPLANATION_REQUESTED')).toEqual({ action: 'SAVE_EXPLANATION', list: 'SUPPLEMENTARY' });
    for (const state of ['SUBMITTED', 'UNDER_APPRAISAL', 'EXPLAINED', 'APPRAISED', 'APPROVED', 'FINALIZED', 'PUBLISHED'])
      expect(evidenceRemovalFor(state).action).toBe('SAVE_SELF');
  });

  it('drops an item that is only the file, keeps a cited document without it, and says when the file is not there', () => {
    const items = [
      { fileId: 'a', documentNumber: null, title: null },
      { fileId: 'b', documentNumber: '12/QĐ-UBND', title: null },
      { fileId: null, documentNumber: null, title: 'Báo cáo' },
      { fileId: 'a', documentNumber: null, title: 'Kế hoạch' },
    ];
    expect(withoutFile(items, 'a')).toEqual([
      { fileId: 'b', documentNumber: '12/QĐ-UBND', title: null },
      { fileId: null, documentNumber: null, title: 'Báo cáo' },
      { fileId: null, documentNumber: null, title: 'Kế hoạch' },
    ]);
    expect(withoutFile(items, 'b')![0]).toEqual({ fileId: 'a', documentNumber: null, title: null });
    expect(withoutFile(items, 'zzz')).toBeNull();
    expect(withoutFile([], 'a')).toBeNull();
  });
});
