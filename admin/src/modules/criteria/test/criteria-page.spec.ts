import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { createMemoryHistory, createRouter } from 'vue-router';
import { defineComponent, h } from 'vue';
import { RouterView } from 'vue-router';
import { GraphQLError } from 'graphql';
import { i18n } from '@/i18n';
import { useSessionStore } from '@/stores/session';
import { createMockClient, type Handler } from '@/test/mock-apollo';
import { useToastStore } from '@/stores/toast';
import CriteriaPage from '../pages/CriteriaPage.vue';

const group = {
  __typename: 'UnitGroup',
  id: 'g1',
  yearId: 'y1',
  code: 'COMMUNES',
  name: 'Khối xã, đặc khu',
  assessorRule: 'PROVINCE',
  criteriaTotal: 10,
  sortOrder: 1,
  memberKinds: ['COMMUNE'],
  memberSubtypes: [],
  criteriaReopened: false,
  rosterSize: 3,
  bonusPenaltyDefaultZero: false,
};
const yearRow = {
  __typename: 'AssessmentYear',
  id: 'y1',
  provinceUnitId: 'p22',
  year: 2025,
  name: 'Chỉ số CCHC năm 2025',
  model: 'TWO_LEVEL',
  status: 'SELF_ASSESSMENT',
  selfAssessmentDeadline: '2026-01-15',
  explanationDeadline: null,
  appraisalDeadline: null,
  publicationDeadline: null,
  copiedFromYearId: null,
  rosterFrozenAt: '2025-12-01T00:00:00Z',
  updatedAt: '2025-12-01T00:00:00Z',
};
const node = (id: string, parentId: string | null, code: string, title: string, maxPoints: number, method: string | null) => ({
  __typename: 'CriteriaNode',
  id,
  parentId,
  code,
  title,
  maxPoints,
  section: 'SCORED',
  sortOrder: Number(code.split('.').pop()),
  depth: code.split('.').length,
  method,
  params: method ? '{}' : null,
  evidenceGuidance: null,
  scoringGuidance: null,
  allowNotApplicable: false,
  enteredByAssessor: false,
  assessorEntryReason: null,
  childrenTotal: method ? null : 10,
});

async function mountPage(locked: boolean, extra: Record<string, Handler> = {}) {
  const mocks = createMockClient({
    ...extra,
    YearList: () => ({ data: { assessmentYears: [yearRow] } }),
    YearDetail: () => ({
      data: {
        assessmentYear: {
          ...yearRow,
          bonusCap: null,
          penaltyCap: null,
          classificationBands: [],
          headRatings: [],
          groups: [group],
          nextStatuses: [],
        },
      },
    }),
    CriteriaSet: () => ({
      data: {
        criteriaSet: {
          __typename: 'CriteriaSet',
          yearId: 'y1',
          total: 10,
          configuredTotal: 10,
          locked,
          lockReason: locked ? 'Bộ tiêu chí đã khóa vì kỳ đánh giá đã mở tự đánh giá' : null,
          valid: true,
          group,
          nodes: [node('a1', null, '1', 'Công tác chỉ đạo', 10, null), node('c11', 'a1', '1.1', 'Kế hoạch CCHC', 10, 'YES_NO')],
          issues: [],
        },
      },
    }),
  });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/criteria', name: 'criteria', component: CriteriaPage }],
  });
  await router.push('/criteria');
  const Root = defineComponent({ render: () => h(RouterView) });
  const w = mount(Root, {
    attachTo: document.body,
    global: { plugins: [i18n, router], provide: { [DefaultApolloClient as symbol]: mocks.client }, stubs: { teleport: true } },
  });
  await flushPromises();
  await flushPromises();
  return { w, calls: mocks.calls };
}

describe('criteria page', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'vi';
    useSessionStore().start({
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      user: {
        id: 'u1',
        username: 'admin',
        fullName: 'Quản trị',
        roles: ['PROVINCE_ADMIN'],
        unit: { id: 'p22', name: 'Tỉnh Quảng Ninh', kind: 'PROVINCE' },
      },
    });
  });

  it('shows the lock reason, no editing, and the audited reopen for the admin once self-assessment has opened', async () => {
    const { w, calls } = await mountPage(true);
    expect(calls.map((c) => c.operationName)).toContain('CriteriaSet');
    expect(w.find('[data-testid="lock-reason"]').text()).toContain('Bộ tiêu chí đã khóa vì kỳ đánh giá đã mở tự đánh giá');
    expect(w.find('[data-testid="reopen"]').text()).toBe('Mở lại để chỉnh sửa');
    expect(w.find('[data-testid="save"]').exists()).toBe(false);
    expect(w.find('[data-testid="op-addChild"]').exists()).toBe(false);
    expect(w.findAll('[data-testid="node-title"]').map((i) => (i.element as HTMLInputElement).value)).toEqual([
      'Công tác chỉ đạo',
      'Kế hoạch CCHC',
    ]);
    w.unmount();
  });

  it('is editable in planning, and marks unsaved changes', async () => {
    const { w } = await mountPage(false);
    expect(w.find('[data-testid="lock-reason"]').exists()).toBe(false);
    expect(w.find('[data-testid="dirty"]').exists()).toBe(false);
    await w.findAll('[data-testid="node-title"]')[1]!.setValue('Kế hoạch CCHC năm');
    expect(w.find('[data-testid="dirty"]').text()).toBe('Có thay đổi chưa lưu');
    w.unmount();
  });

  it('the bonus/penalty "mặc định 0 điểm" box saves at once and keeps the outline being edited', async () => {
    let enabled = false;
    const { w, calls } = await mountPage(false, {
      SetBonusPenaltyDefaultZero: (v) => {
        enabled = v.enabled as boolean;
        return {
          data: {
            setBonusPenaltyDefaultZero: {
              __typename: 'CriteriaSet',
              yearId: 'y1',
              group: { __typename: 'UnitGroup', id: 'g1', bonusPenaltyDefaultZero: enabled },
            },
          },
        };
      },
    });
    const box = w.find<HTMLInputElement>('#bonus-penalty-default-zero');
    expect(w.find('label[for="bonus-penalty-default-zero"]').text()).toContain(
      'Tiêu chí điểm thưởng/điểm trừ mặc định 0 điểm khi đơn vị không kê khai',
    );
    expect(box.element.checked).toBe(false);
    expect(box.attributes('disabled')).toBeUndefined();
    // An unsaved edit of the outline…
    await w.findAll('[data-testid="node-title"]')[1]!.setValue('Kế hoạch CCHC năm');
    await box.setValue(true);
    await flushPromises();
    expect(calls.find((c) => c.operationName === 'SetBonusPenaltyDefaultZero')?.variables).toEqual({
      yearId: 'y1',
      groupId: 'g1',
      enabled: true,
    });
    expect(enabled).toBe(true);
    expect(useToastStore().toasts.map((i) => i.title)).toContain('Đã bật: tiêu chí điểm thưởng/điểm trừ để trống được tính 0 điểm.');
    expect(w.find<HTMLInputElement>('#bonus-penalty-default-zero').element.checked).toBe(true);
    // …is still there: the setting is saved on its own, the outline's draft is not reloaded.
    expect(w.findAll<HTMLTextAreaElement>('[data-testid="node-title"]')[1]!.element.value).toBe('Kế hoạch CCHC năm');
    expect(w.find('[data-testid="dirty"]').exists()).toBe(true);
    w.unmount();
  });

  it('a refused change puts the box back', async () => {
    const { w } = await mountPage(false, {
      SetBonusPenaltyDefaultZero: () => ({
        errors: [new GraphQLError('Bộ tiêu chí đã khóa.', { extensions: { code: 'FAILED_PRECONDITION' } })],
      }),
    });
    const box = w.find<HTMLInputElement>('#bonus-penalty-default-zero');
    await box.setValue(true);
    await flushPromises();
    expect(w.find<HTMLInputElement>('#bonus-penalty-default-zero').element.checked).toBe(false);
    w.unmount();
  });

  it('is disabled with the lock explanation while the set is locked', async () => {
    const { w } = await mountPage(true);
    const box = w.find<HTMLInputElement>('#bonus-penalty-default-zero');
    expect(box.attributes('disabled')).toBeDefined();
    const hint = w.find(`#${box.attributes('aria-describedby')}`);
    expect(hint.text()).toBe('Bộ tiêu chí đã khóa vì kỳ đánh giá đã mở tự đánh giá');
    w.unmount();
  });
});
