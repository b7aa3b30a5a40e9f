/**
 * ECharts is loaded only when a chart is shown: echarts/core plus the few charts and components
 * these screens use (see echarts-parts.ts), in their own chunk — the initial bundle never holds it.
 */
import type { EChartsType } from 'echarts/core';

let loading: Promise<typeof import('./echarts-parts')> | null = null;

export function loadECharts() {
  loading ??= import('./echarts-parts');
  return loading;
}

export async function initChart(el: HTMLElement): Promise<EChartsType> {
  const { echarts } = await loadECharts();
  return echarts.getInstanceByDom(el) ?? echarts.init(el, undefined, { renderer: 'svg' });
}
