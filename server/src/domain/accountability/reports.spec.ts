import { describe, expect, it } from 'vitest';
import {
  penaltyApplies,
  reportDaysLeft,
  reportPenaltyStillApplies,
  reportState,
  unitNamesVi,
  validateReportPeriod,
  vietnamDay,
} from './reports';

describe('periodic report status (Vietnam time)', () => {
  const due = '2025-07-10';
  it('a report received on the due day is on time, the next Vietnam day late', () => {
    // 23:59:59 on 10/07 in Vietnam is 16:59:59Z; 00:00 on 11/07 is 17:00Z.
    expect(vietnamDay(new Date('2025-07-10T16:59:59.999Z'))).toBe('2025-07-10');
    expect(vietnamDay(new Date('2025-07-10T17:00:00.000Z'))).toBe('2025-07-11');
    const now = new Date('2025-08-01T00:00:00Z');
    expect(reportState(due, vietnamDay(new Date('2025-07-10T16:59:59.999Z')), now)).toEqual({ status: 'ON_TIME', daysLate: null });
    expect(reportState(due, vietnamDay(new Date('2025-07-10T17:00:00.000Z')), now)).toEqual({ status: 'LATE', daysLate: 1 });
    expect(reportState(due, '2025-06-30', now).status).toBe('ON_TIME');
    expect(reportState(due, '2025-07-22', now)).toEqual({ status: 'LATE', daysLate: 12 });
  });
  it('nothing received: pending until the due day is over in Vietnam, missing from 00:00 the next day', () => {
    expect(reportState(due, null, new Date('2025-07-10T16:59:59.999Z'))).toEqual({ status: 'PENDING', daysLate: null });
    expect(reportState(due, null, new Date('2025-07-10T17:00:00.000Z'))).toEqual({ status: 'MISSING', daysLate: 1 });
    expect(reportState(due, null, new Date('2025-07-20T03:00:00Z'))).toEqual({ status: 'MISSING', daysLate: 10 });
    expect(reportState(due, null, new Date('2025-01-01T00:00:00Z')).status).toBe('PENDING');
  });
  it('only late and missing reports can be penalised; days left count Vietnam days', () => {
    expect(['ON_TIME', 'LATE', 'MISSING', 'PENDING'].filter((s) => penaltyApplies(s as never))).toEqual(['LATE', 'MISSING']);
    expect(reportDaysLeft(new Date('2025-07-10T16:59:00Z'), due)).toBe(0);
    expect(reportDaysLeft(new Date('2025-07-10T17:00:00Z'), due)).toBe(-1);
    expect(reportDaysLeft(new Date('2025-07-01T02:00:00Z'), due)).toBe(9);
  });
  it('refuses bad periods with Vietnamese reasons', () => {
    const ok = { kind: 'HALF_YEAR', title: 'Báo cáo CCHC 6 tháng đầu năm', dueDate: '2025-06-15', groupIds: ['g1'] };
    expect(validateReportPeriod(ok, 2025, ['g1', 'g2'])).toEqual([]);
    expect(validateReportPeriod({ ...ok, dueDate: '2026-12-31' }, 2025, ['g1'])).toEqual([]);
    expect(validateReportPeriod({ ...ok, dueDate: '2027-01-01' }, 2025, ['g1'])[0].vi).toMatch(/trong năm 2025 hoặc năm 2026/);
    expect(validateReportPeriod({ ...ok, kind: 'MONTH' }, 2025, ['g1'])[0].vi).toMatch(/quý, 6 tháng hoặc năm/);
    expect(validateReportPeriod({ ...ok, dueDate: '2025-02-30' }, 2025, ['g1'])[0].vi).toMatch(/hạn gửi không hợp lệ/);
    expect(validateReportPeriod({ ...ok, dueDate: '2024-12-31' }, 2025, ['g1'])[0].vi).toMatch(/trong năm 2025/);
    expect(validateReportPeriod({ ...ok, groupIds: [] }, 2025, ['g1'])[0].vi).toMatch(/ít nhất một khối/);
    expect(validateReportPeriod({ ...ok, groupIds: ['x'] }, 2025, ['g1'])[0].vi).toMatch(/không thuộc kỳ đánh giá/);
    expect(validateReportPeriod({ ...ok, title: ' ' }, 2025, ['g1'])[0].vi).toMatch(/tên kỳ báo cáo/);
  });
});

describe('an applied report penalty after its period or report changes', () => {
  const now = new Date('2025-09-01T00:00:00Z');
  const period = { dueDate: '2025-07-10', groupIds: ['g1'], penaltyLeafCode: 'D.1' };
  const late = { groupId: 'g1', receivedOn: '2025-07-15', leafCode: 'D.1' };
  it('holds while the report is still late or missing, in a group that reports, on the same leaf', () => {
    expect(reportPenaltyStillApplies(period, late, now)).toBe(true);
    expect(reportPenaltyStillApplies(period, { ...late, receivedOn: null }, now)).toBe(true);
    expect(reportPenaltyStillApplies({ ...period, dueDate: '2025-07-14' }, late, now)).toBe(true);
  });
  it('fails once the due day moves past the report, the group stops reporting, or the leaf changes', () => {
    expect(reportPenaltyStillApplies({ ...period, dueDate: '2025-07-15' }, late, now)).toBe(false);
    expect(reportPenaltyStillApplies({ ...period, dueDate: '2025-09-30' }, { ...late, receivedOn: null }, now)).toBe(false);
    expect(reportPenaltyStillApplies({ ...period, groupIds: ['g2'] }, late, now)).toBe(false);
    expect(reportPenaltyStillApplies({ ...period, penaltyLeafCode: 'D.2' }, late, now)).toBe(false);
    expect(reportPenaltyStillApplies(period, { ...late, receivedOn: '2025-07-10' }, now)).toBe(false);
  });
  it('names at most five units', () => {
    expect(unitNamesVi(['A', 'B'])).toBe('A, B');
    expect(unitNamesVi(['A', 'B', 'C', 'D', 'E', 'F', 'G'])).toBe('A, B, C, D, E và 2 đơn vị khác');
  });
});
