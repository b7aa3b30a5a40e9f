import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { i18n } from '@/i18n';
import OrgUnitTree from '@/modules/org-units/components/OrgUnitTree.vue';
import { connection, createMockClient, orgUnit } from './mock-apollo';

const province = orgUnit({ id: 'p01', kind: 'PROVINCE', subtype: 'thành phố', name: 'Thành phố Hà Nội', level: 0, childCount: 2 });
const baDinh = orgUnit({ id: 'c1', name: 'Phường Ba Đình', ancestors: [{ __typename: 'OrgUnit', id: 'p01', name: 'Thành phố Hà Nội' }] });
const ngocHa = orgUnit({ id: 'c2', name: 'Phường Ngọc Hà', ancestors: [{ __typename: 'OrgUnit', id: 'p01', name: 'Thành phố Hà Nội' }] });
const closed = orgUnit({ id: 'c3', name: 'Phường Quán Thánh', isOpen: false, validTo: '2025-06-30' });

function setup() {
  const { client, calls } = createMockClient({
    OrgUnitList: (v) => {
      if (v.rootsOnly) return { data: { orgUnits: connection([province]) } };
      if (v.parentId === 'p01') return { data: { orgUnits: connection(v.includeClosed ? [baDinh, ngocHa, closed] : [baDinh, ngocHa]) } };
      if (typeof v.search === 'string') {
        // The server folds accents; the mock imitates that for the two test terms.
        const hits = v.search === 'ba dinh' ? [baDinh] : [];
        return { data: { orgUnits: connection(hits) } };
      }
      return { data: { orgUnits: connection([]) } };
    },
  });
  const wrapper = mount(OrgUnitTree, {
    props: { debounceMs: 0 },
    attachTo: document.body,
    global: { plugins: [i18n], provide: { [DefaultApolloClient as symbol]: client }, stubs: { RouterLink: true } },
  });
  return { wrapper, calls };
}

describe('OrgUnitTree', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'vi';
  });

  it('loads the roots, then children only when a node is expanded', async () => {
    const { wrapper, calls } = setup();
    await flushPromises();
    const items = wrapper.findAll('[role="treeitem"]');
    expect(items).toHaveLength(1);
    expect(items[0].text()).toContain('Thành phố Hà Nội');
    expect(items[0].text()).toContain('Tỉnh/Thành phố');
    expect(items[0].attributes('aria-expanded')).toBe('false');
    expect(calls.filter((c) => c.variables.parentId)).toHaveLength(0);

    await items[0].find('.tree__twisty').trigger('click');
    await flushPromises();
    expect(calls.find((c) => c.variables.parentId === 'p01')?.variables).toMatchObject({ parentId: 'p01', includeClosed: false });
    const texts = wrapper.findAll('[role="treeitem"]').map((w) => w.text());
    expect(texts.some((t) => t.includes('Phường Ba Đình'))).toBe(true);
    expect(texts.some((t) => t.includes('Phường Quán Thánh'))).toBe(false);
    expect(wrapper.find('[role="treeitem"]').attributes('aria-expanded')).toBe('true');
  });

  it('keyboard: ArrowRight expands, ArrowDown moves, Enter selects', async () => {
    const { wrapper } = setup();
    await flushPromises();
    const tree = wrapper.find('[role="tree"]');
    await tree.trigger('keydown', { key: 'ArrowRight' });
    await flushPromises();
    await tree.trigger('keydown', { key: 'ArrowDown' });
    await tree.trigger('keydown', { key: 'Enter' });
    expect(wrapper.emitted('select')?.[0]).toEqual(['c1']);
  });

  it('includes closed units when asked', async () => {
    const { wrapper, calls } = setup();
    await flushPromises();
    await wrapper.find('[role="treeitem"] .tree__twisty').trigger('click');
    await flushPromises();
    await wrapper.find('[data-testid="org-include-closed"] input').setValue(true);
    await flushPromises();
    expect(calls.some((c) => c.variables.parentId === 'p01' && c.variables.includeClosed === true)).toBe(true);
    expect(wrapper.text()).toContain('Phường Quán Thánh');
    expect(wrapper.text()).toContain('Hết hiệu lực');
  });

  it('searches through the server without accents and shows the path', async () => {
    const { wrapper, calls } = setup();
    await flushPromises();
    await wrapper.find('[data-testid="org-search"] input').setValue('ba dinh');
    await new Promise((r) => setTimeout(r, 5));
    await flushPromises();
    expect(calls.some((c) => c.variables.search === 'ba dinh')).toBe(true);
    const results = wrapper.find('[data-testid="org-search-results"]');
    expect(results.text()).toContain('Phường Ba Đình');
    expect(results.text()).toContain('Thành phố Hà Nội');
    await results.find('button').trigger('click');
    expect(wrapper.emitted('select')?.[0]).toEqual(['c1']);
  });

  it('says so when nothing matches', async () => {
    const { wrapper } = setup();
    await flushPromises();
    await wrapper.find('[data-testid="org-search"] input').setValue('khong co');
    await new Promise((r) => setTimeout(r, 5));
    await flushPromises();
    expect(wrapper.text()).toContain('Không tìm thấy đơn vị phù hợp với “khong co”.');
  });
});
