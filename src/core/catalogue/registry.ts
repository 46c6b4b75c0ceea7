import { InputError } from '../kernel/errors';
import { normalizeWords } from '../kernel/text';
import { catalogueText } from './catalogue-text';
import { PEMDI_2026 } from './frameworks/pemdi-2026';
import { SPBE_2020 } from './frameworks/spbe-2020';
import { catalogueFromTable } from './table';
import type { Catalogue } from './types';

const BUILT_IN_CATALOGUES: readonly Catalogue[] = [SPBE_2020, PEMDI_2026];
export const DEFAULT_CATALOGUE = SPBE_2020;

// What people may type for a built-in catalogue, besides its id.
const ALIASES: Record<string, Catalogue> = {
  spbe: SPBE_2020,
  'spbe 2020': SPBE_2020,
  spbe2020: SPBE_2020,
  'indeks spbe': SPBE_2020,
  pemdi: PEMDI_2026,
  'pemdi 2026': PEMDI_2026,
  pemdi2026: PEMDI_2026,
  'indeks pemerintah digital': PEMDI_2026,
};

/**
 * The catalogue a formula or action names: nothing → spbe-2020; a name → a built-in one; a
 * range → an edited copy held in the workbook (a Kerangka table), checked before use.
 */
export function resolveCatalogue(arg: unknown): Catalogue {
  if (Array.isArray(arg) && arg.length > 1) {
    return catalogueFromTable(arg.map((row) => (Array.isArray(row) ? row : [row])));
  }
  const single = Array.isArray(arg) ? arg[0]?.[0] : arg;
  if (single === undefined || single === null || single === '') return DEFAULT_CATALOGUE;
  const name = normalizeWords(String(single));
  const found = BUILT_IN_CATALOGUES.find((c) => c.id === name) ?? ALIASES[name];
  if (!found)
    throw new InputError(
      catalogueText.unknownCatalogue(
        String(single),
        BUILT_IN_CATALOGUES.map((c) => c.id),
      ),
    );
  return found;
}
