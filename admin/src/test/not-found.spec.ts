import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { createMemoryHistory, createRouter } from 'vue-router';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { GraphQLError } from 'graphql';
import { i18n } from '@/i18n';
import { createErrorLink } from '@/apollo';
import { routes } from '@/router';
import { useToastStore } from '@/stores/toast';
import { createMockClient, type Handler } from './mock-apollo';
import NotFoundPage from '@/layouts/NotFoundPage.vue';
import ScoreSheetPage from '@/modules/score-sheets/pages/ScoreSheetPage.vue';
import YearDetailPage from '@/modules/years/pages/YearDetailPage.vue';
import OrgUnitDetailPage from '@/modules/org-units/pages/OrgUnitDetailPage.vue';

const Empty = { template: '<div />' };

/** A page mounted with a real router and the app's error link (which raises the toasts). */
async function mountPage(component: object, props: Record<string, unknown>, handlers: Record<string, Handler>) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'home', component: Empty },
      { path: '/score-sheets', name: 'scoreSheets', component: Empty },
      { path: '/years', name: 'years', component: Empty },
      { path: '/org-units', name: 'orgUnits', component: Empty },
      { path: '/:rest(.*)*', name: 'other', component: Empty },
    ],
  });
  await router.push('/');
  const mocks = createMockClient(handlers, [createErrorLink(router)]);
  const wrapper = mount(component, {
    props,
    global: { plugins: [i18n, router], provide: { [DefaultApolloClient as symbol]: mocks.client }, stubs: { teleport: true } },
  });
  await flushPromises();
  return { wrapper, router };
}

const refused =
  (code: string, extensions: Record<string, unknown> = {}) =>
  () => ({
    errors: [new GraphQLError('refused', { extensions: { code, ...extensions } })],
  });

describe('Không tìm thấy', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'vi';
  });

  it('an address that matches no page opens the not-found page with a way home', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes });
    expect(router.resolve('/khong-co/trang-nay').name).toBe('notFound');
    expect(router.resolve('/score-sheets/abc/def').name).toBe('notFound');
    const wrapper = mount(NotFoundPage, {
      global: { plugins: [i18n], stubs: { RouterLink: { props: ['to'], template: '<a :data-to="JSON.stringify(to)"><slot /></a>' } } },
    });
    expect(wrapper.find('[data-testid="not-found"]').text()).toContain('Không tìm thấy');
    expect(JSON.parse(wrapper.find('a').attributes('data-to')!)).toEqual({ name: 'home' });
  });

  it('a sheet id that names nothing: the sheet page says so, links back to the sheets, and raises no toast', async () => {
    const { wrapper, router } = await mountPage(
      ScoreSheetPage,
      { id: '00000000-0000-4000-8000-000000000000' },
      { ScoreSheet: refused('NOT_FOUND') },
    );
    const state = wrapper.find('[data-testid="sheet-not-found"]');
    expect(state.text()).toContain('Không tìm thấy');
    expect(state.text()).toContain('Về danh sách phiếu');
    expect(useToastStore().toasts).toEqual([]);
    await state.find('a').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.name).toBe('scoreSheets');
  });

  it('a malformed year id: the year page shows "Không tìm thấy" with a way back, not an error toast', async () => {
    const { wrapper } = await mountPage(
      YearDetailPage,
      { id: 'khong-phai-ma' },
      { YearDetail: refused('BAD_USER_INPUT', { argument: 'id' }) },
    );
    const state = wrapper.find('[data-testid="not-found"]');
    expect(state.text()).toContain('Không tìm thấy kỳ đánh giá này.');
    expect(state.find('a').attributes('href')).toBe('/years');
    expect(useToastStore().toasts).toEqual([]);
  });

  it('a year page that fails for another reason still says so and offers a retry (with its toast)', async () => {
    const { wrapper } = await mountPage(YearDetailPage, { id: 'x' }, { YearDetail: refused('FORBIDDEN') });
    expect(wrapper.find('[data-testid="not-found"]').exists()).toBe(false);
    expect(useToastStore().toasts).toHaveLength(1);
  });

  it('a unit id that names nothing: the unit panel says so with a way back to the units', async () => {
    const { wrapper } = await mountPage(
      OrgUnitDetailPage,
      { id: '00000000-0000-4000-8000-000000000000' },
      {
        OrgUnitDetail: () => ({ data: { orgUnit: null } }),
        OrgUnitUsers: () => ({ data: { orgUnit: null } }),
      },
    );
    const state = wrapper.find('[data-testid="not-found"]');
    expect(state.text()).toContain('Không tìm thấy đơn vị này.');
    expect(state.find('a').attributes('href')).toBe('/org-units');
  });
});
