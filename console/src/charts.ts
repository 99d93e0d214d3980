import { Chart, type ChartConfiguration } from 'chart.js/auto';
import { yearTicks, type ChartLabels, type ChartSpec } from '../../src/review/chartSpec';

export type { ChartLabels };

const STATUS_COLOURS: Record<string, string> = { ACHIEVED: '#1a7f37', ON_TRACK: '#4ac26b', AT_RISK: '#d4a72c', OFF_TRACK: '#cf222e', NO_DATA: '#8c959f' };

/**
 * The Chart.js configuration drawing a spec as its target's kind: a level with its path and target line, a
 * ceiling (or yearly floor) as a shaded band, yearly bars, growth in %, or a running total against its path. The x
 * axis ticks every whole year and nothing else; the y axis names the unit.
 */
export function chartConfig(spec: ChartSpec, labels: ChartLabels, status = 'NO_DATA', font?: string): ChartConfiguration {
  const colour = STATUS_COLOURS[status] ?? '#57606a';
  const xy = (ps: { x: number; y: number }[]) => ps.map((p) => ({ x: p.x, y: p.y }));
  const targetLabel = spec.kind === 'CEILING' ? labels.ceiling : spec.kind === 'ANNUAL' ? labels.annual : labels.target;
  // A band: the side of the line the target rules out, shaded.
  const band = spec.band === 'above' ? { fill: 'end', backgroundColor: 'rgba(207,34,46,0.12)' } : spec.band === 'below' ? { fill: 'start', backgroundColor: 'rgba(207,34,46,0.12)' } : { backgroundColor: '#0969da' };
  const targetLine = { label: targetLabel, data: xy(spec.targetLine), type: 'line' as const, showLine: true, borderDash: [6, 4], borderColor: '#0969da', pointRadius: 0, ...band };
  const datasets: ChartConfiguration['data']['datasets'] = [];
  if (spec.kind === 'ANNUAL' || spec.kind === 'GROWTH') {
    datasets.push({ label: spec.kind === 'GROWTH' ? labels.growth : labels.measured, data: xy(spec.points), type: 'bar', backgroundColor: colour } as never);
    datasets.push(targetLine as never);
  } else {
    if (spec.baseline) datasets.push({ label: labels.baseline, data: [spec.baseline], type: 'scatter', pointStyle: 'rectRot', pointRadius: 6, backgroundColor: '#57606a' } as never);
    datasets.push({ label: spec.kind === 'CUMULATIVE' ? labels.total : labels.measured, data: xy(spec.points), type: 'line', showLine: true, borderColor: colour, backgroundColor: colour } as never);
    if (spec.kind === 'CEILING') datasets.push(targetLine as never);
    if (spec.targetPoint) {
      datasets.push({ label: labels.target, data: [spec.targetPoint], type: 'scatter', pointStyle: 'star', pointRadius: 8, borderColor: '#0969da', backgroundColor: '#0969da' } as never);
      // The level to reach, as a line across the plan's years.
      if (spec.kind === 'LEVEL') datasets.push({ label: '', data: [{ x: spec.years[0], y: spec.targetPoint.y }, { x: spec.years[1], y: spec.targetPoint.y }], type: 'line', showLine: true, borderDash: [2, 3], borderWidth: 1, borderColor: '#0969da', pointRadius: 0 } as never);
    }
    if (spec.path.length) datasets.push({ label: labels.path, data: xy(spec.path), type: 'line', showLine: true, borderDash: [4, 4], borderColor: '#8c959f', pointRadius: 0 } as never);
  }
  const fontOpt = font ? { family: font } : {};
  const ticks = yearTicks(spec);
  const unit = spec.kind === 'GROWTH' ? `${labels.growth} (%)` : spec.unit ? spec.unit : '';
  return {
    type: 'line',
    data: { datasets },
    options: {
      responsive: false,
      animation: false,
      plugins: { legend: { labels: { boxWidth: 10, font: { size: 10, ...fontOpt }, filter: (item) => Boolean(item.text) } } },
      scales: {
        x: {
          type: 'linear',
          // Half a year of room either side so bars fit; the ticks are set to the whole years below.
          min: spec.years[0] - 0.5,
          max: spec.years[1] + 0.5,
          afterBuildTicks: (axis) => {
            axis.ticks = ticks.map((value) => ({ value }));
          },
          ticks: { autoSkip: false, callback: (v) => String(v), font: fontOpt },
          title: { display: true, text: labels.year, font: { size: 10, ...fontOpt } },
        },
        y: { title: { display: Boolean(unit), text: unit, font: fontOpt }, ticks: { font: fontOpt }, beginAtZero: spec.kind !== 'LEVEL' && spec.kind !== 'CEILING' },
      },
    },
  };
}

/** The family the console's charts use: Noto Sans SC from @fontsource, as the page's text. */
export const CONSOLE_FONT = '"Noto Sans SC", sans-serif';

/**
 * Draws a spec on a canvas once the font has the chart's characters (a canvas does not make the browser load a
 * web font's ranges, so without this Chinese labels would be boxes); returns the chart so the caller can destroy it.
 */
export async function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec, labels: ChartLabels, status?: string, font = CONSOLE_FONT): Promise<Chart> {
  try {
    await document.fonts.load(`10px ${font}`, `${Object.values(labels).join('')}${spec.unit}0123456789.%`);
  } catch {
    // the chart is still drawn, in whatever face is there
  }
  const chart = new Chart(canvas, chartConfig(spec, labels, status, font));
  // The ticks drawn, for a reader of the page (and the tests): whole years only.
  canvas.dataset.xTicks = chart.scales.x.ticks.map((t) => t.value).join(',');
  return chart;
}
