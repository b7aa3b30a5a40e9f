import { describe, expect, it, vi } from 'vitest';
import { computed, h, ref } from 'vue';
import { mount } from '@vue/test-utils';
import YearPageHead from '../components/YearPageHead.vue';

describe('the head of a page about one year', () => {
  it('shows the title, offers the years, sends the chosen one to the selection and keeps the page’s own filters', async () => {
    const yearId = ref<string | null>('y2025');
    const select = vi.fn();
    const selection = {
      years: computed(() => [
        { id: 'y2025', name: 'Năm 2025' },
        { id: 'y2024', name: 'Năm 2024' },
      ]),
      yearId: computed(() => yearId.value),
      select,
    } as unknown as InstanceType<typeof YearPageHead>['$props']['selection'];
    const wrapper = mount(YearPageHead, {
      props: { title: 'Báo cáo CCHC định kỳ', label: 'Kỳ đánh giá', selection, yearTestid: 'reports-year' },
      slots: { default: () => h('span', { 'data-testid': 'own-filter' }, 'Khối') },
    });
    expect(wrapper.find('h1').text()).toBe('Báo cáo CCHC định kỳ');
    const picker = wrapper.find('[data-testid="reports-year"] select');
    expect(wrapper.findAll('[data-testid="reports-year"] option').map((o) => o.text())).toEqual(['Năm 2025', 'Năm 2024']);
    expect((picker.element as HTMLSelectElement).value).toBe('y2025');
    await picker.setValue('y2024');
    expect(select).toHaveBeenCalledWith({ year: 'y2024' });
    expect(wrapper.find('.filters [data-testid="own-filter"]').exists()).toBe(true);
  });
});
