import type { ProtectionSpec } from './port';
import { workbookText } from './workbook-text';

export { OWN_PROTECTION_PREFIX } from './workbook-text';

/** A tab only admins may edit. */
export function adminOnly(admins: readonly string[], tab: string): ProtectionSpec {
  return { description: workbookText.adminOnly(tab), editors: admins, openRanges: [] };
}
