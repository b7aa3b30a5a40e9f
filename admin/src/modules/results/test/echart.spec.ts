import { describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { i18n } from '@/i18n';

const initChart = vi.fn();
vi.mock('../composables/echarts', () => ({ initChart: (el: HTMLElement) => initChart(el) }));
const { default: EChart } = await import('../components/EChart.vue');

const mountChart = () => mount(EChart, { props: { option: { series: [] }, label: 'Phân bố xếp loại' }, global: { plugins: [i18n] } });

describe('EChart', () => {
  it('says it is loading until the chart is drawn, then marks itself ready', async () => {
    i18n.global.locale.value = 'vi';
    const chart = { setOption: vi.fn(), resize: vi.fn(), dispose: vi.fn() };
    let resolve: (c: typeof chart) => void = () => {};
    initChart.mockReturnValueOnce(new Promise((r) => (resolve = r)));
    const w = mountChart();
    expect(w.text()).toContain('Đang tải biểu đồ…');
    expect(w.find('figure').attributes('data-ready')).toBe('false');
    resolve(chart);
    await flushPromises();
    expect(chart.setOption).toHaveBeenCalledWith({ series: [] }, true);
    expect(w.find('figure').attributes('data-ready')).toBe('true');
    expect(w.text()).not.toContain('Đang tải');
  });

  it('when the chart cannot be drawn it says so instead of loading forever', async () => {
    i18n.global.locale.value = 'vi';
    initChart.mockRejectedValueOnce(new Error('no canvas'));
    const w = mountChart();
    await flushPromises();
    expect(w.find('figure').attributes('data-ready')).toBe('failed');
    expect(w.text()).toContain('Không hiển thị được biểu đồ');
    expect(w.text()).not.toContain('Đang tải');
  });
});
