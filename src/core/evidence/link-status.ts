import { type EvidenceFact, FOLDER_MIME } from './drive-facts';
import { parseLink } from './links';

/** How a link looks to the assessor, from its shape and the last Drive facts: for people. */
export function linkStatus(
  text: string,
  facts: ReadonlyMap<string, EvidenceFact>,
  allowedHosts?: readonly string[],
): { tone: 'ok' | 'warning' | 'error' | 'unknown'; message: string } {
  const link = parseLink(text, allowedHosts);
  if (link.kind === 'not-a-link') return { tone: 'error', message: 'Bukan tautan' };
  if (link.kind === 'other-site')
    return { tone: 'warning', message: `Bukan Google Drive (${link.host})` };
  if (link.kind === 'published-form')
    return { tone: 'warning', message: 'Formulir, bukan file bukti' };
  if (link.kind === 'drive-no-id') return { tone: 'error', message: 'Tautan Drive tanpa file' };
  let fact = facts.get(link.id ?? '');
  if (fact?.shortcutTarget) fact = facts.get(fact.shortcutTarget) ?? fact;
  if (!fact)
    return { tone: 'unknown', message: 'Belum diperiksa: jalankan SPBE › Cek kelengkapan' };
  const when = fact.checkedAt.slice(0, 10);
  if (fact.status === 'not-found')
    return { tone: 'error', message: `Tidak ditemukan (diperiksa ${when})` };
  if (fact.status === 'no-access')
    return { tone: 'error', message: `Tidak dapat dibuka (diperiksa ${when})` };
  if (fact.status === 'error')
    return { tone: 'unknown', message: `Belum bisa diperiksa: ${fact.detail}` };
  if (fact.trashed) return { tone: 'error', message: `Di tempat sampah: ${fact.name}` };
  if (fact.mimeType === FOLDER_MIME && fact.folderEmpty)
    return { tone: 'error', message: `Folder kosong: ${fact.name}` };
  if (fact.sharing === 'restricted')
    return { tone: 'error', message: `Pribadi, asesor tidak bisa membuka: ${fact.name}` };
  if (fact.sharing === 'domain')
    return {
      tone: 'error',
      message: `Hanya akun instansi, asesor tidak bisa membuka: ${fact.name}`,
    };
  return {
    tone: 'ok',
    message: `OK: ${fact.name} (diubah ${fact.modified.slice(0, 10)}, diperiksa ${when})`,
  };
}
