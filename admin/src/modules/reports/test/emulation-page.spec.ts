import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { defineComponent, h } from 'vue';
import type { Role } from '@/graphql/generated/graphql';
import { i18n } from '@/i18n';
import { useSessionStore } from '@/stores/session';
import { createMockClient } from '@/test/mock-apollo';
import EmulationPage from '../pages/EmulationPage.vue';

const group = {
  __typename: 'UnitGroup',
  id: 'g1',
  yearId: 'y1',
  code: 'COMMUNES',
  name: 'Khối xã, phường',
  assessorRule: 'PROVINCE',
  criteriaTotal: 100,
  sortOrder: 1,
  memberKinds: ['COMMUNE'],
  memberSubtypes: [],
  criteriaReopened: false,
  rosterSize: 2,
  bonusPenaltyDefaultZero: false,
};
const yearOf = (status: string) => ({
  __typename: 'AssessmentYear',
  id: 'y1',
  provinceUnitId: 'p22',
  year: 2025,
  name: 'Chỉ số CCHC năm 2025',
  model: 'TWO_LEVEL',
  status,
  selfAssessmentDeadline: null,
  explanationDeadline: null,
  appraisalDeadline: null,
  publicationDeadline: null,
  copiedFromYearId: null,
  rosterFrozenAt: null,
  updatedAt: '2026-04-01T00:00:00Z',
});
const row = (unitId: string, unitName: string, rank: number, eligible: boolean, lateReports: number | null) => ({
  __typename: 'EmulationRow',
  unitId,
  unitName,
  unitCode: unitId,
  index: 90 - rank,
  rank,
  classification: { __typename: 'Classification', code: 'GOOD', label: 'Tốt', color: '#2e7d32' },
  overdueRemediation: 0,
  missingReports: 0,
  lateReports,
  initiatives: 0,
  eligible,
  reasons: [],
});

async function mountAs(roles: Role[], status: string) {
  setActivePinia(createPinia());
  useSessionStore().start({
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    user: { id: 'u1', username: 'canbo.ansinh', fullName: 'Cán bộ', roles, unit: { id: 'c1', name: 'Phường An Sinh', kind: 'COMMUNE' } },
  });
  const year = yearOf(status);
  const mocks = createMockClient({
    ProvinceOfUnit: () => ({
      data: {
        orgUnit: {
          __typename: 'OrgUnit',
          id: 'c1',
          kind: 'COMMUNE',
          ancestors: [{ __typename: 'OrgUnit', id: 'p22', kind: 'PROVINCE', name: 'Tỉnh Quảng Ninh' }],
        },
      },
    }),
    YearList: () => ({ data: { assessmentYears: [year] } }),
    YearDetail: () => ({
      data: {
        assessmentYear: {
          ...year,
          bonusCap: null,
          penaltyCap: null,
          classificationBands: [],
          headRatings: [],
          groups: [group],
          nextStatuses: [],
        },
      },
    }),
    EmulationList: () => ({
      data: {
        emulationList: {
          __typename: 'EmulationList',
          yearId: 'y1',
          year: 2025,
          groupId: 'g1',
          groupName: group.name,
          provisional: false,
          canEditRule: false,
          rule: {
            __typename: 'EmulationRuleView',
            minClassification: 'GOOD',
            excludeOverdueRemediation: true,
            excludeMissingReports: true,
            excludeLateReports: false,
            isDefault: true,
          },
          rows: [row('c2', 'Phường Hồng Gai', 1, true, null), row('c1', 'Phường An Sinh', 2, true, 1)],
        },
      },
    }),
    Initiatives: () => ({ data: { initiatives: [] } }),
  });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/emulation', name: 'emulation', component: EmulationPage }],
  });
  await router.push('/emulation');
  const w = mount(defineComponent({ render: () => h(RouterView) }), {
    attachTo: document.body,
    global: { plugins: [i18n, router], provide: { [DefaultApolloClient as symbol]: mocks.client }, stubs: { teleport: true } },
  });
  for (let i = 0; i < 4; i++) await flushPromises();
  return { w, calls: mocks.calls };
}

describe('commendation page for a unit’s officer', () => {
  beforeEach(() => {
    i18n.global.locale.value = 'vi';
  });

  it('before publication it says when the list opens and asks the server for nothing provisional', async () => {
    const { w, calls } = await mountAs(['UNIT_OFFICER'], 'FINALIZED');
    expect(w.find('[data-testid="emulation-awaiting-publication"]').text()).toContain(
      'Danh sách xét khen thưởng được công khai khi kết quả năm đã công bố.',
    );
    expect(calls.map((c) => c.operationName)).not.toContain('EmulationList');
    w.unmount();
  });

  it('once published it shows the whole published list, without the assessor’s buttons', async () => {
    const { w } = await mountAs(['UNIT_OFFICER'], 'PUBLISHED');
    expect(w.find('[data-testid="emulation-awaiting-publication"]').exists()).toBe(false);
    expect(w.findAll('tbody tr').map((r) => r.find('th').text())).toEqual(['Phường Hồng Gai', 'Phường An Sinh']);
    // Another unit's late reports are not his to know (null → "—"); his own are.
    expect(w.find('[data-testid="eligible-row-c2"]').findAll('td')[5].text()).toBe('—');
    expect(w.find('[data-testid="eligible-row-c1"]').findAll('td')[5].text()).toBe('1');
    expect(w.find('[data-testid="add-initiative"]').exists()).toBe(false);
    expect(w.find('[data-testid="save-rule"]').exists()).toBe(false);
    w.unmount();
  });
});
