import { SPBE_2020 } from '../../src/core/catalogue/frameworks/spbe-2020';
import { starterEvidenceRules } from '../../src/core/catalogue/registry';
import type { EvidenceFact } from '../../src/core/evidence/drive-facts';
import { entriesOf } from '../../src/core/evidence/entries';
import {
  type CheckSettings,
  findingsFor,
  type RevisionMemory,
} from '../../src/core/evidence/findings';
import { OPD_TAB_COLUMNS, type OpdCol } from '../../src/core/workbook/opd-columns';
import type { OpdRecord } from '../../src/core/workbook/ownership';
import type { Cell } from '../../src/core/workbook/port';

/**
 * The findings engine over a corpus of bad and odd inputs: each case is one OPD tab row (or a
 * few) and the exact findings it must give — severity and the start of the problem text.
 */
const OPD: OpdRecord = {
  code: 'BAPPEDA',
  name: 'Bappeda',
  short: 'Bappeda',
  tab: 'Bappeda',
  pics: [],
  indicators: ['I05', 'I13', 'I32', 'I22'],
};
const ID = (n: number) => `1FileNumber${String(n).padStart(3, '0')}xxxxxxxxxxxxxxxxxx`;
const link = (n: number) => `https://drive.google.com/file/d/${ID(n)}/view`;
const GOOD = 'Perwali sudah ditetapkan dan berlaku di seluruh perangkat daerah sejak Maret 2025.';
const SETTINGS: CheckSettings = {
  allowedHosts: ['drive.google.com', 'docs.google.com'],
  minExplanationChars: 40,
  windowStart: '2025-01-01',
  windowEnd: '2026-12-31',
  driveChecked: true,
};

function fact(n: number, change: Partial<EvidenceFact> = {}): [string, EvidenceFact] {
  const base: EvidenceFact = {
    id: ID(n),
    status: 'ok',
    name: `file ${n}.pdf`,
    mimeType: 'application/pdf',
    modified: '2026-02-10T03:00:00.000Z',
    trashed: false,
    owner: 'a@example.org',
    sharing: 'anyone',
    shortcutTarget: '',
    folderEmpty: null,
    checkedAt: '2026-11-28T00:00:00.000Z',
    detail: '',
  };
  return [ID(n), { ...base, ...change }];
}
const FACTS = new Map<string, EvidenceFact>([
  fact(1),
  fact(2, { mimeType: 'image/png' }),
  fact(3, { status: 'not-found', detail: 'tidak ditemukan' }),
  fact(4, { status: 'no-access' }),
  fact(5, { trashed: true }),
  fact(6, { mimeType: 'application/vnd.google-apps.folder', folderEmpty: true }),
  fact(7, { mimeType: 'application/vnd.google-apps.folder', folderEmpty: false }),
  fact(8, { sharing: 'restricted' }),
  fact(9, { sharing: 'domain' }),
  fact(10, { modified: '2019-06-01T00:00:00.000Z' }),
  fact(11, { modified: '2027-01-02T00:00:00.000Z' }),
  fact(12, { status: 'error', detail: 'Drive menjawab 429' }),
  fact(13, { mimeType: 'application/vnd.google-apps.shortcut', shortcutTarget: ID(1) }),
  fact(14, { mimeType: 'application/vnd.google-apps.shortcut', shortcutTarget: ID(5) }),
  fact(15, { sharing: 'unknown' }),
]);

type Row = Partial<Record<OpdCol, Cell>> & { code?: string };
function tab(rows: Row[]): { cells: Cell[][] } {
  const header = OPD_TAB_COLUMNS.map((c) => c.header);
  return {
    cells: [
      ['judul'],
      ['petunjuk'],
      [''],
      header,
      ...rows.map((r) =>
        OPD_TAB_COLUMNS.map((c) => {
          if (c.key === 'code') return r.code ?? 'I05';
          if (c.key === 'assignment') return r.assignment ?? 'aktif';
          if (c.key in r) return r[c.key as OpdCol] ?? '';
          return (
            {
              level: '2 – Terkelola',
              explanation: GOOD,
              evidence: `${link(1)}\n${link(2)}`,
              evidenceKind: 'Perwali/Perbup/Perda',
            }[c.key as string] ?? ''
          );
        }),
      ),
    ],
  };
}

function check(
  rows: Row[],
  options: {
    facts?: Map<string, EvidenceFact>;
    settings?: Partial<CheckSettings>;
    verified?: Map<string, number>;
    revisions?: RevisionMemory;
    richLinks?: Map<number, string[]>;
  } = {},
) {
  const settings = { ...SETTINGS, ...options.settings };
  const entries = entriesOf(
    OPD,
    SPBE_2020,
    tab(rows),
    settings.allowedHosts,
    () => options.richLinks ?? new Map(),
  );
  return findingsFor({
    entries,
    facts: options.facts ?? FACTS,
    rules: starterEvidenceRules(SPBE_2020),
    settings,
    verified: options.verified ?? new Map(),
    revisions: options.revisions ?? new Map(),
    today: '2026-11-28',
    itemRule: 'tertinggi',
  });
}
const summary = (rows: Row[], options?: Parameters<typeof check>[1]) =>
  check(rows, options).findings.map((f) => `${f.severity}: ${f.problem}`);

describe('findings over a corpus of odd inputs', () => {
  it.each<[string, Row, string[]]>([
    ['a complete row', {}, []],
    ['level blank', { level: '' }, ['error: Tingkat belum dipilih.']],
    ['level of spaces', { level: '   ' }, ['error: Tingkat belum dipilih.']],
    ['level as a word', { level: 'tiga' }, ["error: Tingkat tidak sah: 'tiga' bukan tingkat 1–5."]],
    ['level 7', { level: '7' }, ["error: Tingkat tidak sah: '7' bukan tingkat 1–5."]],
    [
      'level as a checkbox',
      { level: true },
      ['error: Tingkat tidak sah: TRUE (nilai centang) bukan tingkat 1–5.'],
    ],
    [
      'level as a date',
      { level: new Date(Date.UTC(2026, 2, 1)) },
      ['error: Tingkat tidak sah: tanggal 2026-03-01 bukan tingkat 1–5.'],
    ],
    [
      'level named from the wrong scale',
      { level: '2 – Interaksi' },
      [
        "error: Tingkat tidak sah: '2 – Interaksi' tidak cocok: tingkat 2 untuk indikator ini bernama 'Terkelola'.",
      ],
    ],
    ['level as a plain number with spaces', { level: ' 2 ' }, []],
    [
      'explanation of spaces and newlines',
      { explanation: ' \n \n ' },
      ['error: Penjelasan kosong.'],
    ],
    [
      'explanation too short',
      { explanation: 'ada' },
      ['error: Penjelasan terlalu singkat (3 huruf, minimal 40) untuk meyakinkan asesor.'],
    ],
    ['a huge explanation', { explanation: 'x'.repeat(50_000) }, []],
    ['no evidence', { evidence: '' }, ['error: Data dukung kosong.']],
    [
      'evidence that is no link',
      { evidence: 'lihat map arsip' },
      ["error: 'lihat map arsip' bukan tautan."],
    ],
    [
      'a link to another site',
      { evidence: `https://jdih.kendarikota.go.id/x\n${link(1)}` },
      ['error: Tautan ke jdih.kendarikota.go.id, bukan Google Drive.'],
    ],
    [
      'a published form',
      {
        evidence: `https://docs.google.com/forms/d/e/1FAIpQLSfAbCdEfGhIjKlMnOpQrStUvW/viewform\n${link(1)}`,
      },
      ['error: Tautan formulir yang dipublikasikan, bukan file bukti.'],
    ],
    [
      'a Drive page that is no file',
      { evidence: 'https://drive.google.com/drive/my-drive' },
      ['error: Tautan Drive tanpa file (misalnya halaman Drive Saya).'],
    ],
    ['the same link twice', { evidence: `${link(1)}\n${link(1)}\n` }, []],
    [
      'links with spaces, commas and blank lines',
      { evidence: `  ${link(1)} ,\n\n${link(2)};  ` },
      [],
    ],
    ['a HYPERLINK formula', { evidence: `=HYPERLINK("${link(1)}";"Perwali 12/2023")` }, []],
    [
      'a file that is gone',
      { evidence: link(3) },
      ['error: File tidak ditemukan atau tidak dibagikan ke pemeriksa.'],
    ],
    [
      'a file the checker cannot open',
      { evidence: link(4) },
      ['error: File tidak dapat dibuka dengan akun pemeriksa.'],
    ],
    ['a file in the trash', { evidence: link(5) }, ['error: File ada di tempat sampah Drive.']],
    [
      'an empty folder',
      { evidence: `https://drive.google.com/drive/folders/${ID(6)}` },
      ['error: Folder Drive kosong.'],
    ],
    ['a folder with files', { evidence: `https://drive.google.com/drive/folders/${ID(7)}` }, []],
    [
      'a private file',
      { evidence: `${link(8)}\n${link(2)}` },
      [
        'error: File hanya bisa dibuka orang tertentu (yang diberi akses atau akun instansi); asesor tidak akan bisa membukanya.',
      ],
    ],
    [
      'a file open to the agency’s domain only',
      { evidence: link(9) },
      [
        'error: File hanya bisa dibuka akun instansi sendiri; asesor eksternal tidak akan bisa membukanya.',
      ],
    ],
    [
      'a file from before the window',
      { evidence: link(10) },
      [
        'warning: File terakhir diubah 1 Jun 2019, di luar periode evaluasi 1 Jan 2025 sampai 31 Des 2026.',
      ],
    ],
    [
      'a file from after the window',
      { evidence: link(11) },
      [
        'warning: File terakhir diubah 2 Jan 2027, di luar periode evaluasi 1 Jan 2025 sampai 31 Des 2026.',
      ],
    ],
    [
      'a file Drive could not answer for yet',
      { evidence: link(12) },
      ['info: File belum bisa diperiksa (Drive menjawab 429).'],
    ],
    ['a shortcut to a good file', { evidence: link(13) }, []],
    [
      'a shortcut to a trashed file',
      { evidence: link(14) },
      ['error: File ada di tempat sampah Drive.'],
    ],
    ['a file whose sharing the checker cannot see', { evidence: link(15) }, []],
    ['a file never checked', { evidence: link(99) }, []],
    [
      'an archived row, empty',
      { assignment: 'diarsipkan 2026-10-01', level: '', explanation: '', evidence: '' },
      [],
    ],
    ['a code typed as i5', { code: 'i5' }, []],
    ['a code that is not an indicator', { code: 'I99', level: '' }, []],
    [
      'a policy at level 4 with one link and no review report',
      { level: '4 – Terpadu dan Terukur', evidence: link(1) },
      [
        'warning: Tingkat 4 memerlukan minimal 2 data dukung; baru 1.',
        'warning: Tingkat 4 memerlukan bukti jenis Laporan.',
      ],
    ],
    [
      'a policy at level 2 without an enacted regulation',
      { evidenceKind: 'Dokumen' },
      ['warning: Tingkat 2 memerlukan bukti jenis Perwali/Perbup/Perda atau SK.'],
    ],
    [
      'a service with documents only',
      { code: 'I32', level: '2 – Interaksi', evidence: link(1), evidenceKind: 'Dokumen' },
      ['warning: Tingkat 2 memerlukan bukti jenis Tangkapan layar atau URL/demo aplikasi.'],
    ],
    [
      'a service whose screenshot shows in the file type',
      { code: 'I32', level: '2 – Interaksi', evidence: link(2), evidenceKind: 'Dokumen' },
      [],
    ],
    [
      'perlu revisi with a note',
      { verification: 'perlu revisi', verifierNote: 'lampirkan SK' },
      [],
    ],
    [
      'perlu revisi without a note',
      { verification: 'perlu revisi' },
      ['error: Status "perlu revisi" tanpa catatan verifikator.'],
    ],
  ])('%s', (_, row, expected) => {
    // Each expected text is the start of the finding (rule findings go on with the rule's why).
    const found = summary([row]);
    expect(found.map((f, i) => (f.startsWith(expected[i] ?? '\u0000') ? expected[i] : f))).toEqual(
      expected,
    );
  });

  it('judges only link shapes when Drive was not checked (offline)', () => {
    expect(
      summary([{ evidence: `${link(5)}\n${link(3)}` }], { settings: { driveChecked: false } }),
    ).toEqual([]);
  });

  it('reads a merged cell as Sheets gives it: the value in the first row only', () => {
    const rows: Row[] = [
      { code: 'I05' },
      { code: 'I13', level: '2 – Terkelola', evidence: '', evidenceKind: 'Dokumen' },
    ];
    expect(summary(rows)).toEqual(['error: Data dukung kosong.']);
  });

  it('keeps only the first of two rows with the same code', () => {
    expect(summary([{ code: 'I05' }, { code: 'I05', level: '', explanation: '' }])).toEqual([]);
  });

  it('reads rich-text links (text whose link is hidden)', () => {
    expect(
      summary([{ evidence: 'Perwali 12/2023' }], { richLinks: new Map([[5, [link(1)]]]) }),
    ).toEqual([]);
  });

  it('flags a claim above the verified level', () => {
    expect(summary([{}], { verified: new Map([['I05', 1]]) })).toEqual([
      'warning: Klaim tingkat 2 di atas hasil verifikasi 1.',
    ]);
    expect(summary([{}], { verified: new Map([['I05', 2]]) })).toEqual([]);
  });

  it('flags the same file behind indicators of different aspects, not of the same one', () => {
    const rows: Row[] = [
      { code: 'I05' },
      { code: 'I22', level: '2 – Terkelola', evidenceKind: 'Dokumen' },
    ];
    expect(summary(rows)).toEqual([
      'warning: File yang sama juga dipakai untuk I22 (aspek lain).',
      'warning: File yang sama juga dipakai untuk I05 (aspek lain).',
    ]);
  });

  it('remembers a revision request and flags it when nothing changed since', () => {
    const first = check([{ verification: 'perlu revisi', verifierNote: 'lampirkan SK' }]);
    expect(first.findings).toEqual([]);
    const memory = first.revisions;
    const [key, seen] = [...memory][0] ?? [];
    expect(key).toBe('BAPPEDA|I05');
    const earlier = new Map([
      [key as string, { ...(seen as { fingerprint: string; since: string }), since: '2026-11-20' }],
    ]);
    expect(
      summary([{ verification: 'perlu revisi', verifierNote: 'lampirkan SK' }], {
        revisions: earlier,
      }),
    ).toEqual(['warning: Diminta revisi sejak 20 Nov 2026, tetapi belum ada perubahan.']);
    const changed = check(
      [
        {
          verification: 'perlu revisi',
          verifierNote: 'lampirkan SK',
          explanation: `${GOOD} Ditambah SK.`,
        },
      ],
      { revisions: earlier },
    );
    expect(changed.findings).toEqual([]);
    expect(changed.revisions.get('BAPPEDA|I05')?.since).toBe('2026-11-28');
  });

  it('points each finding at its cell', () => {
    const [f] = check([{ explanation: '' }]).findings;
    expect(f).toMatchObject({
      opd: 'BAPPEDA',
      tab: 'Bappeda',
      indicator: 'I05',
      row: 5,
      col: OPD_TAB_COLUMNS.findIndex((c) => c.key === 'explanation') + 1,
      severity: 'error',
    });
  });
});

describe('edits after the deadline', () => {
  it('lists a row edited after the last day of self-assessment, not one edited on it', () => {
    const settings = { deadline: '2026-10-31' };
    expect(summary([{ editedAt: '2026-11-02 09:15' }], { settings })).toEqual([
      'warning: Diubah 2 Nov 2026, setelah batas pengisian 31 Okt 2026.',
    ]);
    expect(summary([{ editedAt: new Date(2026, 9, 31, 23, 0) }], { settings })).toEqual([]);
    expect(summary([{ editedAt: '' }], { settings })).toEqual([]);
  });
});
