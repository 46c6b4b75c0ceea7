import * as vega from 'vega';
import * as vl from 'vega-lite';
import type { LeadershipReport } from '../core/actions/report/leadership-report';
import { reportText as t } from '../core/actions/report/report-text';

/**
 * The leaders' page's charts, drawn by vega-lite as SVG: each domain or aspect now against its
 * target, and what each OPD has lengkap against what it owes. Numbers in the Indonesian way
 * (2,5), labels in the embedded font so the PDF shows the same letters.
 */
const CHART_FONT = 'DejaVu Sans';

// Decimal comma, thousands point: as every other figure on the page.
vega.formatLocale({ decimal: ',', thousands: '.', grouping: [3], currency: ['Rp', ''] });

const CONFIG = {
  font: CHART_FONT,
  axis: { labelFontSize: 9, titleFontSize: 9 },
  legend: { labelFontSize: 9, orient: 'bottom' },
  view: { stroke: null },
} as const;

async function svgOf(spec: vl.TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: 'none' });
  return view.toSVG();
}

/** Each domain (SPBE) or aspect (Pemdi) of the current stage beside its target. */
export function partsChart(r: LeadershipReport, width: number): Promise<string> {
  const values = r.parts.flatMap((p) => [
    { part: `${p.id} ${p.name}`, what: t.now, value: p.value },
    { part: `${p.id} ${p.name}`, what: t.targetWord, value: p.target },
  ]);
  return svgOf({
    width,
    height: { step: 14 },
    data: { values },
    mark: { type: 'bar', tooltip: false },
    encoding: {
      y: { field: 'part', type: 'nominal', title: null, sort: null, axis: { labelLimit: 0 } },
      yOffset: { field: 'what', sort: [t.now, t.targetWord] },
      x: {
        field: 'value',
        type: 'quantitative',
        scale: { domain: [0, 5] },
        title: t.indexAxis,
        axis: { format: '.1f', tickCount: 5 },
      },
      color: {
        field: 'what',
        title: null,
        sort: [t.now, t.targetWord],
        scale: { range: ['#1a73e8', '#9aa0a6'] },
      },
    },
    config: CONFIG,
  });
}

/** Each OPD's lengkap and still owed indicators, in the order they are chased. */
export function opdChart(r: LeadershipReport, width: number): Promise<string> {
  const values = r.opds.flatMap((o, order) => [
    { opd: o.short, order, what: t.complete, n: o.complete },
    { opd: o.short, order, what: t.owed, n: o.assigned - o.complete },
  ]);
  return svgOf({
    width,
    height: { step: 18 },
    data: { values },
    mark: { type: 'bar', tooltip: false },
    encoding: {
      y: { field: 'opd', type: 'nominal', title: null, sort: { field: 'order' } },
      x: { field: 'n', type: 'quantitative', title: t.indicatorsAxis, axis: { format: 'd' } },
      color: {
        field: 'what',
        title: null,
        sort: [t.complete, t.owed],
        scale: { range: ['#1e8e3e', '#d93025'] },
      },
      order: { field: 'what', sort: 'descending' },
    },
    config: CONFIG,
  });
}
