import { describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { i18n } from '@/i18n';
import { useSessionStore } from '@/stores/session';
import { createMockClient } from '@/test/mock-apollo';
import OrgUnitImportPage from '../pages/OrgUnitImportPage.vue';
import { ownProvinceCode, PROVINCES_THREE_LEVEL_2025, PROVINCES_TWO_LEVEL_2026 } from '../data/dataset-provinces';

describe('the import page starts on the administrator’s own province', () => {
  it('matches the unit to the dataset’s province, whatever the prefix; nothing for other units', () => {
    expect(ownProvinceCode({ name: 'Tỉnh Quảng Ninh', kind: 'PROVINCE' }, PROVINCES_TWO_LEVEL_2026)).toBe('22');
    expect(ownProvinceCode({ name: 'Quảng Ninh', kind: 'PROVINCE' }, PROVINCES_THREE_LEVEL_2025)).toBe('22');
    expect(ownProvinceCode({ name: 'Thành phố Hà Nội', kind: 'PROVINCE' }, PROVINCES_TWO_LEVEL_2026)).toBe('01');
    expect(ownProvinceCode({ name: 'Sở Tư pháp', kind: 'DEPARTMENT' }, PROVINCES_TWO_LEVEL_2026)).toBe('');
    expect(ownProvinceCode(null, PROVINCES_TWO_LEVEL_2026)).toBe('');
  });

  it('the page’s province select shows it', async () => {
    setActivePinia(createPinia());
    const session = useSessionStore();
    session.user = {
      __typename: 'User',
      id: 'u1',
      username: 'admin.qn',
      fullName: 'Quản trị CCHC tỉnh',
      roles: ['PROVINCE_ADMIN'],
      unit: { __typename: 'OrgUnit', id: 'p1', name: 'Tỉnh Quảng Ninh', kind: 'PROVINCE' },
    } as typeof session.user;
    const w = mount(OrgUnitImportPage, {
      global: { plugins: [i18n], provide: { [DefaultApolloClient as symbol]: createMockClient({}).client }, stubs: { teleport: true } },
    });
    await flushPromises();
    const selects = w.findAll('select');
    const province = selects.find((s) => s.findAll('option').some((o) => o.attributes('value') === '22'))!;
    expect((province.element as HTMLSelectElement).value).toBe('22');
    w.unmount();
  });
});
