/** What a menu action says when it fails unexpectedly, in plain Bahasa Indonesia. */
export const actionText = {
  unexpected: (detail: string) =>
    `Terjadi kesalahan yang tidak terduga: ${detail}. Tidak ada isian yang hilang. Coba jalankan lagi; ` +
    'bila masih gagal, kirim pesan ini kepada admin Diskominfo.',
};
