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

const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  readonly version: string;
};
process.exitCode = await _run(process.argv.slice(2), _processIo(), version);
