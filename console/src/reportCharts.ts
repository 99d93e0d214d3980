import type { ChartSpec } from '../../src/review/chartSpec';
import { drawChart, type ChartLabels } from './charts';

/** The report's charts: each canvas named in the page's chart data, drawn as its target's kind. */
declare global {
  interface Window {
    __reportCharts?: { id: string; spec: ChartSpec; status: string }[];
    __reportChartLabels?: ChartLabels;
    __reportFont?: string;
  }
}

void Promise.all(
  (window.__reportCharts ?? []).map((c) => {
    const canvas = document.getElementById(c.id) as HTMLCanvasElement | null;
    return canvas && window.__reportChartLabels ? drawChart(canvas, c.spec, window.__reportChartLabels, c.status, `"${window.__reportFont}", sans-serif`) : null;
  }),
).then(() => {
  document.body.dataset.chartsDrawn = 'true';
});
