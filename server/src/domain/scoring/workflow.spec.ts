import { describe, it, expect } from 'vitest';
import {
  ROLES,
  SHEET_ACTIONS,
  SHEET_STATES,
  SHEET_TRANSITIONS,
  YEAR_STATUSES,
  availableActions,
  checkAppraisalNote,
  deadlineEnd,
  decide,
  decideYearTransition,
  explainActions,
  formatDateVi,
  isPastDeadline,
  sheetStateForYear,
  type DecisionContext,
  type Role,
  type Scope,
  type SheetAction,
  type SheetState,
  type YearPreconditions,
  type YearStatus,
} from './workflow';

const DEADLINES = { selfAssessmentDeadline: '2026-01-31', explanationDeadline: '2026-02-28', appraisalDeadline: '2026-03-31' };
/** Instants in Vietnam time (UTC+7). */
const vn = (local: string) => new Date(`${local}+07:00`);
const SCOPES: Scope[] = ['OWN_UNIT', 'ASSESSOR', 'PROVINCE', 'NONE'];

/*
 * The expected rules, written out independently of SHEET_TRANSITIONS so that a
 * change to the table breaks these tests. `ok` is a context in which the action is
 * allowed; each test then changes one dimension.
 */
interface Expected {
  who: string[]; // "ROLE/SCOPE"
  from: SheetState[];
  to: SheetState;
  years: YearStatus[];
  ok: { state: SheetState; year: YearStatus; now: Date; reason?: string };
}
const UNIT_WHO = ['UNIT_OFFICER/OWN_UNIT', 'UNIT_HEAD/OWN_UNIT'];
const APPRAISER_WHO = ['APPRAISER/ASSESSOR'];
const CHAIR_WHO = ['ASSESSOR_CHAIR/ASSESSOR'];
const ADMIN_WHO = ['PROVINCE_ADMIN/PROVINCE'];
const JAN = vn('2026-01-15T10:00:00');
const MAR = vn('2026-03-05T10:00:00');
const EXPECTED: Record<SheetAction, Expected> = {
  SAVE_SELF: {
    who: UNIT_WHO,
    from: ['DRAFT'],
    to: 'DRAFT',
    years: ['SELF_ASSESSMENT'],
    ok: { state: 'DRAFT', year: 'SELF_ASSESSMENT', now: JAN },
  },
  SUBMIT: {
    who: UNIT_WHO,
    from: ['DRAFT'],
    to: 'SUBMITTED',
    years: ['SELF_ASSESSMENT'],
    ok: { state: 'DRAFT', year: 'SELF_ASSESSMENT', now: JAN },
  },
  WITHDRAW: {
    who: UNIT_WHO,
    from: ['SUBMITTED'],
    to: 'DRAFT',
    years: ['SELF_ASSESSMENT'],
    ok: { state: 'SUBMITTED', year: 'SELF_ASSESSMENT', now: JAN },
  },
  START_APPRAISAL: {
    who: APPRAISER_WHO,
    from: ['SUBMITTED'],
    to: 'UNDER_APPRAISAL',
    years: ['SELF_ASSESSMENT', 'APPRAISAL'],
    ok: { state: 'SUBMITTED', year: 'APPRAISAL', now: MAR },
  },
  SAVE_APPRAISAL: {
    who: APPRAISER_WHO,
    from: ['UNDER_APPRAISAL', 'EXPLAINED'],
    to: 'UNDER_APPRAISAL',
    years: ['SELF_ASSESSMENT', 'APPRAISAL'],
    ok: { state: 'UNDER_APPRAISAL', year: 'APPRAISAL', now: MAR },
  },
  REQUEST_EXPLANATION: {
    who: APPRAISER_WHO,
    from: ['UNDER_APPRAISAL'],
    to: 'EXPLANATION_REQUESTED',
    years: ['SELF_ASSESSMENT', 'APPRAISAL'],
    ok: { state: 'UNDER_APPRAISAL', year: 'APPRAISAL', now: JAN },
  },
  SAVE_EXPLANATION: {
    who: UNIT_WHO,
    from: ['EXPLANATION_REQUESTED'],
    to: 'EXPLANATION_REQUESTED',
    years: ['SELF_ASSESSMENT', 'APPRAISAL'],
    ok: { state: 'EXPLANATION_REQUESTED', year: 'APPRAISAL', now: JAN },
  },
  SUBMIT_EXPLANATION: {
    who: UNIT_WHO,
    from: ['EXPLANATION_REQUESTED'],
    to: 'EXPLAINED',
    years: ['SELF_ASSESSMENT', 'APPRAISAL'],
    ok: { state: 'EXPLANATION_REQUESTED', year: 'APPRAISAL', now: JAN },
  },
  CLOSE_EXPLANATION: {
    who: APPRAISER_WHO,
    from: ['EXPLANATION_REQUESTED'],
    to: 'EXPLAINED',
    years: ['SELF_ASSESSMENT', 'APPRAISAL'],
    ok: { state: 'EXPLANATION_REQUESTED', year: 'APPRAISAL', now: MAR },
  },
  COMPLETE_APPRAISAL: {
    who: APPRAISER_WHO,
    from: ['UNDER_APPRAISAL', 'EXPLAINED'],
    to: 'APPRAISED',
    years: ['SELF_ASSESSMENT', 'APPRAISAL'],
    ok: { state: 'EXPLAINED', year: 'APPRAISAL', now: MAR },
  },
  RETURN_TO_APPRAISAL: {
    who: CHAIR_WHO,
    from: ['APPRAISED'],
    to: 'UNDER_APPRAISAL',
    years: ['SELF_ASSESSMENT', 'APPRAISAL'],
    ok: { state: 'APPRAISED', year: 'APPRAISAL', now: MAR },
  },
  APPROVE: {
    who: CHAIR_WHO,
    from: ['APPRAISED'],
    to: 'APPROVED',
    years: ['SELF_ASSESSMENT', 'APPRAISAL'],
    ok: { state: 'APPRAISED', year: 'APPRAISAL', now: MAR },
  },
  REOPEN_SELF_ASSESSMENT: {
    who: ADMIN_WHO,
    from: ['SUBMITTED', 'UNDER_APPRAISAL', 'EXPLANATION_REQUESTED', 'EXPLAINED', 'APPRAISED', 'APPROVED'],
    to: 'DRAFT',
    years: ['SELF_ASSESSMENT'],
    ok: { state: 'APPROVED', year: 'SELF_ASSESSMENT', now: MAR, reason: 'Đơn vị nộp nhầm tài liệu kiểm chứng' },
  },
  REOPEN_APPRAISAL: {
    who: ADMIN_WHO,
    from: ['APPRAISED', 'APPROVED'],
    to: 'UNDER_APPRAISAL',
    years: ['SELF_ASSESSMENT', 'APPRAISAL'],
    ok: { state: 'APPROVED', year: 'APPRAISAL', now: MAR, reason: 'Khiếu nại của đơn vị' },
  },
};

function actorOf(e: Expected): { roles: Role[]; scopes: Scope[] } {
  const [role, scope] = e.who[0]!.split('/') as [Role, Scope];
  return { roles: [role], scopes: [scope] };
}
function ctxFor(action: SheetAction, patch: Partial<DecisionContext> = {}): DecisionContext {
  const e = EXPECTED[action];
  return {
    ...actorOf(e),
    sheetState: e.ok.state,
    yearStatus: e.ok.year,
    now: e.ok.now,
    deadlines: DEADLINES,
    reason: e.ok.reason ?? null,
    ...patch,
  };
}

describe('the expected table covers every action', () => {
  it('same actions as SHEET_TRANSITIONS', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...SHEET_ACTIONS].sort());
    expect(SHEET_TRANSITIONS.map((t) => t.action).sort()).toEqual([...SHEET_ACTIONS].sort());
  });
});

describe.each(SHEET_ACTIONS)('%s', (action) => {
  const e = EXPECTED[action];

  it('is allowed in its reference context, with the expected target state', () => {
    expect(decide(action, ctxFor(action))).toEqual({ allowed: true, action, from: e.ok.state, to: e.to });
  });

  it('role × scope: allowed exactly for the expected pairs', () => {
    for (const role of ROLES) {
      for (const scope of SCOPES) {
        const d = decide(action, ctxFor(action, { roles: [role], scopes: [scope] }));
        const expected = e.who.includes(`${role}/${scope}`);
        expect({ role, scope, allowed: d.allowed }).toEqual({ role, scope, allowed: expected });
        if (!d.allowed) {
          expect(d.code).toBe('FORBIDDEN');
          const roleFits = e.who.some((w) => w.startsWith(`${role}/`));
          expect(d.reason).toBe(roleFits ? 'SCOPE' : 'ROLE');
          expect(d.reasonVi.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('sheet state: allowed exactly from the expected states', () => {
    for (const state of SHEET_STATES) {
      const d = decide(action, ctxFor(action, { sheetState: state }));
      expect({ state, allowed: d.allowed }).toEqual({ state, allowed: e.from.includes(state) });
      if (!d.allowed) expect([d.code, d.reason]).toEqual(['CONFLICT', 'STATE']);
      if (d.allowed) expect(d.to).toBe(e.to === e.ok.state ? state : e.to);
    }
  });

  it('year status: allowed exactly in the expected phases', () => {
    for (const year of YEAR_STATUSES) {
      const d = decide(action, ctxFor(action, { yearStatus: year }));
      expect({ year, allowed: d.allowed }).toEqual({ year, allowed: e.years.includes(year) });
      if (!d.allowed) expect([d.code, d.reason]).toEqual(['CONFLICT', 'YEAR_STATUS']);
    }
  });

  it('an actor with no role at all is refused', () => {
    const d = decide(action, ctxFor(action, { roles: [], scopes: ['NONE'] }));
    expect(d).toMatchObject({ allowed: false, code: 'FORBIDDEN', reason: 'ROLE' });
  });
});

describe('deadlines (inclusive until 23:59:59 Asia/Ho_Chi_Minh)', () => {
  const LAST_SECOND = (date: string) => vn(`${date}T23:59:59.999`);
  const NEXT_DAY = (date: string) => new Date(deadlineEnd(date).getTime());
  const untilCases: [SheetAction, keyof typeof DEADLINES][] = [
    ['SAVE_SELF', 'selfAssessmentDeadline'],
    ['SUBMIT', 'selfAssessmentDeadline'],
    ['WITHDRAW', 'selfAssessmentDeadline'],
    ['START_APPRAISAL', 'appraisalDeadline'],
    ['SAVE_APPRAISAL', 'appraisalDeadline'],
    ['REQUEST_EXPLANATION', 'appraisalDeadline'],
    ['SAVE_EXPLANATION', 'explanationDeadline'],
    ['SUBMIT_EXPLANATION', 'explanationDeadline'],
    ['COMPLETE_APPRAISAL', 'appraisalDeadline'],
  ];
  it.each(untilCases)('%s: open on the last second of %s, closed one millisecond later', (action, key) => {
    const date = DEADLINES[key];
    expect(decide(action, ctxFor(action, { now: LAST_SECOND(date) })).allowed).toBe(true);
    const d = decide(action, ctxFor(action, { now: NEXT_DAY(date) }));
    expect(d).toMatchObject({ allowed: false, code: 'FORBIDDEN', reason: 'DEADLINE' });
    // an extension (the effective deadline of this unit) reopens it
    const extended = { ...DEADLINES, [key]: '2026-12-31' };
    expect(decide(action, ctxFor(action, { now: NEXT_DAY(date), deadlines: extended })).allowed).toBe(true);
    // no deadline set: no limit
    expect(decide(action, ctxFor(action, { now: NEXT_DAY(date), deadlines: { ...DEADLINES, [key]: null } })).allowed).toBe(true);
  });

  it.each(['RETURN_TO_APPRAISAL', 'APPROVE', 'REOPEN_SELF_ASSESSMENT', 'REOPEN_APPRAISAL'] as const)('%s has no deadline', (action) => {
    expect(decide(action, ctxFor(action, { now: vn('2027-06-01T00:00:00') })).allowed).toBe(true);
  });

  it('exact Vietnamese message for a missed self-assessment deadline', () => {
    const d = decide('SUBMIT', ctxFor('SUBMIT', { now: vn('2026-02-01T00:00:00') }));
    expect(d).toMatchObject({ allowed: false, reasonVi: 'Đã quá hạn tự đánh giá (31/01/2026)' });
  });

  it('CLOSE_EXPLANATION only after the explanation deadline (and within the appraisal deadline)', () => {
    const close = (now: Date, deadlines = DEADLINES) => decide('CLOSE_EXPLANATION', ctxFor('CLOSE_EXPLANATION', { now, deadlines }));
    expect(close(LAST_SECOND('2026-02-28'))).toMatchObject({
      allowed: false,
      reason: 'DEADLINE',
      reasonVi: 'Chưa hết hạn giải trình (28/02/2026)',
    });
    expect(close(NEXT_DAY('2026-02-28')).allowed).toBe(true);
    expect(close(NEXT_DAY('2026-03-31'))).toMatchObject({ allowed: false, reasonVi: 'Đã quá hạn thẩm định (31/03/2026)' });
    expect(close(MAR, { ...DEADLINES, explanationDeadline: null as unknown as string })).toMatchObject({
      allowed: false,
      reasonVi: 'Chưa đặt hạn giải trình',
    });
  });

  it('deadlineEnd / isPastDeadline / formatDateVi', () => {
    expect(deadlineEnd('2026-01-31').toISOString()).toBe('2026-01-31T17:00:00.000Z');
    expect(isPastDeadline(new Date('2026-01-31T16:59:59.999Z'), '2026-01-31')).toBe(false);
    expect(isPastDeadline(new Date('2026-01-31T17:00:00.000Z'), '2026-01-31')).toBe(true);
    expect(deadlineEnd('2024-02-29').toISOString()).toBe('2024-02-29T17:00:00.000Z');
    expect(deadlineEnd('2025-12-31').toISOString()).toBe('2025-12-31T17:00:00.000Z');
    expect(formatDateVi('2026-01-05')).toBe('05/01/2026');
    expect(() => deadlineEnd('2026-02-30')).toThrow(RangeError);
    expect(() => deadlineEnd('31/01/2026')).toThrow(RangeError);
  });
});

describe('refusal messages and order of checks', () => {
  it('"Phiếu đã khóa vì đã nộp" when saving a submitted sheet (state before deadline)', () => {
    const d = decide('SAVE_SELF', ctxFor('SAVE_SELF', { sheetState: 'SUBMITTED', now: vn('2026-05-01T00:00:00') }));
    expect(d).toMatchObject({ allowed: false, code: 'CONFLICT', reasonVi: 'Phiếu đã khóa vì đã nộp' });
  });
  it('"Bạn không có quyền thẩm định đơn vị này" for an appraiser of another assessor unit', () => {
    const d = decide('SAVE_APPRAISAL', ctxFor('SAVE_APPRAISAL', { scopes: ['NONE'] }));
    expect(d).toMatchObject({ code: 'FORBIDDEN', reason: 'SCOPE', reasonVi: 'Bạn không có quyền thẩm định đơn vị này' });
  });
  it('"Kỳ đánh giá chưa mở tự đánh giá" while the year is planned', () => {
    const d = decide('SAVE_SELF', ctxFor('SAVE_SELF', { yearStatus: 'PLANNING' }));
    expect(d).toMatchObject({ code: 'CONFLICT', reason: 'YEAR_STATUS', reasonVi: 'Kỳ đánh giá chưa mở tự đánh giá' });
  });
  it('self-assessment phase over, finalized and published years', () => {
    expect(decide('SAVE_SELF', ctxFor('SAVE_SELF', { yearStatus: 'APPRAISAL' }))).toMatchObject({
      reasonVi: 'Kỳ đánh giá đã kết thúc giai đoạn tự đánh giá',
    });
    expect(decide('APPROVE', ctxFor('APPROVE', { yearStatus: 'FINALIZED' }))).toMatchObject({ reasonVi: 'Kỳ đánh giá đã chốt kết quả' });
    expect(decide('APPROVE', ctxFor('APPROVE', { yearStatus: 'PUBLISHED' }))).toMatchObject({ reason: 'YEAR_STATUS' });
  });
  it('withdraw refused once the appraisal has started', () => {
    expect(decide('WITHDRAW', ctxFor('WITHDRAW', { sheetState: 'UNDER_APPRAISAL' }))).toMatchObject({
      reasonVi: 'Không thể rút lại vì đơn vị thẩm định đã bắt đầu thẩm định',
    });
    expect(decide('WITHDRAW', ctxFor('WITHDRAW', { sheetState: 'DRAFT' }))).toMatchObject({
      reasonVi: 'Phiếu chưa nộp nên không thể rút lại',
    });
  });
  it('a unit officer of another unit; a viewer; the chair trying to appraise', () => {
    expect(decide('SUBMIT', ctxFor('SUBMIT', { roles: ['UNIT_OFFICER'], scopes: ['NONE'] }))).toMatchObject({
      reason: 'SCOPE',
      reasonVi: 'Bạn chỉ được thao tác trên phiếu tự đánh giá của đơn vị mình',
    });
    expect(decide('SUBMIT', ctxFor('SUBMIT', { roles: ['VIEWER'], scopes: ['OWN_UNIT'] }))).toMatchObject({ reason: 'ROLE' });
    expect(decide('SAVE_APPRAISAL', ctxFor('SAVE_APPRAISAL', { roles: ['ASSESSOR_CHAIR'], scopes: ['ASSESSOR'] }))).toMatchObject({
      reason: 'ROLE',
    });
    expect(decide('APPROVE', ctxFor('APPROVE', { roles: ['ASSESSOR_CHAIR'], scopes: ['PROVINCE'] }))).toMatchObject({
      reasonVi: 'Bạn không có quyền phê duyệt kết quả của đơn vị này',
    });
  });
  it('role is checked before year, year before state, state before deadline, deadline before input', () => {
    const all = {
      roles: ['VIEWER'] as Role[],
      yearStatus: 'PLANNING' as const,
      sheetState: 'APPROVED' as const,
      now: vn('2030-01-01T00:00:00'),
    };
    expect(decide('SUBMIT', ctxFor('SUBMIT', all))).toMatchObject({ reason: 'ROLE' });
    expect(decide('SUBMIT', ctxFor('SUBMIT', { ...all, roles: ['UNIT_HEAD'] }))).toMatchObject({ reason: 'YEAR_STATUS' });
    expect(decide('SUBMIT', ctxFor('SUBMIT', { ...all, roles: ['UNIT_HEAD'], yearStatus: 'SELF_ASSESSMENT' }))).toMatchObject({
      reason: 'STATE',
    });
    expect(
      decide('SUBMIT', ctxFor('SUBMIT', { ...all, roles: ['UNIT_HEAD'], yearStatus: 'SELF_ASSESSMENT', sheetState: 'DRAFT' })),
    ).toMatchObject({ reason: 'DEADLINE' });
  });
  it('reopen requires a reason (BAD_USER_INPUT)', () => {
    for (const action of ['REOPEN_SELF_ASSESSMENT', 'REOPEN_APPRAISAL'] as const) {
      expect(decide(action, ctxFor(action, { reason: '   ' }))).toMatchObject({ allowed: false, code: 'BAD_USER_INPUT', reason: 'INPUT' });
      expect(decide(action, ctxFor(action, { reason: undefined }))).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
  });
  it('unknown action', () => {
    expect(decide('DELETE' as SheetAction, ctxFor('SUBMIT'))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_ACTION' });
  });
  it('a single scope may be passed instead of a list', () => {
    expect(decide('SUBMIT', ctxFor('SUBMIT', { scopes: 'OWN_UNIT' })).allowed).toBe(true);
  });
});

describe('availableActions', () => {
  const base = { deadlines: DEADLINES, now: JAN, yearStatus: 'SELF_ASSESSMENT' as const };
  it('unit head on a draft: save, submit', () => {
    expect(availableActions({ ...base, roles: ['UNIT_HEAD'], scopes: ['OWN_UNIT'], sheetState: 'DRAFT' })).toEqual(['SAVE_SELF', 'SUBMIT']);
  });
  it('unit officer on a submitted sheet: withdraw only; after the deadline: nothing', () => {
    expect(availableActions({ ...base, roles: ['UNIT_OFFICER'], scopes: ['OWN_UNIT'], sheetState: 'SUBMITTED' })).toEqual(['WITHDRAW']);
    expect(
      availableActions({ ...base, now: vn('2026-02-01T00:00:00'), roles: ['UNIT_OFFICER'], scopes: ['OWN_UNIT'], sheetState: 'SUBMITTED' }),
    ).toEqual([]);
  });
  it('province staff who appraise and administer, on a submitted department sheet', () => {
    const ctx = {
      ...base,
      roles: ['APPRAISER', 'PROVINCE_ADMIN'] as Role[],
      scopes: ['ASSESSOR', 'PROVINCE'] as Scope[],
      sheetState: 'SUBMITTED' as const,
    };
    expect(availableActions(ctx)).toEqual(['START_APPRAISAL', 'REOPEN_SELF_ASSESSMENT']);
  });
  it('appraiser under appraisal; chair on an appraised sheet; viewer never', () => {
    const y = { ...base, yearStatus: 'APPRAISAL' as const, now: MAR };
    expect(availableActions({ ...y, roles: ['APPRAISER'], scopes: ['ASSESSOR'], sheetState: 'UNDER_APPRAISAL' })).toEqual([
      'SAVE_APPRAISAL',
      'REQUEST_EXPLANATION',
      'COMPLETE_APPRAISAL',
    ]);
    expect(availableActions({ ...y, roles: ['ASSESSOR_CHAIR'], scopes: ['ASSESSOR'], sheetState: 'APPRAISED' })).toEqual([
      'RETURN_TO_APPRAISAL',
      'APPROVE',
    ]);
    for (const state of SHEET_STATES) {
      expect(availableActions({ ...y, roles: ['VIEWER'], scopes: ['PROVINCE', 'ASSESSOR', 'OWN_UNIT'], sheetState: state })).toEqual([]);
    }
  });
  it('explainActions gives the reason of every refused action', () => {
    const list = explainActions({ ...base, roles: ['UNIT_HEAD'], scopes: ['OWN_UNIT'], sheetState: 'SUBMITTED' });
    expect(list).toHaveLength(SHEET_ACTIONS.length);
    const submit = list.find((x) => x.action === 'SUBMIT')!.decision;
    expect(submit).toMatchObject({ allowed: false, reasonVi: 'Phiếu đã khóa vì đã nộp' });
  });
  it('a province may require head-only submission with its own table', () => {
    const headOnly = SHEET_TRANSITIONS.map((r) => (r.action === 'SUBMIT' ? { ...r, who: r.who.filter((p) => p.role === 'UNIT_HEAD') } : r));
    const ctx = { ...base, roles: ['UNIT_OFFICER'] as Role[], scopes: ['OWN_UNIT'] as Scope[], sheetState: 'DRAFT' as const };
    expect(availableActions(ctx, headOnly)).toEqual(['SAVE_SELF']);
    expect(decide('SUBMIT', ctx, headOnly)).toMatchObject({ reason: 'ROLE' });
  });
});

describe('sheetStateForYear and appraisal notes', () => {
  it('FINALIZED and PUBLISHED follow the year', () => {
    expect(sheetStateForYear('APPROVED', 'APPRAISAL')).toBe('APPROVED');
    expect(sheetStateForYear('APPROVED', 'FINALIZED')).toBe('FINALIZED');
    expect(sheetStateForYear('FINALIZED', 'PUBLISHED')).toBe('PUBLISHED');
    expect(sheetStateForYear('APPROVED', 'PUBLISHED')).toBe('PUBLISHED');
    expect(sheetStateForYear('DRAFT', 'FINALIZED')).toBe('DRAFT');
  });
  it('an appraiser may change a point only with a note', () => {
    expect(checkAppraisalNote({ previousPoints: 200, newPoints: 200 })).toBeNull();
    expect(checkAppraisalNote({ previousPoints: 200, newPoints: 150, note: 'Thiếu văn bản kiểm chứng' })).toBeNull();
    expect(checkAppraisalNote({ previousPoints: 200, newPoints: 150, note: ' ', nodeCode: '1.2' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      reasonVi: 'Cần ghi chú lý do khi thay đổi điểm của tiêu chí 1.2',
    });
    expect(checkAppraisalNote({ previousPoints: null, newPoints: 0 })).not.toBeNull();
  });
});

describe('decideYearTransition', () => {
  const ok: YearPreconditions = {
    actorRoles: ['PROVINCE_ADMIN'],
    criteriaErrorCount: 0,
    bandErrorCount: 0,
    rosterSize: 10,
    unassignedUnits: 0,
    sheetCounts: { APPROVED: 10 },
  };
  it('forward path with valid preconditions', () => {
    expect(decideYearTransition('PLANNING', 'SELF_ASSESSMENT', { ...ok, sheetCounts: {} })).toEqual({
      allowed: true,
      from: 'PLANNING',
      to: 'SELF_ASSESSMENT',
      warnings: [],
    });
    expect(decideYearTransition('SELF_ASSESSMENT', 'APPRAISAL', ok).allowed).toBe(true);
    expect(decideYearTransition('APPRAISAL', 'FINALIZED', ok).allowed).toBe(true);
    expect(decideYearTransition('FINALIZED', 'PUBLISHED', ok).allowed).toBe(true);
  });
  it('only the province administrator', () => {
    expect(decideYearTransition('PLANNING', 'SELF_ASSESSMENT', { ...ok, actorRoles: ['ASSESSOR_CHAIR', 'VIEWER'] })).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
  it('cannot open self-assessment with an invalid criteria set or an empty roster', () => {
    const d = decideYearTransition('PLANNING', 'SELF_ASSESSMENT', {
      ...ok,
      rosterSize: 0,
      criteriaErrorCount: 3,
      unassignedUnits: 2,
      bandErrorCount: 1,
    });
    expect(d).toMatchObject({ allowed: false, code: 'CONFLICT' });
    if (d.allowed) return;
    expect(d.reasonVi).toBe(
      'Chưa thể mở tự đánh giá: danh sách đơn vị được đánh giá đang trống; 2 đơn vị chưa được gán khối, đơn vị đánh giá hoặc bộ chỉ số; bộ chỉ số còn 3 lỗi; cấu hình xếp loại còn 1 lỗi',
    );
    expect(decideYearTransition('PLANNING', 'SELF_ASSESSMENT', { ...ok, criteriaErrorCount: 1 }).allowed).toBe(false);
  });
  it('cannot finalize while sheets are not approved — says how many', () => {
    const d = decideYearTransition('APPRAISAL', 'FINALIZED', {
      ...ok,
      rosterSize: 12,
      sheetCounts: { APPROVED: 6, UNDER_APPRAISAL: 3, APPRAISED: 2 },
    });
    expect(d).toMatchObject({
      allowed: false,
      code: 'CONFLICT',
      reasonVi: 'Chưa thể chốt kết quả: còn 6 phiếu chưa được phê duyệt (3 đang thẩm định, 2 đã thẩm định, 1 chưa có phiếu)',
    });
  });
  it('moving to appraisal warns about units that have not submitted', () => {
    const d = decideYearTransition('SELF_ASSESSMENT', 'APPRAISAL', { ...ok, rosterSize: 10, sheetCounts: { DRAFT: 2, SUBMITTED: 7 } });
    expect(d).toMatchObject({ allowed: true, warnings: [{ vi: 'Còn 3 đơn vị chưa nộp phiếu tự đánh giá' }] });
  });
  it('publish only from FINALIZED; nothing after PUBLISHED; no skipping; no no-op', () => {
    expect(decideYearTransition('APPRAISAL', 'PUBLISHED', ok)).toMatchObject({
      reasonVi: 'Chỉ công bố được kết quả sau khi đã chốt kết quả',
    });
    expect(decideYearTransition('PUBLISHED', 'FINALIZED', { ...ok, reason: 'x' })).toMatchObject({ allowed: false, code: 'CONFLICT' });
    expect(decideYearTransition('PLANNING', 'APPRAISAL', ok)).toMatchObject({ allowed: false, code: 'CONFLICT' });
    expect(decideYearTransition('APPRAISAL', 'APPRAISAL', ok)).toMatchObject({ allowed: false });
  });
  it('backward moves need a reason; back to planning only before any submission', () => {
    expect(decideYearTransition('FINALIZED', 'APPRAISAL', ok)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(decideYearTransition('FINALIZED', 'APPRAISAL', { ...ok, reason: 'Sai sót điểm khảo sát' }).allowed).toBe(true);
    expect(decideYearTransition('APPRAISAL', 'SELF_ASSESSMENT', { ...ok, reason: 'Gia hạn' }).allowed).toBe(true);
    expect(
      decideYearTransition('SELF_ASSESSMENT', 'PLANNING', { ...ok, reason: 'Sửa bộ chỉ số', sheetCounts: { DRAFT: 10 } }).allowed,
    ).toBe(true);
    expect(
      decideYearTransition('SELF_ASSESSMENT', 'PLANNING', { ...ok, reason: 'Sửa bộ chỉ số', sheetCounts: { DRAFT: 9, SUBMITTED: 1 } }),
    ).toMatchObject({
      reasonVi: 'Không thể quay lại giai đoạn chuẩn bị: đã có 1 phiếu được nộp',
    });
  });
});
