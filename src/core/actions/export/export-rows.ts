import type { Evaluation } from '../../evaluation/evaluation';
import type { Entry } from '../../evidence/entries';
import type { Cell } from '../../workbook/port';

/**
 * The answers per indicator, as the national application asks for them: the self-assessed
 * level (the lead OPD's), its explanation and its evidence links.
 */
interface ExportRow {
  readonly code: string;
  readonly name: string;
  readonly level: number | '';
  readonly opd: string;
  readonly explanation: string;
  readonly evidence: readonly string[];
}

export function exportRows(ev: Evaluation): ExportRow[] {
  const self = ev.stageLevels.get('selfAssessed');
  return ev.ctx.catalogue.indicators.map((indicator) => {
    const level = self?.get(indicator.code) ?? null;
    const owners = ev.ctx.opds.filter((o) => o.indicators.includes(indicator.code));
    const answers = owners.flatMap((o) =>
      ev.entries.filter((e) => e.indicator.code === indicator.code && e.opd.code === o.code),
    );
    // The lead OPD's answer (what Mandiri takes), else the first owner who answered at all:
    // never an empty row while some owner wrote something.
    const lead = ev.leads.get(indicator.code);
    const answered = (e: Entry) => e.levelCell !== '' || e.explanation !== '' || e.links.length > 0;
    const entry =
      answers.find((e) => e.opd.code === lead && answered(e)) ??
      answers.find(answered) ??
      answers.find((e) => e.opd.code === lead);
    return {
      code: indicator.code,
      name: indicator.name,
      // A value from items may be a fraction (7/6): shown as the application takes it, 1,17.
      level: level === null ? '' : Math.round(level * 100) / 100,
      opd: entry?.opd.short ?? owners[0]?.short ?? '',
      explanation: entry?.explanation ?? '',
      // An item's links say which item they prove (P01.3.a).
      evidence: [
        ...(entry?.links.map((l) => l.text) ?? []),
        ...(entry?.items ?? [])
          .filter((i) => i.active)
          .flatMap((i) => i.links.map((l) => `${i.item.code}: ${l.text}`)),
      ],
    };
  });
}

/** Text a spreadsheet would run as a formula gets a leading quote: it stays text. */
function neutralised(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A CSV field (RFC 4180), neutralised. */
export function csvField(value: string | number): string {
  const text = neutralised(String(value));
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const EXPORT_HEADER = ['Kode', 'Indikator', 'Tingkat', 'OPD', 'Penjelasan', 'Data dukung'];

/**
 * The export as cells of a tab: texts as typed, for copying into the national application.
 * Every string is a value (never a Formula), which every workbook writes as text.
 */
export function exportCells(rows: readonly ExportRow[]): Cell[][] {
  return [
    EXPORT_HEADER,
    ...rows.map((r) => [r.code, r.name, r.level, r.opd, r.explanation, r.evidence.join('\n')]),
  ];
}

export function toCsv(rows: readonly ExportRow[]): string {
  const header = EXPORT_HEADER;
  return `${[header, ...rows.map((r) => [r.code, r.name, r.level, r.opd, r.explanation, r.evidence.join('\n')])].map((cells) => cells.map((c) => csvField(c)).join(',')).join('\r\n')}\r\n`;
}

function md(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'))
    .replace(/\n/g, '<br>');
}

export function toMarkdown(rows: readonly ExportRow[]): string {
  const lines = [
    '| Kode | Indikator | Tingkat | OPD | Penjelasan | Data dukung |',
    '|---|---|---|---|---|---|',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.code} | ${md(r.name)} | ${r.level} | ${md(r.opd)} | ${md(r.explanation)} | ${r.evidence.map(md).join('<br>')} |`,
    );
  return `${lines.join('\n')}\n`;
}
