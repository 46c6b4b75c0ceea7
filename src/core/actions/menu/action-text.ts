/**
 * What an action says when it fails unexpectedly, in plain Bahasa Indonesia. Google's own
 * failures come in English; the ones people meet on a busy deadline day are said plainly,
 * with what to do; any other keeps Google's words at the end, for the admin.
 */
export const NOTHING_LOST = ' Tidak ada isian yang hilang.';

const GOOGLE_PROBLEMS: readonly [RegExp, string, Transient?][] = [
  [
    /timed out|Timeout|deadline exceeded/i,
    'Google Sheets sedang lambat menjawab (banyak orang membuka file ini bersamaan). Tunggu sebentar, lalu coba lagi.',
    'transient',
  ],
  [
    /invoked too many times|Service using too much computer time|quota|Bandwidth quota/i,
    'Batas harian layanan Google untuk akun ini sudah tercapai. Coba lagi besok, atau minta admin lain menjalankannya.',
  ],
  [
    /too many simultaneous invocations|concurrent/i,
    'Terlalu banyak orang menjalankan add-on pada saat yang sama. Tunggu satu menit, lalu coba lagi.',
    'transient',
  ],
  [
    /Exceeded maximum execution time/i,
    'Pekerjaan ini melewati batas waktu 6 menit dari Google. Yang sudah selesai tersimpan; jalankan lagi untuk melanjutkan.',
  ],
  [
    /server error|Service error|internal error|Service unavailable|backend error/i,
    'Layanan Google sedang bermasalah. Tunggu sebentar, lalu coba lagi.',
    'transient',
  ],
  [
    /lock timeout|Could not obtain lock|There are too many LockService/i,
    'Orang lain sedang menyimpan atau memeriksa file ini. Tunggu beberapa detik, lalu coba lagi.',
    'transient',
  ],
];

/** A failure that passes by itself: trying again in a moment can help. */
type Transient = 'transient';

const known = (detail: string) => GOOGLE_PROBLEMS.find(([pattern]) => pattern.test(detail));

export const actionText = {
  /** `kept` tells what became of the user's work (the panel says it of the typing itself). */
  unexpected: (detail: string, kept = NOTHING_LOST) => {
    const said = known(detail)?.[1];
    return said
      ? `${said}${kept}`
      : `Terjadi kesalahan yang tidak terduga: ${detail}.${kept} Coba jalankan lagi; ` +
          'bila masih gagal, kirim pesan ini kepada admin Diskominfo.';
  },
  transient: (detail: string) => known(detail)?.[2] === 'transient',
};
