/**
 * Illustrative spbe-2020 levels in catalogue order (I01–I47) for a city at Kendari's 2.01
 * (Cukup): weak policy and management, services at informasi–transaksi, and one indicator
 * (I47) not assessed yet. Invented for the demo; not Kendari's actual answers.
 */
export const DEMO_LEVELS: readonly (number | '')[] = [
  2,
  2,
  2,
  2,
  2,
  2,
  2,
  2,
  1,
  3, // D1 Kebijakan Internal SPBE
  2,
  1,
  2,
  2,
  2,
  2,
  2,
  2,
  3,
  1, // D2 Tata Kelola SPBE
  2,
  2,
  1,
  2,
  1,
  1,
  1,
  2,
  1,
  1,
  1, // D3 Manajemen SPBE
  3,
  3,
  3,
  3,
  2,
  3,
  2,
  1,
  2,
  2,
  2,
  3,
  2,
  3,
  2,
  '', // D4 Layanan SPBE
];
