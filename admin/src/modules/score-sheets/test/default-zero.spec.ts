/**
 * "Mặc định 0 điểm" on the sheet (issue 11 §4): when the criteria set says so, a bonus or penalty
 * leaf the unit leaves empty stands at 0 — not missing for "Nộp phiếu", counted in "đã chấm x/y",
 * and marked "Mặc định 0" on its row (and in the appraisal while nobody has scored it). Without
 * the setting everything is as before.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { i18n } from '@/i18n';
import type { ScoreSheetFieldsFragment, SheetAction } from '@/graphql/generated/graphql';
import ScoreSheetPage from '../pages/ScoreSheetPage.vue';
import { createMockClient } from '@/test/mock-apollo';
import { defaultZeroMarks, missingForSubmit } from '../composables/submit-check';
import { computeSheet, nodesFromCriteria, type ApiCriteriaNode } from '../composables/sheet-model';
import { AREAS, criteriaOf, leaf, sheetFixture, type FixtureLeaf } from './fixture';

const ON = { bonusPenaltyDefaultZero: true };
const OFF = { bonusPenaltyDefaultZero: false };

/**
 * The fixture's areas 1–3 plus a bonus block T (T.1 empty, T.2 entered by the assessor) and a
 * penalty block D (D.1 empty, D.2 with 1 point declared by the unit).
 */
function withBonusPenalty(over: { filledScored?: boolean; entries?: (e: FixtureLeaf) => FixtureLeaf } = {}): FixtureLeaf[] {
  const base = sheetFixture().entries.map((e) =>
    over.filledScored && e.section !== 'SURVEY' ? { ...e, declaredValue: '1', selfPoints: 1, notApplicable: false } : e,
  );
  const extra = [
    leaf({ criterionId: 'lt1', code: 'T.1', title: 'Sáng kiến được công nhận', maxPoints: 1, section: 'BONUS', method: 'MANUAL' }),
    leaf({
      criterionId: 'lt2',
      code: 'T.2',
      title: 'Khen thưởng của Thủ tướng',
      maxPoints: 1,
      section: 'BONUS',
      method: 'COUNT',
      params: JSON.stringify({ pointsPerItem: 50 }),
      enteredByAssessor: true,
      assessorEntryReason: 'Theo quyết định khen thưởng',
    }),
    leaf({ criterionId: 'ld1', code: 'D.1', title: 'Chậm báo cáo', maxPoints: 2, section: 'PENALTY', method: 'YES_NO' }),
    leaf({
      criterionId: 'ld2',
      code: 'D.2',
      title: 'Để xảy ra sai phạm',
      maxPoints: 2,
      section: 'PENALTY',
      method: 'MANUAL',
      declaredValue: '1',
      selfPoints: 1,
    }),
  ];
  return [...base, ...extra].map(over.entries ?? ((e) => e));
}

const BLOCKS: [string, string, string, number, string][] = [
  ...AREAS,
  ['at', 'T', 'Điểm thưởng', 2, 'BONUS'],
  ['ad', 'D', 'Điểm trừ', 4, 'PENALTY'],
];

function sheetWith(entries: FixtureLeaf[], defaultZero: boolean, status = 'DRAFT', actions: SheetAction[] = ['SAVE_SELF', 'SUBMIT']) {
  const base = sheetFixture({}, actions);
  return sheetFixture(
    {
      status: status as ScoreSheetFieldsFragment['status'],
      entries,
      criteria: criteriaOf(BLOCKS, entries),
      group: { ...base.group, bonusPenaltyDefaultZero: defaultZero },
    },
    actions,
  );
}

function leavesOf(entries: FixtureLeaf[]): ApiCriteriaNode[] {
  const nodes = nodesFromCriteria(criteriaOf(BLOCKS, entries));
  const parents = new Set(nodes.map((n) => n.parentId));
  return nodes.filter((n) => !parents.has(n.id));
}

describe('missingForSubmit with the set’s default 0', () => {
  const entries = withBonusPenalty();
  const byId = new Map(entries.map((e) => [e.criterionId, e]));
  const missing = (defaults: typeof ON) =>
    missingForSubmit(
      leavesOf(entries),
      (id) => !!byId.get(id)?.notApplicable,
      (id) => byId.get(id)?.selfPoints ?? null,
      defaults,
    ).map((m) => m.code);

  it('off: the empty bonus and penalty leaves are missing like any other (never the assessor’s, the survey or a filled one)', () => {
    expect(missing(OFF)).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', 'D.1', 'T.1']);
  });

  it('on: they are not missing; scored leaves still are', () => {
    expect(missing(ON)).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3']);
  });

  it('a scored leaf never defaults, and a penalty declared by the unit is simply filled', () => {
    const all = leavesOf(entries);
    const node = (code: string) => all.find((n) => n.code === code)!;
    expect(defaultZeroMarks(node('1.1'), { selfPoints: null }, ON)).toEqual({ self: false, appraisal: false });
    expect(defaultZeroMarks(node('D.2'), { selfPoints: 100 }, ON)).toEqual({ self: false, appraisal: false });
    expect(defaultZeroMarks(node('T.2'), { selfPoints: null }, ON)).toEqual({ self: false, appraisal: false });
    expect(defaultZeroMarks(node('D.1'), { selfPoints: null }, ON)).toEqual({ self: true, appraisal: true });
    // Once appraised (an appraiser may impose a penalty), the appraisal no longer stands at the default.
    expect(defaultZeroMarks(node('D.1'), { selfPoints: null, finalPoints: 200 }, ON)).toEqual({ self: true, appraisal: false });
    expect(defaultZeroMarks(node('D.1'), { selfPoints: null }, OFF)).toEqual({ self: false, appraisal: false });
  });

  it('the progress counts a defaulted leaf as filled and appraised', () => {
    const nodes = nodesFromCriteria(criteriaOf(BLOCKS, entries));
    const off = computeSheet(nodes, entries, { defaults: OFF }).result.progress;
    const on = computeSheet(nodes, entries, { defaults: ON }).result.progress;
    // 11 leaves outside the survey part, 10 of them the unit's (T.2 is the assessor's and never in
    // its count); D.2 is filled; T.1 and D.1 stand at 0 with the setting.
    expect(off.total).toBe(10);
    expect(off.selfFilled).toBe(1);
    expect(on.selfFilled).toBe(3);
    expect(on.appraised - off.appraised).toBe(2);
  });
});

function mountPage(sheet: ScoreSheetFieldsFragment) {
  const mocks = createMockClient({ ScoreSheet: () => ({ data: { scoreSheet: sheet } }) });
  return mount(ScoreSheetPage, {
    props: { id: sheet.id },
    attachTo: document.body,
    global: { plugins: [i18n], provide: { [DefaultApolloClient as symbol]: mocks.client }, stubs: { teleport: true, RouterLink: true } },
  });
}

describe('the sheet with the set’s default 0', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'vi';
  });

  it('on: rows say "Mặc định 0", the progress counts them, the submit dialog does not list them', async () => {
    const w = mountPage(sheetWith(withBonusPenalty({ filledScored: true }), true));
    await flushPromises();
    expect(w.find('[data-testid="default-zero-T.1"]').text()).toBe('Mặc định 0');
    expect(w.find('[data-testid="default-zero-D.1"]').text()).toBe('Mặc định 0');
    expect(w.find('[data-testid="self-D.1"]').text()).toContain('0,00');
    // Entered by the assessor, or declared by the unit: no marker; a declared penalty stays negative.
    expect(w.find('[data-testid="default-zero-T.2"]').exists()).toBe(false);
    expect(w.find('[data-testid="default-zero-D.2"]').exists()).toBe(false);
    expect(w.find('[data-testid="self-D.2"]').text()).toBe('−1,00');
    // Everything the unit fills is filled: the count says so (the assessor's T.2 is not in it).
    expect(w.find('.sheet-head').text()).toContain('Đã chấm 10/10 tiêu chí');
    await w.find('[data-testid="action-SUBMIT"]').trigger('click');
    await flushPromises();
    // Only the assessor's T.2 lacks points, and it is not the unit's to fill: nothing is missing.
    expect(w.find('[data-testid="submit-missing"]').exists()).toBe(false);
    expect(w.find('[data-testid="confirm"]').attributes('disabled')).toBeUndefined();
    w.unmount();
  });

  it('on: typing a value in a defaulted row takes the marker away', async () => {
    const w = mountPage(sheetWith(withBonusPenalty({ filledScored: true }), true));
    await flushPromises();
    await w.find('#val-lt1').setValue('0,5');
    expect(w.find('[data-testid="default-zero-T.1"]').exists()).toBe(false);
    expect(w.find('[data-testid="self-T.1"]').text()).toBe('0,50');
    w.unmount();
  });

  it('off: no marker, and the dialog lists the empty bonus and penalty leaves', async () => {
    const w = mountPage(sheetWith(withBonusPenalty({ filledScored: true }), false));
    await flushPromises();
    expect(w.find('[data-testid^="default-zero-"]').exists()).toBe(false);
    expect(w.find('[data-testid="self-D.1"]').text()).toBe('—');
    expect(w.find('.sheet-head').text()).toContain('Đã chấm 8/10 tiêu chí');
    await w.find('[data-testid="action-SUBMIT"]').trigger('click');
    await flushPromises();
    const list = w.find('[data-testid="submit-missing"]');
    expect(list.findAll('a').map((a) => a.attributes('data-testid'))).toEqual(['missing-T.1', 'missing-D.1']);
    // Out of the unit's own 10 leaves: the assessor's T.2 is not the unit's to fill.
    expect(list.text()).toContain('còn 2/10 tiêu chí chưa tự chấm');
    w.unmount();
  });

  it('the appraiser sees "Mặc định 0" where the appraisal stands at the default, until he scores it', async () => {
    const entries = withBonusPenalty({ filledScored: true });
    const w = mountPage(sheetWith(entries, true, 'UNDER_APPRAISAL', ['SAVE_APPRAISAL', 'COMPLETE_APPRAISAL']));
    await flushPromises();
    expect(w.find('[data-testid="default-zero-appr-D.1"]').text()).toBe('Mặc định 0');
    expect(w.find('[data-testid="default-zero-appr-D.2"]').exists()).toBe(false);
    await w.find('[data-testid="appr-D.1"]').setValue('1');
    expect(w.find('[data-testid="default-zero-appr-D.1"]').exists()).toBe(false);
    w.unmount();
  });
});
