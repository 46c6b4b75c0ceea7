import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * poppler's tools, to read a PDF as its reader would: its text (pdftotext), its pages and size
 * (pdfinfo), and its pages as pictures (pdftoppm). Under CI a missing poppler fails the tests
 * (.ci/run installs poppler-utils); elsewhere they are skipped.
 */
const PDFTOTEXT = '/usr/bin/pdftotext';
const available = existsSync(PDFTOTEXT);
if (!available && process.env.CI)
  throw new Error('poppler is missing: .ci/run installs it (apt-get install poppler-utils).');
if (!available)
  console.warn('PDF tests skipped: pdftotext not found (apt-get install poppler-utils).');

export const describeWithPoppler = available ? describe : describe.skip;

/** The PDF's text, in reading order of its layout. */
export function pdfText(file: string): string {
  return execFileSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' });
}

/** How many pages, and the first page's size in points ("841.89 x 595.28 pts (A4)"). */
export function pdfPages(file: string): { pages: number; size: string } {
  const info = execFileSync('/usr/bin/pdfinfo', [file], { encoding: 'utf8' });
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    size: /^Page size:\s+(.*)$/m.exec(info)?.[1]?.trim() ?? '',
  };
}

/** Each page rendered to PNG at `dpi`: the files, in page order. */
export function pdfPictures(file: string, dpi = 40): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'spbe-png-'));
  execFileSync('/usr/bin/pdftoppm', ['-png', '-r', String(dpi), file, path.join(dir, 'page')]);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .sort()
    .map((f) => path.join(dir, f));
}
