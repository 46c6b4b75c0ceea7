import { levelGuideFor } from '../catalogue/registry';
import type { Catalogue } from '../catalogue/types';
import { box } from './a1';
import { guideText } from './guide-text';
import type { OpdRecord } from './ownership';
import { LEGEND, PALETTE } from './palette';
import type { Cell, StyleSpec, TabRender } from './port';
import { adminOnly } from './protection';
import type { Settings } from './settings-tab';
import { TAB } from './tab-names';

/** Panduan: how to fill the workbook, in plain Indonesian, with the colour legend and who edits what. */
export function renderGuide(
  catalogue: Catalogue,
  opds: readonly OpdRecord[],
  settings: Settings,
): TabRender {
  const rows: Cell[][] = [];
  const styles: StyleSpec[] = [];
  // Every line in the wide column B, wrapped: nothing runs past the page's edge when printed.
  const line = (text: string, style?: Omit<StyleSpec, 'range'>) => {
    rows.push(['', text]);
    if (style) styles.push({ range: box(rows.length, 2), ...style });
  };
  const heading = (text: string) => {
    rows.push(['', '']);
    line(text, { bold: true, fontColor: PALETTE.title, fontSize: 12 });
  };

  line(guideText.title(settings.year, settings.pemda), {
    bold: true,
    fontSize: 14,
    fontColor: PALETTE.title,
  });
  line(guideText.framework(catalogue.title, catalogue.provisional ? (catalogue.note ?? '') : ''), {
    italic: true,
  });

  heading(guideText.forOpds);
  for (const step of guideText.opdSteps) line(step);
  if ((catalogue.items ?? []).length > 0) {
    for (const step of guideText.itemSteps) line(step);
    if (settings.itemRule !== 'langsung') line(guideText.itemRule(settings.itemRule));
  }

  heading(guideText.levelsHeading);
  line(guideText.cumulative);
  levelTable(catalogue, rows, styles);
  line(guideText.oftenRejected);

  heading(guideText.forDiskominfo);
  for (const step of guideText.diskominfoSteps) line(step);

  heading(guideText.colours);
  for (const l of LEGEND) {
    rows.push(['', l.meaning]);
    styles.push({ range: box(rows.length, 1), background: l.colour });
  }

  heading(guideText.whoEdits);
  line(guideText.admins(settings.admins));
  for (const o of opds) line(guideText.opdEditors(o));
  line(guideText.readingIsOpen, { bold: true });

  styles.push({ range: box(1, 2, rows.length, 1), wrap: true });
  return {
    cells: rows,
    columnWidths: [56, 760],
    styles,
    protection: adminOnly(settings.admins, TAB.guide),
  };
}

/**
 * What each level means per group of indicators, and the evidence it needs: a block per group,
 * each level's number at the start of its own text.
 */
function levelTable(catalogue: Catalogue, rows: Cell[][], styles: StyleSpec[]): void {
  const groups = [
    ...new Map(
      catalogue.indicators.map((i) => [
        levelGuideFor(catalogue, i).group,
        levelGuideFor(catalogue, i),
      ]),
    ).values(),
  ];
  for (const g of groups) {
    rows.push(['', g.group]);
    styles.push({ range: box(rows.length, 1, 1, 2), bold: true, background: PALETTE.header });
    // The level's number opens its own text: it cannot drift to a neighbouring line on paper.
    g.levels.forEach((l, i) => {
      rows.push(['', guideText.levelCell(i + 1, l.criterion, l.evidence)]);
    });
  }
}
