/** What Ekspor says, in plain Bahasa Indonesia. */
export const exportText = {
  tab: () => 'Ekspor',
  done: (tab: string, n: number) =>
    `Ekspor ${n} indikator ditulis di tab ${tab}: tingkat mandiri, penjelasan dan data dukung, siap disalin ke aplikasi nasional.`,
};
