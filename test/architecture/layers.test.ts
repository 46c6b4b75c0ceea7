/**
 * The layers, checked on every run: which folder may import which, that core is production
 * code only (every core module is reached from a real entry point, not only from tests or the
 * demo), and that nothing is exported that nobody imports.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { FRAMEWORKS } from '../../src/core/catalogue/frameworks/list';

const ROOT = path.join(__dirname, '..', '..');
const SRC = path.join(ROOT, 'src');

type Layer = 'core' | 'shared' | 'gas' | 'xlsx' | 'cli' | 'sidebar' | 'demo';
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  core: ['core', 'shared'],
  shared: ['shared'],
  gas: ['gas', 'core', 'shared'],
  xlsx: ['xlsx', 'core'],
  demo: ['demo', 'core', 'shared'],
  cli: ['cli', 'core', 'shared', 'xlsx', 'demo'],
  sidebar: ['sidebar', 'shared', 'core'],
};
/**
 * Layers a layer may name types from, and nothing else: the sidebar's RPC contract describes
 * payloads that are core's own types (an indicator, an evidence rule), and copying them into
 * shared would make two definitions to keep equal. A type import leaves no code behind.
 */
const MAY_IMPORT_TYPES: Partial<Record<Layer, readonly Layer[]>> = { shared: ['core'] };
/** Packages a layer may use: Apps Script and the browser have none; Node tools have these. */
const MAY_USE_PACKAGES: Record<Layer, RegExp> = {
  core: /^$/,
  shared: /^$/,
  gas: /^$/,
  demo: /^$/,
  sidebar: /^$/,
  xlsx: /^(node:\w+|exceljs)$/,
  // The leaders' PDF: pdfkit lays out the page, vega-lite draws the charts, svg-to-pdfkit
  // carries them into the PDF.
  cli: /^(node:\w+|exceljs|pdfkit|vega|vega-lite|svg-to-pdfkit)$/,
};
const ENTRIES = ['gas/main.ts', 'cli/spbe.ts', 'sidebar/main.ts'].map((f) => path.join(SRC, f));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return walk(full);
    return /\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [full] : [];
  });
}

const files = walk(SRC);
const source = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));

function imports(file: string): string[] {
  return importsWithKind(file).map((i) => i.spec);
}

function importsWithKind(file: string): { spec: string; typeOnly: boolean }[] {
  const text = source.get(file) ?? readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(import|export)\s+(type\s)?[^;]*?from\s+'([^']+)'/gms)].map(
    (m) => ({ spec: m[3] as string, typeOnly: m[2] !== undefined }),
  );
}

function resolve(from: string, spec: string): string {
  const base = path.resolve(path.dirname(from), spec);
  return base.endsWith('.ts') ? base : `${base}.ts`;
}

function layerOf(file: string): Layer | 'outside' {
  const rel = path.relative(SRC, file);
  if (rel.startsWith('..')) return 'outside';
  return rel.split(path.sep)[0] as Layer;
}

describe('layers', () => {
  it('imports only from the layers each may use', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const layer = layerOf(file) as Layer;
      for (const { spec, typeOnly } of importsWithKind(file)) {
        const where = `${path.relative(ROOT, file)} → ${spec}`;
        if (!spec.startsWith('.')) {
          if (!MAY_USE_PACKAGES[layer].test(spec)) wrong.push(`${where} (package)`);
          continue;
        }
        const target = layerOf(resolve(file, spec));
        if (target === 'outside') wrong.push(where);
        else if (MAY_IMPORT[layer].includes(target)) continue;
        else if (!(typeOnly && MAY_IMPORT_TYPES[layer]?.includes(target))) wrong.push(where);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps core production code: every core module is reached from an entry point, not only from tests or the demo', () => {
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file) || layerOf(file) === 'demo') return;
      reached.add(file);
      for (const spec of imports(file)) if (spec.startsWith('.')) visit(resolve(file, spec));
    };
    for (const entry of ENTRIES) visit(entry);
    const unreached = files
      .filter((f) => layerOf(f) === 'core' && !reached.has(f))
      .map((f) => path.relative(ROOT, f));
    expect(unreached).toEqual([]);
  });

  it('exports nothing that nobody imports', () => {
    const everywhere = [
      ...files,
      ...walk(path.join(ROOT, 'test')),
      ...walk(path.join(ROOT, 'bench')),
      ...walk(path.join(ROOT, 'scripts')),
    ];
    const imported = new Set<string>();
    for (const f of everywhere) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'([^']+)'/g)) {
        if (!(m[2] as string).startsWith('.')) continue;
        const target = resolve(f, m[2] as string);
        for (const name of (m[1] as string).split(','))
          imported.add(
            `${target}#${name
              .replace(/^\s*type\s+/, '')
              .split(' as ')[0]
              ?.trim()}`,
          );
      }
      for (const m of text.matchAll(/export\s+\{([^}]*)\}\s+from\s+'([^']+)'/g)) {
        const target = resolve(f, m[2] as string);
        for (const name of (m[1] as string).split(','))
          imported.add(
            `${target}#${name
              .replace(/^\s*type\s+/, '')
              .split(' as ')[0]
              ?.trim()}`,
          );
      }
    }
    const unused: string[] = [];
    for (const file of files) {
      if (ENTRIES.includes(file)) continue;
      const text = source.get(file) ?? '';
      for (const m of text.matchAll(
        /^export\s+(?:declare\s+)?(?:async\s+)?(?:function|const|class|interface|type|let|enum)\s+(\w+)/gm,
      ))
        if (!imported.has(`${file}#${m[1]}`)) unused.push(`${path.relative(ROOT, file)}: ${m[1]}`);
    }
    expect(unused).toEqual([]);
  });
});

/**
 * Core's inner order: each part may use the parts ranked below it and its own rank, never one
 * above. The kernel knows no SPBE; the catalogue knows instruments; an entry's fields and words
 * know the catalogue; the workbook's layout knows entries; evidence and the audit read the
 * workbook; evaluation reads evidence; actions (setup, check, panel, export, the custom
 * functions, the menu, the environment check) orchestrate everything below.
 */
const CORE_RANK: Record<string, number> = {
  kernel: 0,
  catalogue: 1,
  entry: 2,
  workbook: 3,
  evidence: 4,
  audit: 4,
  evaluation: 5,
  actions: 6,
};
const CORE = path.join(SRC, 'core');
const partOf = (file: string) => path.relative(CORE, file).split(path.sep)[0] ?? '';
const coreFiles = files.filter((f) => layerOf(f) === 'core' && !f.endsWith('.d.ts'));

describe('core ranking', () => {
  it('places every core module in a ranked part', () => {
    const loose = coreFiles
      .filter((f) => CORE_RANK[partOf(f)] === undefined)
      .map((f) => path.relative(ROOT, f));
    expect(loose).toEqual([]);
  });

  it('imports no part ranked above the importer', () => {
    const upward: string[] = [];
    for (const file of coreFiles) {
      const rank = CORE_RANK[partOf(file)] ?? -1;
      for (const spec of imports(file)) {
        if (!spec.startsWith('.')) continue;
        const target = resolve(file, spec);
        if (layerOf(target) !== 'core') continue;
        const targetRank = CORE_RANK[partOf(target)] ?? Number.POSITIVE_INFINITY;
        if (targetRank > rank)
          upward.push(
            `${path.relative(ROOT, file)} (${partOf(file)}) → ${path.relative(ROOT, target)} (${partOf(target)})`,
          );
      }
    }
    expect(upward).toEqual([]);
  });

  it("keeps each text module to the folder that speaks it (the kernel's words are everyone's)", () => {
    const borrowed: string[] = [];
    for (const file of coreFiles) {
      for (const spec of imports(file)) {
        if (!spec.startsWith('.')) continue;
        const target = resolve(file, spec);
        if (layerOf(target) !== 'core' || !/-text\.ts$/.test(target) || partOf(target) === 'kernel')
          continue;
        const folder = path.dirname(target);
        if (!`${path.dirname(file)}${path.sep}`.startsWith(`${folder}${path.sep}`))
          borrowed.push(`${path.relative(ROOT, file)} → ${path.relative(ROOT, target)}`);
      }
    }
    expect(borrowed).toEqual([]);
  });

  it('takes only types from shared: the RPC contract describes payloads, it decides nothing', () => {
    const values = coreFiles.flatMap((file) =>
      importsWithKind(file)
        .filter(
          ({ spec, typeOnly }) =>
            !typeOnly && spec.startsWith('.') && layerOf(resolve(file, spec)) === 'shared',
        )
        .map(({ spec }) => `${path.relative(ROOT, file)} → ${spec}`),
    );
    expect(values).toEqual([]);
  });
});

describe('instruments', () => {
  it('are named and branched on only inside src/core/catalogue: everything else asks the descriptor', () => {
    const ids = FRAMEWORKS.map((f) => f.catalogue.id);
    const named = new RegExp(
      `['"\`](${ids.join('|')})['"\`]|startsWith\\(['"](${ids.map((id) => id.split('-')[0]).join('|')})`,
    );
    const outside: string[] = [];
    for (const file of files) {
      if (file.startsWith(path.join(SRC, 'core', 'catalogue') + path.sep)) continue;
      const code = (source.get(file) ?? '')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      code.split('\n').forEach((line, i) => {
        if (named.test(line)) outside.push(`${path.relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(outside).toEqual([]);
  });
});

describe('size', () => {
  /** Catalogue data (the instruments' indicators, names and weights) is a table, not logic. */
  const DATA = /\/core\/catalogue\/frameworks\//;

  it('keeps every file under 400 lines, catalogue data aside', () => {
    const long = files
      .filter((f) => !DATA.test(f))
      .map((f) => [path.relative(ROOT, f), (source.get(f) ?? '').split('\n').length] as const)
      .filter(([, lines]) => lines > 400)
      .map(([f, lines]) => `${f}: ${lines} lines`);
    expect(long).toEqual([]);
  });

  it('keeps every function readable in one screen: 80 lines at most', () => {
    const long: string[] = [];
    for (const file of files) {
      const sf = ts.createSourceFile(file, source.get(file) ?? '', ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        if (ts.isFunctionLike(node) && 'body' in node && node.body) {
          const from = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
          const to = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
          if (to - from + 1 > 80) {
            const name =
              (node.name && ts.isIdentifier(node.name) && node.name.text) ||
              (ts.isVariableDeclaration(node.parent) && node.parent.name.getText(sf)) ||
              '(anonymous)';
            long.push(`${path.relative(ROOT, file)}:${from + 1} ${name}: ${to - from + 1} lines`);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
    expect(long).toEqual([]);
  });
});

describe('words', () => {
  /** Indonesian words that only a sentence uses: a literal holding one is prose. */
  const PROSE =
    /\b(yang|tidak|belum|untuk|dengan|sudah|atau|lalu|Minta|Pilih|Jalankan|bila|akan|dapat)\b/;
  const TEXT_MODULE = /(-text|formula-text)\.ts$/;
  // Data, not prose: the catalogues (names of indicators), the starter level guide and evidence
  // rules that admins edit on Kerangka and Aturan bukti, and the demo's answers.
  const EXEMPT =
    /\/(catalogue\/frameworks\/|demo\/|catalogue\/level-guide\.ts|catalogue\/starter-items\.ts|evidence\/evidence-rules\.ts)/;

  it('keeps every sentence a user reads in a text module', () => {
    const prose: string[] = [];
    for (const file of files) {
      if (TEXT_MODULE.test(file) || EXEMPT.test(file)) continue;
      const text = (source.get(file) ?? '')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      for (const m of text.matchAll(/'([^'\n]{12,})'|`([^`\n]{12,})`/g)) {
        const literal = m[1] ?? m[2] ?? '';
        if (literal.split(/\s+/).length >= 3 && PROSE.test(literal))
          prose.push(`${path.relative(ROOT, file)}: ${literal.slice(0, 70)}`);
      }
    }
    expect(prose).toEqual([]);
  });
});
