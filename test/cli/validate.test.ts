/**
 * `bus-topics validate`, run as a process on golden inputs: exit statuses,
 * stdin, `.gz`, SSE streams, the three output formats, long lines and binary
 * input. Most runs go through tsx on the sources; one runs the built file.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_FIXTURES } from '../schemas/fixtures/all';
import { IN_FORM } from '../support/wire-forms';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BUILT = join(ROOT, 'dist/esm/cli/main.js');
/** tsx's loader by URL: the runs happen in a temporary directory, where `--import tsx` would not resolve. */
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const FIRST = ALL_FIXTURES[0]?.valid[0]?.event as NonNullable<(typeof ALL_FIXTURES)[0]['valid'][0]>['event'];
const BUS = JSON.stringify(IN_FORM.bus(FIRST));
const WEBHOOK = JSON.stringify(IN_FORM.webhook(FIRST));
const SSE = JSON.stringify(IN_FORM.sse(FIRST));
const WRONG = JSON.stringify({ ...IN_FORM.webhook(FIRST), ts: 'yesterday' });
const UNKNOWN = JSON.stringify({ ...FIRST, topic: 'lab.experiment.started' });

let dir = '';

/** Runs the command from the sources, in `dir`, with no TTY and a clean environment. */
function run(
  args: readonly string[],
  input?: string | Buffer,
  env: Record<string, string> = {},
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['--import', TSX, join(ROOT, 'src/cli/main.ts'), 'validate', ...args], {
    cwd: dir,
    input: input ?? '',
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Writes a file under `dir`, returning its name. */
function file(name: string, content: string | Buffer): string {
  writeFileSync(join(dir, name), content);
  return name;
}

/** The JSON lines of a `--format json` run. */
function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Whether the built command is missing or older than some source of the command line. */
function stale(): boolean {
  if (!existsSync(BUILT)) return true;
  const built = statSync(BUILT).mtimeMs;
  const newest = (folder: string): number =>
    Math.max(
      ...readdirSync(folder, { withFileTypes: true }).map((entry) =>
        entry.isDirectory() ? newest(join(folder, entry.name)) : statSync(join(folder, entry.name)).mtimeMs,
      ),
    );
  return newest(join(ROOT, 'src')) > built;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bus-topics-validate-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('bus-topics validate', () => {
  it('should exit 0 on valid events in every wire form, with a summary table', () => {
    const result = run([file('valid.ndjson', `${BUS}\n\n${WEBHOOK}\r\n${SSE}\n`)]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^template\s+count\s+refused\s+forms\s+types$/mu);
    expect(result.stdout).toContain('bus,sse,webhook');
    expect(result.stdout).toContain('3 events in 4 lines of 1 file: 3 valid, 0 refused');
    // No colour when stdout is not a terminal.
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('should report each refused line with its number, go on, and exit 1', () => {
    const result = run([file('mixed.ndjson', `${BUS}\nnot json\n[1]\n${WRONG}\n${SSE}\n`)]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('mixed.ndjson:2: (event): expected JSON text, received "not');
    expect(result.stdout).toContain('mixed.ndjson:3: (event): expected an event object, received an array');
    expect(result.stdout).toContain('mixed.ndjson:4: ts: expected an RFC 3339 timestamp');
    expect(result.stdout).toContain('5 events in 5 lines of 1 file: 2 valid, 3 refused');
  });

  it('should accept topics outside the contract unless --strict', () => {
    const name = file('unknown.ndjson', `${UNKNOWN}\n`);
    expect(run([name]).status).toBe(0);
    const strict = run(['--strict', name]);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('unknown.ndjson:1: topic:');
  });

  it('should read stdin, with no file or with -', () => {
    expect(run([], `${BUS}\n`).status).toBe(0);
    const result = run(['-'], `${BUS}\nnope\n`);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('<stdin>:2:');
  });

  it('should read .gz files, and exit 2 naming a bad one', () => {
    expect(run([file('good.ndjson.gz', gzipSync(`${BUS}\n${WEBHOOK}\n`))]).status).toBe(0);
    const bad = run([file('bad.ndjson.gz', 'this is not gzip\n')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('bad.ndjson.gz');
  });

  it('should read an SSE stream as DECNET routes write it, told from its first line or by --input', () => {
    const stream = `: keep-alive\n\nevent: observation\ndata: ${SSE}\n\n: ping\n\nevent: observation\ndata: {"topic":\ndata: 1}\n\n`;
    const result = run([file('stream.sse', stream)]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('stream.sse:9: topic: expected');
    expect(result.stdout).toContain('2 events in 11 lines');
    expect(run(['--input', 'ndjson', 'stream.sse']).stdout).toContain('stream.sse:1: (event): expected JSON text');
  });

  it('should write one JSON object per refused line, then the summary', () => {
    const result = run(['--format', 'json', file('json.ndjson', `${BUS}\n[]\n${WRONG}\n`)]);
    expect(result.status).toBe(1);
    const [array, wrong, last] = jsonLines(result.stdout);
    expect(array).toMatchObject({ file: 'json.ndjson', line: 2, topic: null, template: null, form: null });
    expect(wrong).toMatchObject({ line: 3, topic: FIRST.topic, form: 'webhook', issues: [{ path: ['ts'] }] });
    expect(Object.keys((wrong?.['issues'] as object[])[0] ?? {})).toEqual(['path', 'expected', 'received', 'message']);
    expect(last?.['summary']).toMatchObject({ files: 1, lines: 3, events: 3, valid: 1, refused: 2 });
    expect(run(['--json', 'json.ndjson']).stdout).toBe(result.stdout);
  });

  it('should write GitHub annotations, escaped', () => {
    const result = run(['--format', 'github', file('a,b%.ndjson', `${WRONG}\n${BUS}\n`)]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::error file=a%2Cb%25\.ndjson,line=1::ts: expected an RFC 3339 timestamp/mu);
    expect(result.stdout).toContain('::notice::2 events checked: 1 valid, 1 refused');
  });

  it('should list at most --max-errors refused lines, and count them all', () => {
    const result = run(['--max-errors', '1', file('many.ndjson', 'a\nb\nc\n')]);
    expect(result.stdout.match(/many\.ndjson:\d+:/gu)).toHaveLength(1);
    expect(result.stdout).toContain('... and 2 more refused records (--max-errors 1)');
    expect(result.stdout).toContain('0 valid, 3 refused');
  });

  it('should exit 2 on a missing file, a directory, an unknown flag or a bad value, before any output', () => {
    for (const args of [
      ['missing.ndjson'],
      ['.'],
      ['--frobnicate'],
      ['--form', 'carrier-pigeon'],
      ['--max-errors', 'x'],
    ]) {
      const result = run(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^bus-topics validate: /u);
    }
    expect(run(['missing.ndjson']).stderr).toContain('missing.ndjson');
  });

  it('should show no colour and no progress when not a terminal, NO_COLOR or not', () => {
    const name = file('colour.ndjson', 'x\n'.repeat(5000));
    for (const env of [{}, { NO_COLOR: '1', FORCE_COLOR: '1' }]) {
      const result = run([name], undefined, env);
      expect(result.stdout).not.toContain('\u001b[');
      expect(result.stderr).toBe('');
    }
  });

  it('should check a 10 MB line, and report a line over 16 MiB without reading it whole', () => {
    const big = JSON.stringify({ ...FIRST, payload: { ...(FIRST.payload as object), pad: 'x'.repeat(10_000_000) } });
    const result = run([file('big.ndjson', `${big}\n${BUS}\n`)]);
    expect(result.stdout).toContain('2 events in 2 lines');
    const huge = run([file('huge.ndjson', `${'y'.repeat(17 * 1024 * 1024)}\n${BUS}\n`)]);
    expect(huge.status).toBe(1);
    expect(huge.stdout).toContain('huge.ndjson:1: (event): expected a line of at most 16777216 bytes');
    expect(huge.stdout).toContain('2 events in 2 lines of 1 file: 1 valid, 1 refused');
  }, 30_000);

  it('should report the lines of a binary file, not crash', () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 256));
    const result = run([file('binary.bin', bytes)]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('expected UTF-8 text, received bytes that are not UTF-8');
  });

  it('should validate the example capture as npm start does, with the built command', () => {
    if (stale()) {
      const build = spawnSync('npm', ['run', 'build:esm'], { cwd: ROOT, encoding: 'utf8' });
      expect(build.status, build.stderr + build.stdout).toBe(0);
    }
    const result = spawnSync(process.execPath, [BUILT, 'validate', join(ROOT, 'examples/capture.ndjson')], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/404 events in 404 lines of 1 file: 400 valid, 4 refused/u);
  }, 120_000);
});
