import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { i18n } from '@/i18n';
import type { YearDetailFragment } from '@/graphql/generated/graphql';
import { createMockClient } from '@/test/mock-apollo';
import AssignmentsPanel from '../components/AssignmentsPanel.vue';

const group = (id: string, code: string) => ({
  __typename: 'UnitGroup' as const,
  id,
  yearId: 'y1',
  code,
  name: code,
  assessorRule: 'PROVINCE',
  criteriaTotal: 100,
  sortOrder: 1,
  memberKinds: [],
  memberSubtypes: [],
  criteriaReopened: false,
  rosterSize: 2,
});

const YEAR = {
  __typename: 'AssessmentYear',
  id: 'y1',
  name: 'Chỉ số CCHC năm 2025',
  status: 'APPRAISAL',
  groups: [group('g1', 'DEPARTMENTS'), group('g2', 'COMMUNES')],
} as unknown as YearDetailFragment;

const user = (id: string, fullName: string, roles: string[]) => ({
  __typename: 'User',
  id,
  username: id,
  fullName,
  roles,
  active: true,
  unit: { __typename: 'OrgUnit', id: 'p1', name: 'Sở Nội vụ' },
});

const rosterEntry = (unitId: string, unitName: string) => ({
  __typename: 'RosterEntry',
  id: `r-${unitId}`,
  unitId,
  unitName,
  unitCode: unitId,
  unitKind: 'COMMUNE',
  unitSubtype: 'xã',
  groupId: 'g2',
  assessorUnitId: 'p1',
  assessorUnitName: 'Tỉnh',
  parentDistrictId: null,
  addedManually: false,
});

const node = (id: string, code: string, title: string, parentId: string | null, sortOrder: number) => ({
  __typename: 'CriteriaNode',
  id,
  code,
  title,
  parentId,
  sortOrder,
});

function mountPanel() {
  const mocks = createMockClient({
    AppraiserAssignments: () => ({
      data: {
        appraiserAssignments: [
          {
            __typename: 'AppraiserAssignment',
            id: 'a1',
            yearId: 'y1',
            userId: 'tdA',
            assessorUnitId: 'p1',
            unitIds: [],
            areaCodes: ['2'],
            createdAt: '2025-03-01T02:00:00Z',
            updatedAt: '2025-03-01T02:00:00Z',
          },
        ],
      },
    }),
    AppraiserCandidates: () => ({
      data: {
        users: {
          __typename: 'UserConnection',
          edges: [
            { __typename: 'UserEdge', node: user('tdA', 'Nguyễn Văn A', ['APPRAISER']) },
            { __typename: 'UserEdge', node: user('tdB', 'Trần Thị B', ['APPRAISER', 'VIEWER']) },
            { __typename: 'UserEdge', node: user('cb1', 'Lê Văn Cán Bộ', ['UNIT_OFFICER']) },
          ],
        },
      },
    }),
    Roster: () => ({
      data: {
        roster: {
          __typename: 'RosterEntryConnection',
          totalCount: 2,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: [rosterEntry('x1', 'Xã Đồng Lâm'), rosterEntry('x2', 'Phường Bãi Cháy')].map((n) => ({
            __typename: 'RosterEntryEdge',
            node: n,
          })),
        },
      },
    }),
    AssignmentAreas: (v) => ({
      data: {
        criteriaSet: {
          __typename: 'CriteriaSet',
          yearId: 'y1',
          group: { __typename: 'UnitGroup', id: v.groupId },
          nodes:
            v.groupId === 'g1'
              ? [
                  node('n1', '1', 'Công tác chỉ đạo', null, 1),
                  node('n2', '1.1', 'Kế hoạch', 'n1', 1),
                  node('n3', '2', 'Cải cách thể chế', null, 2),
                ]
              : [node('m1', '1', 'Công tác chỉ đạo', null, 1), node('m3', '3', 'Cải cách TTHC', null, 3)],
        },
      },
    }),
    AssignAppraiser: (v) => ({
      data: {
        assignAppraiser: {
          __typename: 'AppraiserAssignment',
          id: 'a2',
          yearId: v.yearId,
          userId: v.userId,
          assessorUnitId: 'p1',
          unitIds: v.unitIds,
          areaCodes: v.areaCodes,
          createdAt: '2025-03-01T02:00:00Z',
          updatedAt: '2025-03-01T02:00:00Z',
        },
      },
    }),
    RemoveAppraiserAssignment: () => ({ data: { removeAppraiserAssignment: true } }),
  });
  const wrapper = mount(AssignmentsPanel, {
    attachTo: document.body,
    props: { year: YEAR, readOnly: false },
    global: {
      plugins: [i18n],
      provide: { [DefaultApolloClient as symbol]: mocks.client },
      stubs: { RouterLink: { props: ['to'], template: '<a><slot /></a>' } },
    },
  });
  return { wrapper, calls: mocks.calls };
}

const $ = (sel: string) => document.body.querySelector<HTMLElement>(sel);
function check(container: string, label: string) {
  const lbl = [...document.body.querySelectorAll<HTMLLabelElement>(`${container} label`)].find((l) => l.textContent?.trim() === label);
  expect(lbl, label).toBeTruthy();
  const input = document.getElementById(lbl!.htmlFor) as HTMLInputElement;
  input.checked = true;
  input.dispatchEvent(new Event('change'));
}

describe('appraiser assignments (Phân công thẩm định)', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'vi';
  });

  it('lists assignments with names and "all" for empty limits', async () => {
    const { wrapper } = mountPanel();
    await flushPromises();
    const text = wrapper.text();
    expect(text).toContain('Nguyễn Văn A (tdA)');
    expect(text).toContain('Tất cả đơn vị');
    expect(text).toContain('2');
  });

  it('offers only appraisers, units of the roster and top-level areas, and sends the chosen variables', async () => {
    const { wrapper, calls } = mountPanel();
    await flushPromises();
    await wrapper.find('[data-testid="assign-open"]').trigger('click');
    await flushPromises();
    const select = $('[data-testid="assign-user"] select') ?? $('select[data-testid="assign-user"]');
    const options = [...(select as HTMLSelectElement).options].map((o) => o.value).filter(Boolean);
    expect(options).toEqual(['tdA', 'tdB']);
    const areaLabels = [...document.body.querySelectorAll('[data-testid="assign-areas"] label')].map((l) => l.textContent?.trim());
    expect(areaLabels).toEqual(['1. Công tác chỉ đạo', '2. Cải cách thể chế', '3. Cải cách TTHC']);

    (select as HTMLSelectElement).value = 'tdB';
    select!.dispatchEvent(new Event('change'));
    await flushPromises();
    check('[data-testid="assign-units"]', 'Phường Bãi Cháy');
    check('[data-testid="assign-areas"]', '1. Công tác chỉ đạo');
    check('[data-testid="assign-areas"]', '3. Cải cách TTHC');
    await flushPromises();
    $('[data-testid="assign-submit"]')!.click();
    await flushPromises();
    expect(calls.find((c) => c.operationName === 'AssignAppraiser')?.variables).toEqual({
      yearId: 'y1',
      userId: 'tdB',
      unitIds: ['x2'],
      areaCodes: ['1', '3'],
    });
  });

  it('empty selections mean all: sends empty lists', async () => {
    const { wrapper, calls } = mountPanel();
    await flushPromises();
    await wrapper.find('[data-testid="assign-open"]').trigger('click');
    const select = ($('[data-testid="assign-user"] select') ?? $('select[data-testid="assign-user"]')) as HTMLSelectElement;
    select.value = 'tdB';
    select.dispatchEvent(new Event('change'));
    await flushPromises();
    $('[data-testid="assign-submit"]')!.click();
    await flushPromises();
    expect(calls.find((c) => c.operationName === 'AssignAppraiser')?.variables).toEqual({
      yearId: 'y1',
      userId: 'tdB',
      unitIds: [],
      areaCodes: [],
    });
  });

  it('removing asks for confirmation', async () => {
    const { wrapper, calls } = mountPanel();
    await flushPromises();
    await wrapper.find('[data-testid="assign-remove-a1"]').trigger('click');
    expect(calls.some((c) => c.operationName === 'RemoveAppraiserAssignment')).toBe(false);
    expect($('[role="alertdialog"]')?.textContent).toContain('Nguyễn Văn A');
    $('[data-testid="assign-remove-confirm"]')!.click();
    await flushPromises();
    expect(calls.find((c) => c.operationName === 'RemoveAppraiserAssignment')?.variables).toEqual({ id: 'a1' });
  });
});
