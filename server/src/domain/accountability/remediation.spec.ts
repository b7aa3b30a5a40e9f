import { describe, expect, it } from 'vitest';
import {
  isOverdue,
  remediationActions,
  remediationEdit,
  remediationEditable,
  remediationTransition,
  validateRemediation,
} from './remediation';
import { findingLabel, validateInspection } from './inspections';

describe('remediation items', () => {
  it('is overdue only once the deadline day is over in Vietnam time', () => {
    const item = { status: 'OPEN' as const, deadline: '2025-06-30' };
    // 23:59:59 on 30 June in Vietnam = 16:59:59 UTC: still on time.
    expect(isOverdue(item, new Date('2025-06-30T16:59:59Z'))).toBe(false);
    // 00:00 on 1 July in Vietnam = 17:00 UTC on 30 June: overdue, though it is still 30 June in UTC.
    expect(isOverdue(item, new Date('2025-06-30T17:00:00Z'))).toBe(true);
    // Early on the deadline day in Vietnam (still 29 June in UTC): on time.
    expect(isOverdue(item, new Date('2025-06-29T17:00:00Z'))).toBe(false);
    // Closed and cancelled items are never overdue; returned and reported ones are.
    expect(isOverdue({ ...item, status: 'CLOSED' }, new Date('2026-01-01T00:00:00Z'))).toBe(false);
    expect(isOverdue({ ...item, status: 'CANCELLED' }, new Date('2026-01-01T00:00:00Z'))).toBe(false);
    expect(isOverdue({ ...item, status: 'RETURNED' }, new Date('2026-01-01T00:00:00Z'))).toBe(true);
    expect(isOverdue({ ...item, status: 'REPORTED' }, new Date('2026-01-01T00:00:00Z'))).toBe(true);
  });

  it('follows the state machine: the unit reports, the assessor accepts or returns with a reason', () => {
    expect(remediationTransition('OPEN', 'REPORT', 'UNIT', 'Đã ban hành quy chế')).toEqual({ to: 'REPORTED' });
    expect(remediationTransition('RETURNED', 'REPORT', 'UNIT', 'Bổ sung')).toEqual({ to: 'REPORTED' });
    expect(remediationTransition('REPORTED', 'ACCEPT', 'ASSESSOR', null)).toEqual({ to: 'CLOSED' });
    expect(remediationTransition('REPORTED', 'RETURN', 'ASSESSOR', 'Thiếu minh chứng')).toEqual({ to: 'RETURNED' });
    expect(remediationTransition('CLOSED', 'REOPEN', 'ASSESSOR', 'Kiểm tra lại chưa đạt')).toEqual({ to: 'OPEN' });
    const noReason = remediationTransition('REPORTED', 'RETURN', 'ASSESSOR', '  ');
    expect('refusal' in noReason && noReason.refusal.reason).toBe('REASON_REQUIRED');
    const unitAccepts = remediationTransition('REPORTED', 'ACCEPT', 'UNIT', null);
    expect('refusal' in unitAccepts && unitAccepts.refusal.reason).toBe('REMEDIATION_SIDE');
    const assessorReports = remediationTransition('OPEN', 'REPORT', 'ASSESSOR', 'x');
    expect('refusal' in assessorReports && assessorReports.refusal.reason).toBe('REMEDIATION_SIDE');
    const closedAgain = remediationTransition('OPEN', 'ACCEPT', 'ASSESSOR', null);
    expect('refusal' in closedAgain && closedAgain.refusal.vi).toMatch(/đang khắc phục, không thể chấp nhận/);
    const reportClosed = remediationTransition('CLOSED', 'REPORT', 'UNIT', 'x');
    expect('refusal' in reportClosed && reportClosed.refusal.reason).toBe('REMEDIATION_STATE');
    expect(remediationActions('REPORTED', 'ASSESSOR')).toEqual(['ACCEPT', 'RETURN', 'CANCEL']);
    expect(remediationActions('CLOSED', 'UNIT')).toEqual([]);
    expect(validateRemediation({ title: 'Sửa quy chế', deadline: '0001-01-01' }).map((p) => p.vi)).toEqual([
      'thời hạn khắc phục phải trong khoảng năm 1900–2199',
    ]);
    expect(validateRemediation({ title: 'Sửa quy chế', deadline: '2199-12-31' })).toEqual([]);
    expect(validateRemediation({ title: ' ', deadline: '2025-02-30' }).map((p) => p.vi)).toEqual([
      'cần nêu nội dung phải khắc phục',
      'thời hạn khắc phục không hợp lệ (YYYY-MM-DD)',
    ]);
  });
});

describe('inspections', () => {
  const ok = { kind: 'CCHC', date: '2025-05-12', team: 'Đoàn kiểm tra CCHC tỉnh', decisionNumber: '12/QĐ-UBND', findings: [] };
  it('validates kind, date in the year or the next, team, decision and each finding', () => {
    expect(validateInspection(ok, 2025)).toEqual([]);
    expect(validateInspection({ ...ok, date: '2026-03-01' }, 2025)).toEqual([]);
    expect(validateInspection({ ...ok, kind: 'X', date: '2024-12-31', team: '', decisionNumber: ' ' }, 2025).map((p) => p.vi)).toEqual([
      'loại kiểm tra phải là kiểm tra CCHC hoặc kiểm tra công vụ',
      'ngày kiểm tra phải trong năm 2025 hoặc năm 2026',
      'cần nêu đoàn kiểm tra',
      'cần nêu số quyết định kiểm tra',
    ]);
    const findings = [
      { text: 'Chưa niêm yết TTHC', criterionId: 'x', quantity: null },
      { text: '', deadline: '2025-01-01' },
    ];
    expect(validateInspection({ ...ok, findings }, 2025).map((p) => p.vi)).toEqual([
      'kết luận 1: điểm trừ cần cả tiêu chí và số vi phạm (hoặc số điểm)',
      'kết luận 2: cần nêu nội dung',
      'kết luận 2: thời hạn khắc phục trước ngày kiểm tra',
    ]);
    expect(findingLabel('CONG_VU', '7/QĐ-UBND', 'Đi muộn')).toBe('Kiểm tra công vụ — QĐ 7/QĐ-UBND: Đi muộn');
  });
  it('refuses a stored finding sent twice in one save (new findings carry no id)', () => {
    const twice = [{ id: 'f1', text: 'A' }, { text: 'B' }, { text: 'C' }, { id: 'f1', text: 'A' }];
    expect(validateInspection({ ...ok, findings: twice }, 2025).map((p) => p.vi)).toEqual([
      'kết luận 4: trùng với kết luận 1 (một kết luận chỉ được gửi một lần)',
    ]);
  });
});

describe('editing an item (the assessor: text and deadline, with a reason)', () => {
  // 10:00 on 1 March 2026 in Vietnam.
  const now = new Date('2026-03-01T03:00:00Z');
  const item = { status: 'OPEN' as const, title: 'Cập nhật thủ tục', deadline: '2026-04-30' };

  it('moves the deadline and rewrites the text, saying what changed', () => {
    expect(remediationEdit(item, { deadline: '2026-06-30', reason: 'Chờ văn bản của Bộ' }, now)).toEqual({
      next: { title: 'Cập nhật thủ tục', deadline: '2026-06-30' },
      changed: { deadline: { before: '2026-04-30', after: '2026-06-30' } },
    });
    expect(remediationEdit(item, { title: '  Công khai thủ tục  ', reason: 'Rõ hơn' }, now)).toEqual({
      next: { title: 'Công khai thủ tục', deadline: '2026-04-30' },
      changed: { title: { before: 'Cập nhật thủ tục', after: 'Công khai thủ tục' } },
    });
    // Today is still on time; an overdue item's text can be corrected without moving its deadline.
    expect('next' in remediationEdit(item, { deadline: '2026-03-01', reason: 'x' }, now)).toBe(true);
    expect('next' in remediationEdit({ ...item, deadline: '2026-01-31' }, { title: 'Khác', reason: 'x' }, now)).toBe(true);
  });

  it('refuses closed and cancelled items, a missing reason, a blank text, a bad or past day, and an edit that changes nothing', () => {
    const reasonOf = (r: ReturnType<typeof remediationEdit>) => ('refusal' in r ? r.refusal.reason : null);
    expect(reasonOf(remediationEdit({ ...item, status: 'CLOSED' }, { deadline: '2026-06-30', reason: 'x' }, now))).toBe(
      'REMEDIATION_STATE',
    );
    expect(reasonOf(remediationEdit({ ...item, status: 'CANCELLED' }, { deadline: '2026-06-30', reason: 'x' }, now))).toBe(
      'REMEDIATION_STATE',
    );
    expect(remediationEdit({ ...item, status: 'CLOSED' }, { deadline: '2026-06-30', reason: 'x' }, now)).toMatchObject({
      refusal: { vi: expect.stringContaining('mở lại trước') },
    });
    expect(reasonOf(remediationEdit(item, { deadline: '2026-06-30', reason: '   ' }, now))).toBe('REASON_REQUIRED');
    expect(reasonOf(remediationEdit(item, { deadline: '2026-06-30', reason: 'x'.repeat(2001) }, now))).toBe('INVALID_REMEDIATION');
    expect(reasonOf(remediationEdit(item, { title: '   ', reason: 'x' }, now))).toBe('INVALID_REMEDIATION');
    expect(reasonOf(remediationEdit(item, { deadline: '2026-02-30', reason: 'x' }, now))).toBe('INVALID_REMEDIATION');
    const past = remediationEdit(item, { deadline: '2026-02-28', reason: 'x' }, now);
    expect(past).toMatchObject({ refusal: { reason: 'INVALID_REMEDIATION', vi: expect.stringContaining('28/02/2026') } });
    expect(reasonOf(remediationEdit(item, { title: 'Cập nhật thủ tục', deadline: '2026-04-30', reason: 'x' }, now))).toBe('NO_CHANGE');
    expect(reasonOf(remediationEdit(item, { reason: 'x' }, now))).toBe('NO_CHANGE');
    for (const status of ['OPEN', 'REPORTED', 'RETURNED'] as const) expect(remediationEditable(status)).toBe(true);
  });
});
