import { describe, expect, it } from 'vitest';
import {
  appraisalItemAllowed,
  appraisalReduction,
  canAssignFromRow,
  pointsVi,
  rowItem,
  suggestedRemediationTitle,
} from './appraisal-remediation';

const pts = (self: number | null, r1: number | null, r2: number | null = null, final: number | null = null) => ({
  selfPoints: self,
  round1Points: r1,
  round2Points: r2,
  finalPoints: final,
});

describe('remediation from the appraised sheet', () => {
  it('a leaf is reduced when its last appraisal is below its self points', () => {
    expect(appraisalReduction(pts(200, 150))).toEqual({ self: 200, final: 150 });
    // Round 2 restored the points: not reduced any more; the stored final wins over the rounds.
    expect(appraisalReduction(pts(200, 150, 200))).toBeNull();
    expect(appraisalReduction(pts(200, 150, 200, 175))).toEqual({ self: 200, final: 175 });
    expect(appraisalReduction(pts(200, 250))).toBeNull();
    expect(appraisalReduction(pts(200, 200))).toBeNull();
    expect(appraisalReduction(pts(null, 0))).toBeNull();
    expect(appraisalReduction(pts(200, null))).toBeNull();
    expect(appraisalReduction(undefined)).toBeNull();
  });

  it('suggests the appraisers’ opinion, else names the leaf and the points lost', () => {
    const leaf = { code: '2.3', title: 'Kiểm tra văn bản QPPL' };
    expect(suggestedRemediationTitle(leaf, { round1Note: 'Thiếu báo cáo', round2Note: ' ' }, { self: 200, final: 150 })).toBe(
      'Khắc phục hạn chế tại tiêu chí 2.3: Thiếu báo cáo',
    );
    expect(suggestedRemediationTitle(leaf, { round1Note: 'Thiếu báo cáo', round2Note: 'Vẫn thiếu' }, { self: 200, final: 150 })).toBe(
      'Khắc phục hạn chế tại tiêu chí 2.3: Vẫn thiếu',
    );
    expect(suggestedRemediationTitle(leaf, { round1Note: null, round2Note: null }, { self: 200, final: 75 })).toBe(
      'Khắc phục hạn chế tại tiêu chí 2.3 (Kiểm tra văn bản QPPL), bị trừ 1,25 điểm khi thẩm định',
    );
    expect(suggestedRemediationTitle(leaf, { round1Note: 'x'.repeat(3000), round2Note: null }, { self: 1, final: 0 })).toHaveLength(2000);
    expect([pointsVi(150), pointsVi(100), pointsVi(5), pointsVi(-30)]).toEqual(['1,5', '1', '0,05', '-0,3']);
  });

  it('the row shows a pending item first, else the latest closed one; the action only once', () => {
    const at = (d: string) => new Date(`${d}T00:00:00Z`);
    const closed = { id: 'a', sourceType: 'APPRAISAL' as const, status: 'CLOSED' as const, createdAt: at('2025-05-01') };
    const cancelled = { id: 'b', sourceType: 'APPRAISAL' as const, status: 'CANCELLED' as const, createdAt: at('2025-06-01') };
    const open = { id: 'c', sourceType: 'INSPECTION' as const, status: 'OPEN' as const, createdAt: at('2025-01-01') };
    expect(rowItem([closed, cancelled, open])?.id).toBe('c');
    expect(rowItem([closed, cancelled])?.id).toBe('a');
    expect(rowItem([cancelled])).toBeNull();

    const base = { manages: true, sheetState: 'APPRAISED' as const, reduced: true, items: [] };
    expect(canAssignFromRow(base)).toBe(true);
    expect(canAssignFromRow({ ...base, sheetState: 'PUBLISHED' })).toBe(true);
    expect(canAssignFromRow({ ...base, sheetState: 'UNDER_APPRAISAL' })).toBe(false);
    // The server's own check, whatever the admin shows: no appraisal item before the appraisal is complete.
    expect(appraisalItemAllowed('UNDER_APPRAISAL')).toBe(false);
    expect(appraisalItemAllowed('EXPLANATION_REQUESTED')).toBe(false);
    expect(appraisalItemAllowed('APPRAISED')).toBe(true);
    expect(canAssignFromRow({ ...base, manages: false })).toBe(false);
    expect(canAssignFromRow({ ...base, reduced: false })).toBe(false);
    expect(canAssignFromRow({ ...base, items: [cancelled, open] })).toBe(true);
    expect(canAssignFromRow({ ...base, items: [closed] })).toBe(false);
  });
});
