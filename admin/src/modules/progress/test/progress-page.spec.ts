import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { i18n } from '@/i18n';
import type { ScoreSheetYearsQuery } from '@/graphql/generated/graphql';
import { useSessionStore } from '@/stores/session';
import { createMockClient } from '@/test/mock-apollo';
import ProgressPage from '../pages/ProgressPage.vue';
import { filterRows, sortRows, type ProgressRow } from '../composables/progress-rows';

function row(over: Partial<ProgressRow> & { id: string; unitName: string }): ProgressRow {
  return {
    __typename: 'ScoreSheet',
    groupId: 'g-xa',
    groupName: 'Khối xã',
    assessorUnitId: 'd1',
    assessorUnitName: 'Thành phố Hạ Long',
    status: 'DRAFT',
    deadline: '2025-01-15',
    overdue: false,
    totals: { __typename: 'SheetTotals', selfTotal: 0, appraisedTotal: 0, index: null },
    progress: { __typename: 'SheetProgress', total: 40, filled: 10, appraised: 0 },
    ruleReviewCount: 0,
    ...over,
  };
}

const rows = [
  row({ id: '1', unitName: 'Xã Đồng Lâm', overdue: true, progress: { __typename: 'SheetProgress', total: 40, filled: 12, appraised: 0 } }),
  row({
    id: '2',
    unitName: 'Phường Bãi Cháy',
    status: 'SUBMITTED',
    totals: { __typename: 'SheetTotals', selfTotal: 88.5, appraisedTotal: 0, index: null },
  }),
  row({
    id: '3',
    unitName: 'Xã Bằng Cả',
    status: 'APPROVED',
    ruleReviewCount: 2,
    totals: { __typename: 'SheetTotals', selfTotal: 90, appraisedTotal: 85.25, index: 85.25 },
  }),
];

type YearRow = ScoreSheetYearsQuery['assessmentYears'][number];
const YEAR_2024: YearRow = {
  __typename: 'AssessmentYear',
  id: 'y2024',
  year: 2024,
  name: 'Chỉ số CCHC năm 2024',
  model: 'THREE_LEVEL',
  status: 'APPRAISAL',
  groups: [{ __typename: 'UnitGroup', id: 'g-xa', name: 'Khối xã' }],
};

type SessionUser = NonNullable<ReturnType<typeof useSessionStore>['user']>;
const DISTRICT_CHAIRMAN: SessionUser = {
  __typename: 'User',
  id: 'u1',
  username: 'ct.halong',
  fullName: 'Chủ tịch',
  roles: ['ASSESSOR_CHAIR'],
  unit: { __typename: 'OrgUnit', id: 'd1', name: 'Thành phố Hạ Long', kind: 'DISTRICT' },
};

function mountPage(years: YearRow[] = [YEAR_2024], sheetsOf: (yearId: string) => ProgressRow[] = () => rows, user = DISTRICT_CHAIRMAN) {
  const session = useSessionStore();
  session.user = user;
  const mocks = createMockClient({
    UnitProvince: () => ({
      data: {
        orgUnit: { __typename: 'OrgUnit', id: 'd1', kind: 'DISTRICT', ancestors: [{ __typename: 'OrgUnit', id: 'p1', kind: 'PROVINCE' }] },
      },
    }),
    ScoreSheetYears: () => ({ data: { assessmentYears: years } }),
    ProgressSheets: (variables) => {
      const list = sheetsOf(String(variables.yearId));
      return {
        data: {
          scoreSheets: {
            __typename: 'ScoreSheetConnection',
            totalCount: list.length,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: list.map((node) => ({ __typename: 'ScoreSheetEdge', node })),
          },
        },
      };
    },
  });
  return mount(ProgressPage, {
    attachTo: document.body,
    global: {
      plugins: [i18n],
      provide: { [DefaultApolloClient as symbol]: mocks.client },
      stubs: { RouterLink: { props: ['to'], template: '<a><slot /></a>' } },
      mocks: { $route: { query: {} } },
    },
  });
}

describe('progress dashboard', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'vi';
  });

  it('filters and sorts in Vietnamese order', () => {
    expect(sortRows(rows, 'unit', 1).map((r) => r.unitName)).toEqual(['Phường Bãi Cháy', 'Xã Bằng Cả', 'Xã Đồng Lâm']);
    expect(sortRows(rows, 'selfTotal', -1).map((r) => r.id)).toEqual(['3', '2', '1']);
    expect(filterRows(rows, { groupId: null, assessorUnitId: null, status: null, overdueOnly: true, term: '' }).map((r) => r.id)).toEqual([
      '1',
    ]);
    expect(
      filterRows(rows, { groupId: null, assessorUnitId: null, status: null, overdueOnly: false, term: 'dong lam' }).map((r) => r.id),
    ).toEqual(['1']);
  });
});

vi.mock('vue-router', async (orig) => ({
  ...(await orig<typeof import('vue-router')>()),
  useRoute: () => ({ query: {} }),
  useRouter: () => ({ replace: () => Promise.resolve() }),
}));

describe('progress dashboard page', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'vi';
  });

  it('shows overdue sheets in red with the deadline, and counts per status', async () => {
    const wrapper = mountPage();
    await flushPromises();
    await flushPromises();
    const overdueRow = wrapper.find('[data-testid="progress-row-Xã Đồng Lâm"]');
    expect(overdueRow.classes()).toContain('is-overdue');
    // The group's name comes from the year's groups (rows carry only its id).
    expect(overdueRow.text()).toContain('Khối xã');
    const cell = overdueRow.find('[data-testid="deadline-cell"]');
    expect(cell.classes()).toContain('overdue');
    expect(cell.text()).toBe('15/01/2025 Quá hạn');
    const onTime = wrapper.find('[data-testid="progress-row-Phường Bãi Cháy"]');
    expect(onTime.classes()).not.toContain('is-overdue');
    expect(onTime.find('[data-testid="deadline-cell"]').classes()).not.toContain('overdue');
    expect(onTime.text()).toContain('88,50');
    expect(wrapper.find('[data-testid="count-overdue"]').text()).toContain('1');
    expect(wrapper.find('[data-testid="count-APPROVED"]').text()).toContain('Đã phê duyệt');
    await wrapper.find('[data-testid="count-overdue"]').trigger('click');
    expect(wrapper.findAll('tbody tr')).toHaveLength(1);
  });

  it('a sheet whose appraised points were given under an older rule says "Cần rà soát n tiêu chí"', async () => {
    const wrapper = mountPage();
    await flushPromises();
    await flushPromises();
    expect(wrapper.find('[data-testid="review-count-Xã Bằng Cả"]').text()).toBe('Cần rà soát 2 tiêu chí');
    expect(wrapper.find('[data-testid="review-count-Phường Bãi Cháy"]').exists()).toBe(false);
  });

  it('a year without sheets for the user says so and offers the other years; filters that hide everything can be cleared', async () => {
    const y2025: YearRow = { ...YEAR_2024, id: 'y2025', year: 2025, name: 'Chỉ số CCHC năm 2025', model: 'TWO_LEVEL' };
    const wrapper = mountPage([y2025, YEAR_2024], (yearId) => (yearId === 'y2024' ? rows : []));
    await flushPromises();
    await flushPromises();
    const empty = wrapper.find('[data-testid="progress-empty-year"]');
    expect(empty.text()).toContain('Kỳ Chỉ số CCHC năm 2025 không có phiếu nào do đơn vị của bạn theo dõi.');
    await wrapper.find('[data-testid="progress-go-year-2024"]').trigger('click');
    await flushPromises();
    await flushPromises();
    expect(wrapper.findAll('tbody tr')).toHaveLength(3);
    await wrapper.find('[data-testid="filter-status"] select').setValue('EXPLAINED');
    expect(wrapper.find('[data-testid="progress-empty-filter"]').text()).toContain('Không có phiếu nào phù hợp với bộ lọc.');
    await wrapper.find('[data-testid="progress-clear-filters"]').trigger('click');
    expect(wrapper.findAll('tbody tr')).toHaveLength(3);
  });

  it('the province administrator working in Sở Nội vụ (a department) follows the whole province', async () => {
    const admin: SessionUser = {
      ...DISTRICT_CHAIRMAN,
      username: 'cchc.snv',
      roles: ['PROVINCE_ADMIN'],
      unit: { __typename: 'OrgUnit', id: 'snv', name: 'Sở Nội vụ', kind: 'DEPARTMENT' },
    };
    const wrapper = mountPage([YEAR_2024], () => rows, admin);
    await flushPromises();
    await flushPromises();
    expect(wrapper.find('.scope').text()).toBe('Toàn tỉnh');
    expect(wrapper.findAll('tbody tr')).toHaveLength(3);
    const chairman = mountPage();
    await flushPromises();
    expect(chairman.find('.scope').text()).toBe('Các xã do Thành phố Hạ Long đánh giá');
  });

  it('a district chairman starts on the units his district assesses, even when the published year shows every unit', async () => {
    const province = row({ id: '9', unitName: 'Sở Tư pháp', assessorUnitId: 'p1', assessorUnitName: 'UBND tỉnh Quảng Ninh' });
    const wrapper = mountPage([YEAR_2024], () => [...rows, province]);
    await flushPromises();
    await flushPromises();
    expect(wrapper.findAll('tbody tr')).toHaveLength(3);
    expect(wrapper.find('[data-testid="progress-row-Sở Tư pháp"]').exists()).toBe(false);
    await wrapper.find('[data-testid="filter-assessor"] select').setValue('');
    expect(wrapper.findAll('tbody tr')).toHaveLength(4);
  });
});
