import type { Framework } from '../framework';
import { PEMDI_2026_FRAMEWORK } from './pemdi-2026-framework';
import { SPBE_2020_FRAMEWORK } from './spbe-2020-framework';

/**
 * The instruments the add-on knows, oldest first: the first is what a custom function uses
 * when it names none; a year takes the latest one begun by then. A new instrument is its
 * descriptor and its data, listed here.
 */
export const FRAMEWORKS: readonly Framework[] = [SPBE_2020_FRAMEWORK, PEMDI_2026_FRAMEWORK];
