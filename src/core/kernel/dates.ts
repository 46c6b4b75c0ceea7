/**
 * Dates as Indonesian readers write them: "10 Feb 2026", and "10 Feb 2026 14.30" for a
 * moment (a dot between hours and minutes, as KBBI and PUEBI have it). Stored values stay ISO
 * ('YYYY-MM-DD', 'YYYY-MM-DD HH:mm'), which sort and compare; only what users read is turned.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

/** '2026-02-10' or '2026-02-10 14:30' → '10 Feb 2026' or '10 Feb 2026 14.30'; other text as is. */
export function readableDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?/.exec(iso.trim());
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  const day = `${Number(m[3])} ${month} ${m[1]}`;
  return m[4] ? `${day} ${m[4]}.${m[5]}` : day;
}
