import { type EvidenceFact, FOLDER_MIME } from '../evidence/drive-facts';
import { readFacts } from '../evidence/facts-tab';
import { linksInCell, parseLink } from '../evidence/links';
import type { Cell } from '../workbook/port';
import { cellsOf, inShapeOf } from './cells';

/**
 * SPBE_BUKTI: what the last completeness check learnt from Drive about each link of a cell,
 * read from the _Bukti tab (passed in by the entry point): no Drive call, so it works as a
 * custom function. Several links in a cell give one line each.
 */
export function evidenceFormula(
  links: unknown,
  factsTable: readonly (readonly Cell[])[] | undefined,
): string | string[][] {
  const facts = readFacts(factsTable ? { cells: factsTable } : undefined);
  const shape = cellsOf(links);
  const answers = shape.cells.map((cell) =>
    linksInCell(cell.value)
      .map((text) => statusOf(text, facts))
      .join('\n'),
  );
  return inShapeOf(shape, answers);
}

function statusOf(text: string, facts: ReadonlyMap<string, EvidenceFact>): string {
  const link = parseLink(text);
  if (link.kind === 'not-a-link') return 'Bukan tautan';
  if (link.kind === 'other-site') return `Bukan Google Drive (${link.host})`;
  if (link.kind === 'published-form') return 'Formulir, bukan file bukti';
  if (link.kind === 'drive-no-id') return 'Tautan Drive tanpa file';
  let fact = facts.get(link.id ?? '');
  if (fact?.shortcutTarget) fact = facts.get(fact.shortcutTarget) ?? fact;
  if (!fact) return 'Belum diperiksa: jalankan SPBE › Cek kelengkapan';
  const when = fact.checkedAt.slice(0, 10);
  switch (fact.status) {
    case 'not-found':
      return `Tidak ditemukan (diperiksa ${when})`;
    case 'no-access':
      return `Tidak dapat dibuka (diperiksa ${when})`;
    case 'error':
      return `Belum bisa diperiksa: ${fact.detail}`;
  }
  if (fact.trashed) return `Di tempat sampah: ${fact.name}`;
  if (fact.mimeType === FOLDER_MIME && fact.folderEmpty) return `Folder kosong: ${fact.name}`;
  if (fact.sharing === 'restricted') return `Pribadi, asesor tidak bisa membuka: ${fact.name}`;
  return `OK: ${fact.name} (diubah ${fact.modified.slice(0, 10)}, diperiksa ${when})`;
}
