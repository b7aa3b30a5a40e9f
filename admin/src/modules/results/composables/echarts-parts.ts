// Only what the charts draw: bar (results, analysis, what-if), line (national indices, a unit's
// years), radar (a unit's areas), with grid, legend and tooltip; SVG renderer (crisp in print).
// No pie and no title component: nothing draws them (each costs script on every chart page).
import * as echarts from 'echarts/core';
import { BarChart, LineChart, RadarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, RadarChart, GridComponent, LegendComponent, RadarComponent, TooltipComponent, SVGRenderer]);

export { echarts };
