import { describe, expect, it, beforeEach } from 'vitest';
import { mount } from '@vue/test-utils';
import { nextTick, ref } from 'vue';
import { i18n } from '@/i18n';
import AppInput from '@/components/AppInput.vue';
import { formatViDate, monthGrid, parseViDate } from '@/i18n/date-input';

function mountDate(initial: string) {
  const value = ref(initial);
  const w = mount(
    {
      components: { AppInput },
      setup: () => ({ value }),
      template: '<AppInput v-model="value" type="date" label="Hạn tự đánh giá" />',
    },
    { attachTo: document.body, global: { plugins: [i18n] } },
  );
  return { w, value };
}

describe('the Vietnamese date input', () => {
  beforeEach(() => {
    i18n.global.locale.value = 'vi';
  });

  it('reads and writes dd/mm/yyyy, never month first', () => {
    expect(parseViDate('01/05/2028')).toBe('2028-05-01');
    expect(parseViDate('1/5/2028')).toBe('2028-05-01');
    expect(parseViDate('31/02/2028')).toBeNull();
    expect(parseViDate('05/13/2028')).toBeNull();
    expect(parseViDate('')).toBe('');
    expect(formatViDate('2028-05-01')).toBe('01/05/2028');
    // May 2028 starts on a Monday; February 2028 (leap) on a Tuesday.
    expect(monthGrid(2028, 5)[0]).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(monthGrid(2028, 2)[0]).toEqual([null, 1, 2, 3, 4, 5, 6]);
    expect(monthGrid(2028, 2).flat().filter(Boolean)).toHaveLength(29);
  });

  it('round trip: the ISO model shows as dd/mm/yyyy, typing and picking write ISO back', async () => {
    const { w, value } = mountDate('2028-05-01');
    const input = w.find('input[data-date-input]');
    expect((input.element as HTMLInputElement).value).toBe('01/05/2028');
    expect(input.attributes('type')).toBe('text');

    await input.setValue('15/01/2027');
    expect(value.value).toBe('2027-01-15');

    // A day that does not exist: said in Vietnamese, the model keeps the last good date.
    await input.setValue('31/02/2027');
    expect(w.find('[role="alert"]').text()).toContain('Ngày không hợp lệ');
    expect(input.attributes('aria-invalid')).toBe('true');
    expect(value.value).toBe('2027-01-15');
    await input.setValue('15/01/2027');

    // The calendar opens on the model's month, with Vietnamese names, Monday first.
    await w.find('[data-testid="date-open"]').trigger('click');
    expect(w.find('[data-testid="date-heading"]').text()).toBe('Tháng 1 năm 2027');
    expect(w.findAll('th abbr').map((a) => a.text())).toEqual(['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']);
    expect(w.find('th abbr').attributes('title')).toBe('Thứ Hai');
    expect(w.find('[data-testid="day-15"]').attributes('aria-selected')).toBe('true');
    expect(w.find('[data-testid="day-15"]').attributes('aria-label')).toBe('Thứ Sáu, 15/01/2027');
    await w.find('[data-testid="date-next"]').trigger('click');
    expect(w.find('[data-testid="date-heading"]').text()).toBe('Tháng 2 năm 2027');
    await w.find('[data-testid="day-3"]').trigger('click');
    expect(value.value).toBe('2027-02-03');
    expect(w.find('[data-testid="date-calendar"]').exists()).toBe(false);
    expect((input.element as HTMLInputElement).value).toBe('03/02/2027');

    // The model changed from outside follows into the text.
    value.value = '2030-12-31';
    await nextTick();
    expect((input.element as HTMLInputElement).value).toBe('31/12/2030');
    w.unmount();
  });
});
