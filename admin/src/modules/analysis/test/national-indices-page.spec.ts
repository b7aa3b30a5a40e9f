import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { i18n } from '@/i18n';
import { useSessionStore } from '@/stores/session';
import { createMockClient } from '@/test/mock-apollo';
import { chartSeries, rankText, yearRows } from '../composables/national-indices-model';
import NationalIndicesPage from '../pages/NationalIndicesPage.vue';

const figure = (over: Record<string, unknown>): Record<string, unknown> => ({
  __typename: 'NationalIndex',
  unitId: null,
  unitCode: null,
  unitName: null,
  rank: null,
  rankOf: 63,
  published: true,
  source: null,
  updatedBy: 'admin.qn',
  updatedAt: '2025-05-01T00:00:00Z',
  ...over,
});

function setup(canManage: boolean) {
  const session = useSessionStore();
  session.user = {
    __typename: 'User',
    id: 'u1',
    username: canManage ? 'admin.qn' : 'xem.qn',
    fullName: 'Sở Nội vụ',
    roles: [canManage ? 'PROVINCE_ADMIN' : 'VIEWER'],
    unit: { __typename: 'OrgUnit', id: 'p1', name: 'Tỉnh Quảng Ninh', kind: 'PROVINCE' },
  };
  let entries = [
    figure({ id: 'f1', year: 2023, kind: 'PAR_INDEX', value: 91.2, rank: 1 }),
    figure({ id: 'f2', year: 2024, kind: 'PAR_INDEX', value: 89.32, rank: 3, published: false }),
    figure({ id: 'f3', year: 2024, kind: 'PAPI', value: 45.12, rank: 4, published: false }),
    figure({
      id: 'f4',
      year: 2024,
      kind: 'DDCI',
      value: 84.25,
      rank: 1,
      rankOf: 2,
      unitId: 'd1',
      unitName: 'Sở Tư pháp',
      published: false,
    }),
  ];
  const mocks = createMockClient({
    NationalIndices: () => ({
      data: {
        nationalIndices: {
          __typename: 'NationalIndexOverview',
          provinceId: 'p1',
          canManage,
          entries,
          ownAverages: [
            { __typename: 'ProvinceAverageIndex', yearId: 'y23', year: 2023, status: 'PUBLISHED', averageIndex: 85.5, unitCount: 190 },
            { __typename: 'ProvinceAverageIndex', yearId: 'y24', year: 2024, status: 'FINALIZED', averageIndex: 86.04, unitCount: 184 },
          ],
        },
      },
    }),
    YearList: () => ({ data: { assessmentYears: [] } }),
    CreateNationalIndex: (v) => {
      const input = v.input as { value: string; year: number; kind: string };
      if (input.value === '101')
        return {
          errors: [
            {
              message: 'Giá trị SIPAS phải từ 0 đến 100.',
              extensions: { code: 'BAD_USER_INPUT', reason: 'VALUE_OUT_OF_RANGE', argument: 'value' },
            },
          ],
        };
      const created = figure({ id: 'f9', year: input.year, kind: input.kind, value: 86, published: false });
      entries = [...entries, created];
      return { data: { createNationalIndex: created } };
    },
    PublishNationalIndices: () => {
      entries = entries.map((e) => (e.year === 2024 ? { ...e, published: true } : e));
      return { data: { publishNationalIndices: 3 } };
    },
  });
  const wrapper = mount(NationalIndicesPage, {
    attachTo: document.body,
    global: { plugins: [i18n], provide: { [DefaultApolloClient as symbol]: mocks.client }, stubs: { EChart: true } },
  });
  return { wrapper, calls: mocks.calls };
}

/** Each cell's text, its separate pieces (value, rank) joined by a space. */
const cells = (row: Element | null) =>
  [...(row?.querySelectorAll('th, td') ?? [])].map((c) => {
    // What the cell shows (the edit button's screen-reader prefix "Sửa SIPAS năm 2024:" is not shown).
    const spans = [...c.querySelectorAll('span:not(.sr-only)')];
    return (spans.length ? spans.map((s) => s.textContent) : [c.textContent]).join(' ').replace(/\s+/g, ' ').trim();
  });

describe('national indices page (Các chỉ số quốc gia của tỉnh)', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'vi';
    document.body.innerHTML = '';
  });

  it('shows each year’s indices with their national rank beside the province’s own average', async () => {
    const { wrapper } = setup(false);
    await flushPromises();
    const table = wrapper.get('[data-testid="national-table"]');
    expect(cells(table.element.querySelector('tr[data-year="2024"]'))).toEqual([
      '2024',
      '89,32 3/63',
      '— —',
      '45,12 4/63',
      '— —',
      '86,04',
      'Chưa công bố',
    ]);
    expect(cells(table.element.querySelector('tr[data-year="2023"]'))).toEqual([
      '2023',
      '91,20 1/63',
      '— —',
      '— —',
      '— —',
      '85,50',
      'Đã công bố',
    ]);
    // A reader gets no editing controls.
    expect(wrapper.find('[data-testid="national-add"]').exists()).toBe(false);
    expect(table.find('button').exists()).toBe(false);
    expect(wrapper.get('[data-testid="ddci"]').text()).toContain('Sở Tư pháp');
  });

  it('lets the administrator add a figure (the server’s refusal shown in the dialog) and publish a year', async () => {
    const { wrapper, calls } = setup(true);
    await flushPromises();
    await wrapper.get('[data-testid="national-add"]').trigger('click');
    await flushPromises();
    const form = document.body.querySelector<HTMLFormElement>('[data-testid="national-form"]')!;
    const inputs = form.querySelectorAll('input');
    const set = (el: HTMLInputElement | HTMLSelectElement, v: string) => {
      el.value = v;
      el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input'));
    };
    set(inputs[0], '2024');
    set(form.querySelector('select')!, 'SIPAS');
    set(inputs[1], '101');
    await flushPromises();
    document.body.querySelector<HTMLButtonElement>('[data-testid="national-save"]')!.click();
    await flushPromises();
    expect(form.textContent).toContain('Giá trị SIPAS phải từ 0 đến 100.');
    expect(calls.find((c) => c.operationName === 'CreateNationalIndex')?.variables).toMatchObject({
      input: { provinceId: 'p1', year: 2024, kind: 'SIPAS', value: '101' },
    });
    set(inputs[1], '86');
    await flushPromises();
    document.body.querySelector<HTMLButtonElement>('[data-testid="national-save"]')!.click();
    await flushPromises();
    expect(document.body.querySelector('[data-testid="national-form"]')).toBeNull();
    expect(cells(wrapper.get('[data-testid="national-table"]').element.querySelector('tr[data-year="2024"]'))[2]).toBe('86,00 —');

    await wrapper.get('[data-testid="publish-2024"]').trigger('click');
    await flushPromises();
    expect(calls.find((c) => c.operationName === 'PublishNationalIndices')?.variables).toEqual({
      provinceId: 'p1',
      year: 2024,
      published: true,
    });
    expect(cells(wrapper.get('[data-testid="national-table"]').element.querySelector('tr[data-year="2024"]'))[6]).toContain('Đã công bố');
  });

  it('shapes years newest first and chart series oldest first (pure)', () => {
    const rows = yearRows(
      [
        { id: 'a', year: 2023, kind: 'PCI', value: 70, rank: 2, rankOf: 63, published: true },
        { id: 'b', year: 2024, kind: 'DDCI', value: 80, published: false },
      ],
      [{ year: 2022, averageIndex: 84 }],
    );
    expect(rows.map((r) => [r.year, r.published, r.ddciCount])).toEqual([
      [2024, false, 1],
      [2023, true, 0],
      [2022, null, 0],
    ]);
    const s = chartSeries(rows);
    expect(s.years).toEqual([2022, 2023, 2024]);
    expect(s.byKind.PCI).toEqual([null, 70, null]);
    expect(s.own).toEqual([84, null, null]);
    expect(rankText(rows[1].figures.PCI)).toBe('2/63');
  });
});
