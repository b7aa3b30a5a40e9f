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

  it('puts the page’s actions beside the title and its note above the filters, and drops the year’s own filters with the year', async () => {
    const select = vi.fn();
    const selection = {
      years: computed(() => [
        { id: 'y2025', name: 'Năm 2025' },
        { id: 'y2024', name: 'Năm 2024' },
      ]),
      yearId: computed(() => 'y2025'),
      select,
    } as unknown as InstanceType<typeof YearPageHead>['$props']['selection'];
    const wrapper = mount(YearPageHead, {
      props: { title: 'Kiểm tra CCHC, kiểm tra công vụ', label: 'Kỳ đánh giá', selection, yearTestid: 'year', resetOnYear: ['unit'] },
      slots: {
        actions: () => h('button', { 'data-testid': 'add' }, 'Ghi nhận cuộc kiểm tra'),
        note: () => h('p', { class: 'note' }, 'Ghi chú'),
      },
    });
    expect(wrapper.find('.page-header [data-testid="add"]').exists()).toBe(true);
    const note = wrapper.find('p.note');
    expect(note.text()).toBe('Ghi chú');
    expect(note.element.nextElementSibling?.classList.contains('filters')).toBe(true);
    await wrapper.find('[data-testid="year"] select').setValue('y2024');
    expect(select).toHaveBeenCalledWith({ year: 'y2024', unit: null });
  });
});
