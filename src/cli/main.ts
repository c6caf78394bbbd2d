#!/usr/bin/env node
/// <reference types="node" />
/**
 * The `bus-topics` executable (`package.json` `bin`): runs the command line
 * on the process's arguments and streams.
 *
 * @packageDocumentation
 */
import { readFileSync } from 'node:fs';
import { _processIo } from './io.js';
import { _run } from './run.js';

/** The package's version: from its package.json, the nearest one above this file (src/cli/ or dist/esm/cli/). */
function _packageVersion(): string {
  for (const up of ['../../package.json', '../../../package.json']) {
    try {
      const { name, version } = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as {
        readonly name?: unknown;
        readonly version?: unknown;
      };
      if (name === '@decnet/bus-topics' && typeof version === 'string') return version;
    } catch {
      // Not this level: try the next.
    }
  }
  return 'unknown';
}

process.exitCode = await _run(process.argv.slice(2), _processIo(), _packageVersion());
