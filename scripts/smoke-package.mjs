#!/usr/bin/env node
// Installs the packed tarball into a scratch project and uses it the way consumers do: `import` from an ES
// module, `require` from CommonJS (all six entries; /webhooks with the host's real Web Crypto, /bus over a real UNIX
// socket, /nats with @nats-io/transport-node's own headers), and type-checks TypeScript consumers under
// moduleResolution node16 and bundler against the shipped declarations; runs the
// `bus-topics` bin through `npx --no-install` (--version, parse, and validate on examples/capture.ndjson when it
// exists). Run after `npm run build`; exits non-zero on the first failure.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'scripts', 'smoke');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const packageName = '@decnet/bus-topics';

/** Runs a command, returning its stdout; on failure prints what it said and throws. */
function run(command, args, cwd) {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    process.stderr.write(`\n$ ${command} ${args.join(' ')}   (in ${cwd})\n`);
    process.stderr.write(`${String(error.stdout ?? '')}${String(error.stderr ?? '')}\n`);
    throw new Error(`command failed: ${command} ${args.join(' ')}`, { cause: error });
  }
}

/** Runs a command that may fail, returning its status and output (never throws for a non-zero exit). */
function runStatus(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error) throw new Error(`command failed to start: ${command} ${args.join(' ')}`, { cause: result.error });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function ok(message) {
  process.stdout.write(`ok - ${message}\n`);
}

function smoke(work) {
  const built = ['esm/index.js', 'cjs/index.cjs', 'esm/webhooks.js', 'cjs/webhooks.cjs', 'esm/nats.js', 'cjs/bus.cjs'];
  if (!built.every((file) => existsSync(join(root, 'dist', file)))) {
    throw new Error('dist/ is missing: run `npm run build` first');
  }

  const packDir = join(work, 'pack');
  mkdirSync(packDir);
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', packDir], root));
  const tarball = join(packDir, packed.filename);
  ok(`packed ${packed.filename} (${packed.entryCount} files, ${packed.size} bytes)`);

  const consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(
    join(consumer, 'package.json'),
    `${JSON.stringify({ name: 'bus-topics-smoke-consumer', version: '0.0.0', private: true }, null, 2)}\n`,
  );
  for (const file of readdirSync(fixtures)) copyFileSync(join(fixtures, file), join(consumer, file));
  // The package has no runtime dependencies, so the install needs nothing but the tarball. Its optional peers, zod
  // (/schemas, /webhooks, /bus, /nats) and @nats-io/transport-node (the connection /nats is given), the consumer
  // brings, at the versions this repo tests with, from the npm cache (`npm cache add <name>@<version>` if offline
  // fails with ENOTCACHED).
  const installed = (name) =>
    `${name}@${JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version}`;
  const peers = ['zod', '@nats-io/transport-node'].map(installed);
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball, ...peers], consumer);
  ok(`installed the tarball into a scratch project (${consumer})`);

  process.stdout.write(run('node', ['esm.mjs'], consumer));
  ok('import from an ES module (esm.mjs)');
  process.stdout.write(run('node', ['cjs.cjs'], consumer));
  ok('require from CommonJS (cjs.cjs)');
  process.stdout.write(run('node', ['conformance.mjs'], consumer));
  ok('read conformance/ through the exports and run its matching vectors (conformance.mjs)');

  // The `bus-topics` bin, run as a consumer runs it: through npx, offline, from the installed package only.
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const printed = run('npx', ['--no-install', 'bus-topics', '--version'], consumer).trim();
  if (printed !== version)
    throw new Error(`npx bus-topics --version printed ${JSON.stringify(printed)}, not ${version}`);
  ok(`npx bus-topics --version prints ${version}`);
  run('npx', ['--no-install', 'bus-topics', 'parse', 'decky.d-1.state'], consumer);
  ok('npx bus-topics parse decky.d-1.state exits 0');
  const asyncapi = JSON.parse(run('npx', ['--no-install', 'bus-topics', 'asyncapi', '--json'], consumer));
  const channels = Object.keys(asyncapi.channels ?? {}).length;
  if (asyncapi.asyncapi !== '3.0.0' || channels !== 50) {
    throw new Error(`npx bus-topics asyncapi printed AsyncAPI ${asyncapi.asyncapi} with ${channels} channels`);
  }
  ok('npx bus-topics asyncapi prints the installed AsyncAPI 3.0.0 document, 50 channels');
  const capture = join(root, 'examples', 'capture.ndjson');
  if (existsSync(capture)) {
    copyFileSync(capture, join(consumer, 'capture.ndjson'));
    // The capture holds a few broken lines on purpose: validate refuses it (exit 1) and prints a summary.
    const validate = runStatus('npx', ['--no-install', 'bus-topics', 'validate', 'capture.ndjson'], consumer);
    if (validate.status !== 1 || validate.stdout.trim() === '') {
      process.stderr.write(`${validate.stdout}${validate.stderr}\n`);
      throw new Error(
        `npx bus-topics validate capture.ndjson: expected exit 1 and a summary, got exit ${validate.status}`,
      );
    }
    ok('npx bus-topics validate capture.ndjson exits 1 (broken lines on purpose) with a summary');
  } else {
    ok('SKIP npx bus-topics validate: examples/capture.ndjson is absent');
  }

  for (const [config, declarations] of [
    [
      'tsconfig.node16.json',
      [
        'esm/index.d.ts',
        'esm/catalogue.d.ts',
        'esm/schemas.d.ts',
        'esm/webhooks.d.ts',
        'esm/bus.d.ts',
        'cjs/index.d.cts',
        'cjs/catalogue.d.cts',
        'cjs/schemas.d.cts',
        'cjs/webhooks.d.cts',
        'cjs/bus.d.cts',
      ],
    ],
    [
      'tsconfig.bundler.json',
      ['esm/index.d.ts', 'esm/catalogue.d.ts', 'esm/schemas.d.ts', 'esm/webhooks.d.ts', 'esm/bus.d.ts'],
    ],
    // /nats with the consumer's @nats-io/transport-node, whose own declarations need exactOptionalPropertyTypes off.
    ['tsconfig.nats.node16.json', ['esm/nats.d.ts', 'cjs/nats.d.cts']],
    ['tsconfig.nats.bundler.json', ['esm/nats.d.ts']],
  ]) {
    const files = run('node', [tsc, '-p', config, '--listFilesOnly'], consumer).split('\n');
    for (const declaration of declarations) {
      const expected = join('node_modules', packageName, 'dist', declaration);
      if (!files.some((file) => resolve(consumer, file.trim()) === join(consumer, expected))) {
        throw new Error(`${config}: the consumer did not resolve ${expected}`);
      }
    }
    run('node', [tsc, '-p', config], consumer);
    ok(`type-check with ${config} against dist/${declarations.join(' and dist/')} (literal types, @ts-expect-error)`);
  }
}

const work = mkdtempSync(join(tmpdir(), 'bus-topics-smoke-'));
try {
  smoke(work);
  process.stdout.write('smoke: the packed package works from ESM, CommonJS and TypeScript\n');
} catch (error) {
  process.stderr.write(`smoke FAILED: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
