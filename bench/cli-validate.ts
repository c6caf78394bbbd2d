/**
 * `bus-topics validate` on a capture, end to end (a process reading a file):
 * a 200,000-line NDJSON capture mixing the three wire forms (bus, webhook,
 * SSE data) of every template's fixtures, 2% of them invalid, timed against a
 * floor: a Node script reading the same file line by line and `JSON.parse`-ing
 * each line, nothing else. Stated goal: validate at most 2x the floor's time.
 * Then the peak RSS of validate on a ~1 GB capture (streamed to a temp file,
 * deleted after); goal: at most 128 MB, whatever the file's size.
 *
 * Runs the built command line (`dist/esm/cli/main.js`, rebuilt first with
 * `npm run build:esm` unless `--no-build`). With `npm run bench`, or alone with
 * `npx tsx bench/cli-validate.ts`; about 35 s in all, 20 s of it the 1 GB part,
 * which `--no-large` leaves out.
 */
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WireForm } from '../src/schemas';
import { eventVectors } from '../test/support/wire-forms';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'esm', 'cli', 'main.js');

/** Lines of the timed capture. */
const LINES = 200_000;
/** One line in this many is an invalid fixture. */
const INVALID_EVERY = 50;
/** Runs of each side; the best of them is kept (the least disturbed by the rest of the machine). */
const RUNS = 3;
/** Size of the large capture. */
const LARGE_BYTES = 1024 ** 3;
/** Goals. */
const RATIO_GOAL = 2;
const RSS_GOAL_MB = 128;

/** The floor: read the file line by line and JSON.parse each line. */
const FLOOR_SCRIPT = `import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
let parsed = 0;
let broken = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })) {
  if (line === '') continue;
  try { JSON.parse(line); parsed++; } catch { broken++; }
}
process.stdout.write(JSON.stringify({ parsed, broken }) + '\\n');
`;

/** Preloaded into a child when /usr/bin/time is absent: writes its peak RSS (kB) to a file at exit. */
const RSS_PRELOAD = `import { writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));
`;

export interface CliValidateResult {
  readonly skipped?: string;
  readonly lines: number;
  readonly bytes: number;
  readonly validateMs: number;
  readonly floorMs: number;
  readonly validateStatus: number | null;
  readonly rssMb: number | null;
  readonly large?: { readonly bytes: number; readonly lines: number; readonly ms: number; readonly rssMb: number };
}

/** The capture's lines, in a fixed order: every valid fixture in each form, one invalid line in 50. */
function captureLines(): { valid: string[]; invalid: string[] } {
  const forms: readonly WireForm[] = ['bus', 'webhook', 'sse'];
  const vectors = forms.flatMap((form) => eventVectors(form));
  return {
    valid: vectors.filter((vector) => vector.expect.valid).map((vector) => JSON.stringify(vector.event)),
    invalid: vectors.filter((vector) => !vector.expect.valid).map((vector) => JSON.stringify(vector.event)),
  };
}

/** Line `i` of a capture. */
function lineAt(pools: { valid: string[]; invalid: string[] }, i: number): string {
  const pool = i % INVALID_EVERY === INVALID_EVERY - 1 ? pools.invalid : pools.valid;
  // A stride coprime with the pools' sizes mixes forms and templates from one line to the next.
  return pool[(i * 7919) % pool.length] as string;
}

/** Streams a capture to `file` until it holds `lines` lines or `bytes` bytes; returns its size and lines. */
async function writeCapture(file: string, limit: { lines?: number; bytes?: number }) {
  const pools = captureLines();
  const out = createWriteStream(file);
  let lines = 0;
  let bytes = 0;
  const done = () => lines >= (limit.lines ?? Infinity) || bytes >= (limit.bytes ?? Infinity);
  while (!done()) {
    let chunk = '';
    while (chunk.length < 1 << 20 && !done()) {
      const line = `${lineAt(pools, lines)}\n`;
      chunk += line;
      lines++;
      bytes += Buffer.byteLength(line);
    }
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { lines, bytes };
}

/** Runs `node ARGS` once; its time in ms, status and, when asked, its peak RSS in MB. */
function timed(args: readonly string[], rss: boolean, dir: string) {
  const useTime = rss && existsSync('/usr/bin/time');
  const rssFile = join(dir, 'rss');
  const preload = join(dir, 'rss-preload.mjs');
  if (rss && !useTime) writeFileSync(preload, RSS_PRELOAD);
  const nodeArgs = rss && !useTime ? ['--import', preload, ...args] : [...args];
  const [command, argv] = useTime
    ? ['/usr/bin/time', ['-v', process.execPath, ...nodeArgs]]
    : [process.execPath, nodeArgs];
  const start = performance.now();
  const child = spawnSync(command, argv, {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
  });
  const ms = performance.now() - start;
  let rssMb: number | null = null;
  if (useTime) {
    const match = /Maximum resident set size \(kbytes\): (\d+)/u.exec(child.stderr);
    if (match !== null) rssMb = Number(match[1]) / 1024;
  } else if (rss && existsSync(rssFile)) {
    rssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
  }
  return { ms, status: child.status, stderr: child.stderr, rssMb };
}

/** Whether the built command line has a validate command. */
function validateExists(): boolean {
  return existsSync(CLI) && spawnSync(process.execPath, [CLI, 'validate', '--help'], { stdio: 'ignore' }).status === 0;
}

export async function runCliValidateBench(
  options: { large?: boolean; build?: boolean } = {},
): Promise<CliValidateResult> {
  if (options.build !== false) {
    const build = spawnSync('npm', ['run', 'build:esm'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build:esm failed:\n${build.stdout}${build.stderr}`);
  }
  const empty = { lines: 0, bytes: 0, validateMs: 0, floorMs: 0, validateStatus: null, rssMb: null };
  if (!validateExists()) return { ...empty, skipped: 'dist/esm/cli/main.js has no validate command (yet)' };

  const dir = mkdtempSync(join(tmpdir(), 'bus-topics-bench-validate-'));
  try {
    const file = join(dir, 'capture.ndjson');
    const floorScript = join(dir, 'floor.mjs');
    writeFileSync(floorScript, FLOOR_SCRIPT);
    const { lines, bytes } = await writeCapture(file, { lines: LINES });
    const validateArgs = [CLI, 'validate', file, '--format', 'json'];
    let validateMs = Infinity;
    let floorMs = Infinity;
    let validateStatus: number | null = null;
    let rssMb: number | null = null;
    for (let run = 0; run < RUNS; run++) {
      const validate = timed(validateArgs, run === 0, dir);
      if (validate.status !== 0 && validate.status !== 1) {
        throw new Error(`validate exited ${String(validate.status)}:\n${validate.stderr}`);
      }
      validateStatus = validate.status;
      rssMb ??= validate.rssMb;
      validateMs = Math.min(validateMs, validate.ms);
      floorMs = Math.min(floorMs, timed([floorScript, file], false, dir).ms);
    }
    rmSync(file);
    if (options.large === false) return { lines, bytes, validateMs, floorMs, validateStatus, rssMb };

    const big = await writeCapture(file, { bytes: LARGE_BYTES });
    const large = timed(validateArgs, true, dir);
    rmSync(file);
    if (large.status !== 0 && large.status !== 1) {
      throw new Error(`validate on the large capture exited ${String(large.status)}:\n${large.stderr}`);
    }
    return {
      lines,
      bytes,
      validateMs,
      floorMs,
      validateStatus,
      rssMb,
      large: { ...big, ms: large.ms, rssMb: large.rssMb ?? Number.NaN },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const perSecond = (lines: number, ms: number): string => `${Math.round((lines / ms) * 1000).toLocaleString('en')}`;
const mb = (bytes: number): string => `${(bytes / 1024 ** 2).toFixed(0)} MB`;

export function printCliValidateBench(result: CliValidateResult): void {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out('');
  out('bus-topics validate (the built CLI, a process per run, best of 3)');
  if (result.skipped !== undefined) {
    out(`  skipped: ${result.skipped}`);
    return;
  }
  const ratio = result.validateMs / result.floorMs;
  out(`  capture: ${result.lines.toLocaleString('en')} lines, ${mb(result.bytes)}, three wire forms, 2% invalid`);
  out(
    `  validate --format json  ${result.validateMs.toFixed(0).padStart(6)} ms  ${perSecond(result.lines, result.validateMs).padStart(10)} lines/s  (exit ${String(result.validateStatus)})`,
  );
  out(
    `  floor (JSON.parse/line) ${result.floorMs.toFixed(0).padStart(6)} ms  ${perSecond(result.lines, result.floorMs).padStart(10)} lines/s`,
  );
  out(`  ratio ${ratio.toFixed(2)}x the floor; goal <= ${RATIO_GOAL}x${ratio > RATIO_GOAL ? '  MISSED' : '  met'}`);
  const rss = (value: number | null) =>
    value === null || Number.isNaN(value)
      ? 'unknown'
      : `${value.toFixed(0)} MB; goal <= ${RSS_GOAL_MB} MB${value > RSS_GOAL_MB ? '  MISSED' : '  met'}`;
  out(`  peak RSS on the ${mb(result.bytes)} capture: ${rss(result.rssMb)}`);
  if (result.large === undefined) {
    out('  peak RSS on a 1 GB capture: not measured (--no-large)');
  } else {
    const { large } = result;
    out(
      `  peak RSS on a ${mb(large.bytes)} capture (${large.lines.toLocaleString('en')} lines, ${(large.ms / 1000).toFixed(1)} s, ${perSecond(large.lines, large.ms)} lines/s): ${rss(large.rssMb)}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const argv = process.argv.slice(2);
  printCliValidateBench(
    await runCliValidateBench({ large: !argv.includes('--no-large'), build: !argv.includes('--no-build') }),
  );
}
