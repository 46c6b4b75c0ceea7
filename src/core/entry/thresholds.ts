/**
 * An explanation shorter than this is unlikely to convince an assessor: the check reports it,
 * the panel's draft says so, and the OPD tab's Status stays *Belum lengkap* (the formula
 * counts it as LEN(TRIM(…)) does).
 */
export const MIN_EXPLANATION_CHARS = 40;
