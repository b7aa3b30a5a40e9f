import { describe, expect, it } from 'vitest';
import { compareTasks, daysLeft, sheetTask } from './tasks';

describe('inbox rules', () => {
  it('counts calendar days in Vietnam time: the deadline day itself is 0, the day after -1', () => {
    // 2026-01-31 16:59Z is 23:59 on the 31st in Vietnam; 17:00Z is already 1 February there.
    expect(daysLeft(new Date('2026-01-31T16:59:00Z'), '2026-01-31')).toBe(0);
    expect(daysLeft(new Date('2026-01-31T17:00:00Z'), '2026-01-31')).toBe(-1);
    expect(daysLeft(new Date('2026-01-20T03:00:00Z'), '2026-01-31')).toBe(11);
    expect(daysLeft(new Date('2025-12-31T18:00:00Z'), '2026-01-01')).toBe(0);
  });

  it('maps what the user may do now to one task', () => {
    expect(sheetTask(['SAVE_SELF', 'SUBMIT'], { filled: 3, total: 41 })).toEqual({ kind: 'FILL', deadlineKey: 'selfAssessmentDeadline' });
    expect(sheetTask(['SAVE_SELF', 'SUBMIT'], { filled: 41, total: 41 })?.kind).toBe('SUBMIT');
    expect(sheetTask(['SAVE_EXPLANATION', 'SUBMIT_EXPLANATION'], { filled: 41, total: 41 })?.kind).toBe('EXPLAIN');
    expect(sheetTask(['START_APPRAISAL'], { filled: 41, total: 41 })?.deadlineKey).toBe('appraisalDeadline');
    expect(sheetTask(['APPROVE', 'RETURN_TO_APPRAISAL'], { filled: 41, total: 41 })).toEqual({ kind: 'APPROVE', deadlineKey: null });
    // The administrator's reopen overrides are corrections, not work waiting for him.
    expect(sheetTask(['REOPEN_SELF_ASSESSMENT', 'REOPEN_APPRAISAL'], { filled: 0, total: 41 })).toBeNull();
    expect(sheetTask(['WITHDRAW'], { filled: 41, total: 41 })).toBeNull();
  });

  it('orders overdue first, then the nearest deadline, undated last, older years first on a tie', () => {
    const c = new Intl.Collator('vi');
    const tasks = [
      { title: 'Phê duyệt', year: 2025, daysLeft: null },
      { title: 'Giải trình', year: 2024, daysLeft: 3 },
      { title: 'Thẩm định', year: 2024, daysLeft: -1 },
      { title: 'Phê duyệt', year: 2024, daysLeft: null },
    ];
    expect([...tasks].sort((a, b) => compareTasks(a, b, c)).map((t) => `${t.year} ${t.title}`)).toEqual([
      '2024 Thẩm định',
      '2024 Giải trình',
      '2024 Phê duyệt',
      '2025 Phê duyệt',
    ]);
  });
});
