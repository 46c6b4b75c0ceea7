import { SPBE_2020 } from '../core/catalogue/frameworks/spbe-2020';
import { findIndicator } from '../core/catalogue/lookup';
import type { Catalogue, Indicator } from '../core/catalogue/types';
import { ASSESSMENT_COLUMNS, type AssessmentCol } from '../core/workbook/assessment-tab';
import { readKeyedTable } from '../core/workbook/keyed-table';
import {
  codeKeyOf,
  levelOptions,
  OPD_TAB_COLUMNS,
  type OpdCol,
} from '../core/workbook/opd-columns';
import type { OpdRecord } from '../core/workbook/ownership';
import { type Cell, formula, type WorkbookPort } from '../core/workbook/port';
import { TAB } from '../core/workbook/tab-names';
import { DEMO_LEVELS } from './levels';

/**
 * The 12-OPD Kendari demo: realistic answers in every OPD tab, with evidence in Drive, and a
 * list of deliberately planted problems that the completeness check must find — and nothing
 * else. Invented for the demo and for tests; not Kendari's actual answers.
 */
/** The demo replays Kendari's SPBE 2020 evaluation, the instrument of its 2,01. */
export const DEMO_FRAMEWORK = SPBE_2020.id;

export interface DemoFile {
  readonly id: string;
  readonly name: string;
  readonly mimeType: string;
  readonly modifiedTime: string;
  readonly sharing: 'anyone' | 'domain' | 'restricted';
  readonly owner: string;
  readonly trashed?: boolean;
  readonly shortcutTarget?: string;
  /** For a folder: how many files it holds. */
  readonly children?: number;
  /** Drive answers this status instead of the file (404 = gone). */
  readonly status?: number;
  /** People the file is shared with by name, besides its sharing setting. */
  readonly readers?: readonly string[];
}

/** The demo's coordinator, who runs the check: OPDs share private files with this address. */
export const DEMO_ADMIN = 'kominfo.admin@example.org';

interface PlantedProblem {
  readonly opd: string;
  readonly indicator: string;
  /** Start of the finding's problem text the check must report. */
  readonly problem: string;
}

const OK_EXPLANATION =
  'Sudah ditetapkan dan dilaksanakan di seluruh perangkat daerah; dokumen dan catatan pelaksanaannya terlampir pada tautan Drive.';

function fileId(opd: string, code: string, n: number): string {
  return `1Demo${code}${opd}${n}`.padEnd(33, 'x').slice(0, 40);
}

/** Levels of the demo: the 2,01 profile, with I47 assessed and I05 left blank (planted). */
function demoLevel(indicator: Indicator): number | null {
  if (indicator.code === 'I05') return null;
  if (indicator.code === 'I47') return 2;
  const level = DEMO_LEVELS[indicator.no - 1];
  return typeof level === 'number' ? level : null;
}

function kindFor(indicator: Indicator, level: number): string {
  if (indicator.no <= 10) return level >= 2 ? 'Perwali/Perbup/Perda' : 'Dokumen';
  if (indicator.no <= 31) return level >= 3 ? 'SOP' : 'Dokumen';
  return 'Tangkapan layar';
}

interface Answer {
  level: number | null;
  explanation: string;
  evidence: string;
  evidenceKind: string;
}

export interface Demo {
  readonly files: readonly DemoFile[];
  readonly answers: ReadonlyMap<string, ReadonlyMap<string, Answer>>;
  readonly planted: readonly PlantedProblem[];
  /** Verifier entries: on OPD tabs (status, note) and in Penilaian (verified level). */
  readonly verification: readonly { opd: string; indicator: string; status: string }[];
  readonly verified: ReadonlyMap<string, number>;
}

/**
 * The planted problems, one per OPD and kind: a file gone, in the trash, shared with one
 * person, an empty folder, one too old, a missing level or explanation, a link that is no link,
 * another site, the wrong kind, too few links, owners that disagree, a file used twice.
 */
function plantProblems(
  catalogue: Catalogue,
  file: (id: string, name: string, extra?: Partial<DemoFile>) => string,
  view: (id: string) => string,
  set: (opd: string, code: string, change: Partial<Answer>) => void,
): void {
  const gone = file(fileId('UKPBJ', 'I35', 7), 'dihapus', { status: 404 });
  const trashed = file(fileId('DISPUSIP', 'I37', 7), 'arsip lama.pdf', { trashed: true });
  // Shared with Diskominfo only: the checker can read it, an external assessor cannot.
  const private_ = file(fileId('BAPENDA', 'I45', 7), 'e-pajak screenshot.png', {
    mimeType: 'image/png',
    sharing: 'restricted',
    readers: [DEMO_ADMIN],
  });
  const folder = file(fileId('DISDUKCAPIL', 'I46', 7), 'Bukti Disdukcapil', {
    mimeType: 'application/vnd.google-apps.folder',
    children: 0,
  });
  const old = file(fileId('DPMPTSP', 'I47', 7), 'SOP perizinan 2019.pdf', {
    modifiedTime: '2019-06-01T00:00:00.000Z',
  });
  const shared = fileId('DISKOMINFO', 'I01', 1);
  set('DISKOMINFO', 'I05', { level: null, evidenceKind: '' });
  set('BAPPEDA', 'I32', { explanation: '' });
  set('BPKAD', 'I34', { explanation: 'Sudah ada aplikasinya.' });
  set('BKPSDM', 'I36', { evidence: '' });
  set('INSPEKTORAT', 'I39', {
    evidence: `lihat map arsip di ruang Inspektorat\n${view(fileId('INSPEKTORAT', 'I39', 1))}`,
  });
  set('HUKUM', 'I44', {
    evidence: `https://jdih.kendarikota.go.id/perwali-2023-12\n${view(fileId('HUKUM', 'I44', 1))}`,
  });
  set('UKPBJ', 'I35', { evidence: view(gone) });
  set('DISPUSIP', 'I37', { evidence: `${view(trashed)}\n${view(fileId('DISPUSIP', 'I37', 2))}` });
  set('BAPENDA', 'I45', { evidence: `${view(private_)}\n${view(fileId('BAPENDA', 'I45', 2))}` });
  set('DISDUKCAPIL', 'I46', {
    evidence: `https://drive.google.com/drive/folders/${folder}\n${view(fileId('DISDUKCAPIL', 'I46', 2))}`,
  });
  set('DPMPTSP', 'I47', { evidence: `${view(old)}\n${view(fileId('DPMPTSP', 'I47', 2))}` });
  set('DISKOMINFO', 'I08', { evidenceKind: 'Dokumen' });
  set('DISKOMINFO', 'I43', { evidence: view(fileId('DISKOMINFO', 'I43', 1)) });
  set('ORGANISASI', 'I14', {
    level: (demoLevel(findIndicator(catalogue, 'I14') as Indicator) ?? 1) + 1,
  });
  set('DISKOMINFO', 'I22', {
    evidence: `${view(shared)}\n${view(fileId('DISKOMINFO', 'I22', 2))}`,
  });
}

/** The problems the demo plants, as the check must report each (the demo's own test). */
const PLANTED: readonly PlantedProblem[] = [
  { opd: 'DISKOMINFO', indicator: 'I05', problem: 'Tingkat belum dipilih.' },
  { opd: 'BAPPEDA', indicator: 'I32', problem: 'Penjelasan kosong.' },
  { opd: 'BPKAD', indicator: 'I34', problem: 'Penjelasan terlalu singkat' },
  { opd: 'BKPSDM', indicator: 'I36', problem: 'Data dukung kosong.' },
  {
    opd: 'INSPEKTORAT',
    indicator: 'I39',
    problem: "'lihat map arsip di ruang Inspektorat' bukan tautan.",
  },
  {
    opd: 'HUKUM',
    indicator: 'I44',
    problem: 'Tautan ke jdih.kendarikota.go.id, bukan Google Drive.',
  },
  { opd: 'UKPBJ', indicator: 'I35', problem: 'File tidak ditemukan atau tidak dibagikan' },
  { opd: 'DISPUSIP', indicator: 'I37', problem: 'File ada di tempat sampah Drive.' },
  { opd: 'BAPENDA', indicator: 'I45', problem: 'File hanya bisa dibuka orang tertentu' },
  { opd: 'DISDUKCAPIL', indicator: 'I46', problem: 'Folder Drive kosong.' },
  {
    opd: 'DPMPTSP',
    indicator: 'I47',
    problem: 'File terakhir diubah 1 Jun 2019, di luar periode evaluasi',
  },
  {
    opd: 'DISKOMINFO',
    indicator: 'I08',
    problem: 'Tingkat 2 memerlukan bukti jenis Perwali/Perbup/Perda atau SK.',
  },
  {
    opd: 'DISKOMINFO',
    indicator: 'I43',
    problem: 'Tingkat 3 memerlukan minimal 2 data dukung; baru 1.',
  },
  { opd: 'DISKOMINFO', indicator: 'I14', problem: 'OPD pemilik mengklaim tingkat berbeda' },
  { opd: 'BAPPEDA', indicator: 'I14', problem: 'OPD pemilik mengklaim tingkat berbeda' },
  { opd: 'ORGANISASI', indicator: 'I14', problem: 'OPD pemilik mengklaim tingkat berbeda' },
  { opd: 'DISKOMINFO', indicator: 'I01', problem: 'File yang sama juga dipakai untuk I22' },
  { opd: 'DISKOMINFO', indicator: 'I22', problem: 'File yang sama juga dipakai untuk I01' },
  {
    opd: 'BAPPEDA',
    indicator: 'I40',
    problem: 'Status "perlu revisi" tanpa catatan verifikator.',
  },
  { opd: 'DISKOMINFO', indicator: 'I11', problem: 'Klaim tingkat 2 di atas hasil verifikasi 1.' },
];

export function kendariDemo(catalogue: Catalogue, opds: readonly OpdRecord[], year: number): Demo {
  const files: DemoFile[] = [];
  const modified = `${year}-02-10T03:00:00.000Z`;
  const file = (id: string, name: string, extra: Partial<DemoFile> = {}): string => {
    files.push({
      id,
      name,
      mimeType: 'application/pdf',
      modifiedTime: modified,
      sharing: 'anyone',
      owner: 'kominfo.spbe@example.org',
      ...extra,
    });
    return id;
  };
  const view = (id: string) => `https://drive.google.com/file/d/${id}/view?usp=sharing`;
  const answers = new Map<string, Map<string, Answer>>();
  for (const opd of opds) {
    const mine = new Map<string, Answer>();
    for (const code of opd.indicators) {
      const indicator = findIndicator(catalogue, code) as Indicator;
      const level = demoLevel(indicator);
      const a = file(fileId(opd.code, code, 1), `${code} ${opd.short} dokumen.pdf`);
      const b = file(fileId(opd.code, code, 2), `${code} ${opd.short} lampiran.png`, {
        mimeType: 'image/png',
      });
      mine.set(code, {
        level,
        explanation: OK_EXPLANATION,
        evidence: `${view(a)}\n${view(b)}`,
        evidenceKind: level === null ? '' : kindFor(indicator, level),
      });
    }
    answers.set(opd.code, mine);
  }
  const set = (opd: string, code: string, change: Partial<Answer>) => {
    const before = answers.get(opd)?.get(code);
    if (!before) throw new Error(`demo: ${opd} does not own ${code}`);
    answers.get(opd)?.set(code, { ...before, ...change });
  };

  // Link shapes that must pass: a shortcut to a good file, a resource key, a HYPERLINK formula.
  const target = file(fileId('DISKOMINFO', 'I02', 9), 'I02 target pintasan.pdf');
  const shortcut = file(fileId('DISKOMINFO', 'I02', 8), 'Pintasan ke I02', {
    mimeType: 'application/vnd.google-apps.shortcut',
    shortcutTarget: target,
  });
  set('DISKOMINFO', 'I02', {
    evidence: `${view(shortcut)}\n${view(fileId('DISKOMINFO', 'I02', 2))}`,
  });
  set('BAPPEDA', 'I13', {
    evidence: `${view(fileId('BAPPEDA', 'I13', 1))}&resourcekey=0-AbCdEf\n${view(fileId('BAPPEDA', 'I13', 2))}`,
  });
  set('BPKAD', 'I38', {
    evidence: `=HYPERLINK("${view(fileId('BPKAD', 'I38', 1))}";"Aplikasi aset daerah")`,
  });

  plantProblems(catalogue, file, view, set);
  return {
    files,
    answers,
    planted: PLANTED,
    verification: [{ opd: 'BAPPEDA', indicator: 'I40', status: 'perlu revisi' }],
    verified: new Map([['I11', 1]]),
  };
}

/** Types the demo answers into the OPD tabs and the verifier's entries, through the port. */
export function fillDemo(
  wb: WorkbookPort,
  catalogue: Catalogue,
  opds: readonly OpdRecord[],
  demo: Demo,
): void {
  for (const opd of opds) {
    const content = wb.read(opd.tab);
    const table = readKeyedTable(content, OPD_TAB_COLUMNS, 'code', codeKeyOf(catalogue));
    if (!content || !table) continue;
    const cells = content.cells.map((r) => [...r]);
    const put = (code: string, col: OpdCol, value: Cell) => {
      const r = (table.rowNumbers.get(code) ?? 0) - 1;
      const c = (table.columns.get(col) ?? 0) - 1;
      const row = cells[r];
      if (row && c >= 0) row[c] = value;
    };
    for (const [code, a] of demo.answers.get(opd.code) ?? []) {
      const indicator = findIndicator(catalogue, code) as Indicator;
      put(
        code,
        'level',
        a.level === null ? '' : (levelOptions(catalogue, indicator)[a.level - 1] ?? ''),
      );
      put(code, 'explanation', a.explanation);
      // Typed as a person types: "=HYPERLINK(…)" in a cell is a formula.
      put(code, 'evidence', a.evidence.startsWith('=') ? formula(a.evidence) : a.evidence);
      put(code, 'evidenceKind', a.evidenceKind);
    }
    for (const v of demo.verification.filter((x) => x.opd === opd.code))
      put(v.indicator, 'verification', v.status);
    wb.write(opd.tab, { cells }, content);
  }
  const assessment = wb.read(TAB.assessment);
  const table = readKeyedTable(assessment, ASSESSMENT_COLUMNS, 'code', codeKeyOf(catalogue));
  if (!assessment || !table) return;
  const cells = assessment.cells.map((r) => [...r]);
  const verifiedCol: AssessmentCol = 'verified';
  for (const [code, level] of demo.verified) {
    const row = cells[(table.rowNumbers.get(code) ?? 0) - 1];
    const c = (table.columns.get(verifiedCol) ?? 0) - 1;
    if (row && c >= 0) row[c] = level;
  }
  wb.write(TAB.assessment, { cells }, assessment);
}
