import { existsSync } from 'node:fs';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import {
  frameworkChoices,
  frameworkForYear,
  frameworkIds,
  resolveCatalogue,
} from '../core/catalogue/registry';
import { InputError, messageOf } from '../core/kernel/errors';
import { cliText } from './cli-text';
import { check, demo, exportFile, type Output, plan, setup } from './commands';
import { printKerangka } from './kerangka-command';
import { type ProvinceShare, scoreProvince } from './province';
import { laporan } from './report-command';
import { printScores, type ScoreJson, scoreFile } from './score-command';

/**
 * `spbe`: the add-on's main jobs on .xlsx files, no Google account needed. Messages in
 * Indonesian; a problem the user can fix exits 2 with its message, never a stack trace.
 */
function option(args: string[], ...names: string[]): string | undefined {
  // `--name=value` is the same as `--name value`, as in most command-line tools.
  const joined = args.findIndex((a) => names.some((n) => a.startsWith(`${n}=`)));
  if (joined >= 0) {
    const [name, ...rest] = (args[joined] as string).split('=');
    const value = rest.join('=');
    if (value === '') throw new InputError(cliText.optionWithoutValue(name ?? ''));
    args.splice(joined, 1);
    return value;
  }
  const at = args.findIndex((a) => names.includes(a));
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('-'))
    throw new InputError(cliText.optionWithoutValue(args[at] ?? ''));
  args.splice(at, 2);
  return value;
}

/** What is left once a command took its options: anything like an option is a mistake. */
function refuseUnknownOptions(args: readonly string[], command: string): void {
  const unknown = args.find((a) => a.startsWith('-'));
  if (unknown) throw new InputError(cliText.unknownOption(unknown, command));
}

function flag(args: string[], name: string): boolean {
  const at = args.indexOf(name);
  if (at >= 0) args.splice(at, 1);
  return at >= 0;
}

export async function main(argv: string[], io: Output): Promise<number> {
  const args = [...argv];
  const command = args.shift() ?? '';
  if (command === '' || command === '--help' || command === '-h') {
    io.out(cliText.usage());
    return command === '' ? 2 : 0;
  }
  if (flag(args, '--help') || flag(args, '-h')) {
    const help = cliText.help[command];
    if (!help) throw new InputError(cliText.unknownCommand(command));
    io.out(typeof help === 'function' ? help(frameworkChoices()) : help);
    return 0;
  }
  const run = COMMANDS[command];
  if (!run) throw new InputError(cliText.unknownCommand(command));
  // Only commands that print JSON take --json; elsewhere it is refused like any unknown option.
  return run(args, TAKES_JSON.includes(command) && flag(args, '--json'), io);
}

const TAKES_JSON = ['check', 'score', 'plan', 'kerangka', 'laporan'];

/** One command: its arguments (options still in them), whether --json was given, the output. */
type Command = (args: string[], json: boolean, io: Output) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  demo: async (args, _json, io) => {
    refuseUnknownOptions(args, 'demo');
    await demo(args[0] ?? 'demo-output', io);
    return 0;
  },
  setup: async (args, _json, io) => {
    const opd = option(args, '--opd');
    const out = option(args, '-o', '--output');
    const year = yearOption(option(args, '--tahun'));
    const framework = frameworkOption(option(args, '--framework')) ?? frameworkForYear(year);
    const force = flag(args, '--force');
    const pemda = option(args, '--nama');
    const admins = option(args, '--admin');
    refuseUnknownOptions(args, 'setup');
    if (!opd)
      throw new InputError(
        cliText.missingArgument('--opd opd.csv', 'spbe setup --opd opd.csv -o evaluasi.xlsx'),
      );
    if (!out)
      throw new InputError(
        cliText.missingArgument('-o BERKAS.xlsx', 'spbe setup --opd opd.csv -o evaluasi.xlsx'),
      );
    // A filled workbook is never replaced by an empty one without asking.
    if (existsSync(out) && !force) throw new InputError(cliText.outputExists(out));
    await setup(opd, framework, out, io, new Date(), { pemda, admins }, year);
    io.out(cliText.next.setup(out));
    return 0;
  },
  check: async (args, json, io) => {
    const out = option(args, '-o', '--output');
    const force = flag(args, '--force');
    refuseUnknownOptions(args, 'check');
    const file = args[0];
    if (!file)
      throw new InputError(cliText.missingArgument('Berkas .xlsx', 'spbe check evaluasi.xlsx'));
    // A file named with -o is someone's; only the check's own copy is replaced without asking.
    if (out && existsSync(out) && !force) throw new InputError(cliText.checkOutputExists(out));
    await check(file, json, out, io);
    if (!json) io.out(cliText.next.check(file));
    return 0;
  },
  score: async (args, json, io) => {
    refuseUnknownOptions(args, 'score');
    if (args.length === 0)
      throw new InputError(
        cliText.missingArgument(cliText.scoreInputs(), 'spbe score evaluasi.xlsx'),
      );
    if (args.length === 1) {
      const one = await scoreFile(args[0] as string, io);
      if (json) io.out(JSON.stringify([one], null, 2));
      else {
        printScores([one], io);
        io.out(cliText.next.score(args[0] as string));
      }
      return 0;
    }
    // A province scores many files: one that cannot be read gets its own row, the rest go on.
    const results = await scoreProvince(args, (file) => scoreOrReason(file, io), __filename);
    if (json) io.out(JSON.stringify(results, null, 2));
    else printScores(results, io);
    const failed = results.filter((r) => r.error !== undefined).length;
    return failed === 0 ? 0 : failed < results.length ? 1 : 2;
  },
  plan: async (args, json, io) => {
    const value = option(args, '--target') ?? '3';
    const maxValue = option(args, '--max') ?? '5';
    refuseUnknownOptions(args, 'plan');
    const maxLevel = Number(maxValue);
    if (!Number.isInteger(maxLevel) || maxLevel < 2 || maxLevel > 5)
      throw new InputError(cliText.badMax(maxValue));
    const target = Number(value.replace(',', '.'));
    if (!Number.isFinite(target) || target < 1 || target > 5)
      throw new InputError(cliText.badTarget(value));
    const file = args[0];
    if (!file)
      throw new InputError(
        cliText.missingArgument('Berkas .xlsx', 'spbe plan evaluasi.xlsx --target 3'),
      );
    await plan(file, target, json, io, new Date(), maxLevel);
    if (!json) io.out(cliText.next.plan());
    return 0;
  },
  export: async (args, _json, io) => {
    const dir = option(args, '-o', '--output');
    refuseUnknownOptions(args, 'export');
    const file = args[0];
    if (!file)
      throw new InputError(cliText.missingArgument('Berkas .xlsx', 'spbe export evaluasi.xlsx'));
    await exportFile(file, dir, io);
    return 0;
  },
  laporan: async (args, json, io) => {
    const out = option(args, '-o', '--output');
    const force = flag(args, '--force');
    refuseUnknownOptions(args, 'laporan');
    const file = args[0];
    if (!file)
      throw new InputError(cliText.missingArgument('Berkas .xlsx', 'spbe laporan evaluasi.xlsx'));
    if (out && existsSync(out) && !force) throw new InputError(cliText.reportExists(out));
    await laporan(file, json, io, out);
    return 0;
  },
  kerangka: async (args, json, io) => {
    refuseUnknownOptions(args, 'kerangka');
    const id = frameworkOption(args[0]) ?? frameworkForYear(new Date().getFullYear());
    printKerangka(id, json, io);
    return 0;
  },
};

/** --tahun: the evaluation year a workbook is for (its instrument follows); this year by default. */
function yearOption(value: string | undefined): number {
  if (value === undefined) return new Date().getFullYear();
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2018 || year > 2100)
    throw new InputError(cliText.badYear(value));
  return year;
}

/** An instrument named on the command line, checked against the known ones (no Sheets words). */
function frameworkOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return resolveCatalogue(value).id;
  } catch {
    throw new InputError(cliText.unknownFramework(value, frameworkIds()));
  }
}

/**
 * A failure the user can fix, as the message that says how: bad input, or the file system's
 * refusals (said with the path, not as a crash). Undefined for anything unexpected.
 */
function problemOf(error: unknown): string | undefined {
  if (error instanceof InputError) return error.message;
  const fs = error as { code?: string; path?: string };
  if (fs.code && ['ENOENT', 'EACCES', 'EPERM', 'ENOSPC', 'EISDIR', 'ENOTDIR'].includes(fs.code))
    return cliText.fileProblem(fs.code, fs.path ?? '');
  return undefined;
}

/** One file's scores, or why it cannot be scored; anything unexpected still throws. */
async function scoreOrReason(file: string, io: Output): Promise<ScoreJson> {
  try {
    return await scoreFile(file, io);
  } catch (error) {
    const problem = problemOf(error);
    if (problem === undefined) throw error;
    return { file, framework: '', stages: [], error: problem };
  }
}

/** Runs main, turning every failure into a message and an exit code. */
export async function run(
  argv: string[],
  io: Output,
  err: (text: string) => void,
): Promise<number> {
  try {
    return await main(argv, io);
  } catch (error) {
    const problem = problemOf(error);
    if (problem !== undefined) {
      err(problem);
      return 2;
    }
    if (process.env.SPBE_DEBUG) err(String((error as Error).stack));
    err(cliText.unexpected(messageOf(error)));
    return 3;
  }
}

// A worker of a province's score (province.ts): its share, one file at a time.
const share = (workerData as Partial<ProvinceShare> | null)?.spbeProvince;
if (!isMainThread && share) {
  void (async () => {
    const quiet: Output = { out: () => undefined, progress: () => undefined };
    for (const { at, file } of share)
      parentPort?.postMessage({ at, result: await scoreOrReason(file, quiet) });
  })();
} else if (require.main === module) {
  // `spbe score … | head` closes the pipe early: that ends the output, quietly.
  process.stdout.on('error', (error: { code?: string }) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const tty = process.stderr.isTTY;
  void run(
    process.argv.slice(2),
    {
      out: (t) => process.stdout.write(`${t}\n`),
      progress: (t) => tty && process.stderr.write(`${t}\n`),
    },
    (t) => process.stderr.write(`${t}\n`),
  ).then((code) => {
    process.exitCode = code;
  });
}
