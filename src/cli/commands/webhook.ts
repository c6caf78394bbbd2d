/// <reference types="node" />
/**
 * `bus-topics webhook sign` and `bus-topics webhook verify`: the request
 * DECNET's webhook client would send for an event, and the check of a body
 * against an `X-DECNET-Signature` header. Secrets are read from the
 * environment or a file, never from the command line (where `ps` shows them),
 * and never printed.
 *
 * @packageDocumentation
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { _loneSurrogateIndex } from '../../internal/surrogates.js';
import { _isoformatUtc } from '../../internal/timestamps.js';
import { createWebhookDelivery, type WebhookEventInput } from '../../webhooks/delivery.js';
import { _checkSignatureHeader, _macMatches } from '../../webhooks/signature.js';
import { _CliUsageError, _EXIT, _wantsJson, type _CliArgs } from '../command.js';
import type { _CliCommand } from '../command.js';
import type { _CliIo } from '../io.js';

/** The most stdin may hold: a webhook body is far smaller, and a bigger input is a mistake. @internal */
const _STDIN_LIMIT = 16 * 1024 * 1024;
/** The most secrets `verify` tries, as `verifyWebhookSignature` does. @internal */
const _MAX_SECRETS = 16;

/** A usage error of a subcommand. @internal */
const _usage = (sub: string, message: string): _CliUsageError =>
  new _CliUsageError(`bus-topics webhook ${sub}: ${message}; see bus-topics webhook --help`);

/** The strings a repeatable flag was given. @internal */
function _strings(value: _CliArgs['values'][string]): string[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((one): one is string => typeof one === 'string');
}

/**
 * The secrets named by `--secret-env` and `--secret-file`, in that order.
 * Messages name the variable or the file, never what they hold.
 *
 * @internal
 */
function _secrets(sub: string, args: _CliArgs, io: _CliIo): string[] {
  const secrets: string[] = [];
  for (const name of _strings(args.values['secret-env'])) {
    const value = io.env[name];
    if (value === undefined || value === '') throw _usage(sub, `the environment variable ${name} is not set or empty`);
    secrets.push(_checkedSecret(sub, value, `the environment variable ${name}`));
  }
  for (const path of _strings(args.values['secret-file'])) {
    let text: string;
    try {
      text = readFileSync(resolve(io.cwd, path), 'utf8');
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      throw _usage(sub, `cannot read the secret file ${path}${typeof code === 'string' ? ` (${code})` : ''}`);
    }
    // One trailing line break, as `echo` and editors leave it; anything else is part of the secret.
    const value = text.replace(/\r?\n$/u, '');
    if (value === '') throw _usage(sub, `the secret file ${path} is empty`);
    secrets.push(_checkedSecret(sub, value, `the secret file ${path}`));
  }
  if (secrets.length === 0) {
    throw _usage(sub, 'give the secret with --secret-env NAME or --secret-file PATH (never on the command line)');
  }
  return secrets;
}

/** A secret UTF-8 can encode (no lone surrogate), or a usage error naming where it came from. @internal */
function _checkedSecret(sub: string, value: string, source: string): string {
  if (_loneSurrogateIndex(value) !== -1)
    throw _usage(sub, `${source} holds a lone surrogate, which UTF-8 cannot encode`);
  return value;
}

/** Everything on stdin, at most 16 MiB; more, or a terminal, is a usage error. @internal */
async function _readStdin(sub: string, io: _CliIo, what: string): Promise<Uint8Array> {
  if (io.stdin.isTTY === true) throw _usage(sub, `reads ${what} on stdin: pipe it in`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    size += bytes.byteLength;
    if (size > _STDIN_LIMIT) throw _usage(sub, `stdin holds more than 16 MiB, more than ${what} can be`);
    chunks.push(bytes);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}

/** `--now`: epoch seconds, as milliseconds; undefined for the clock. @internal */
function _now(value: _CliArgs['values'][string]): number | undefined {
  if (typeof value !== 'string') return undefined;
  const seconds = /^-?\d+(?:\.\d+)?$/u.test(value) ? Number(value) : Number.NaN;
  if (!Number.isFinite(seconds) || _isoformatUtc(seconds) === null) {
    throw _usage('sign', `--now ${JSON.stringify(value)} is not epoch seconds within the years 1 to 9999`);
  }
  return seconds * 1000;
}

/** Flags that belong to the other subcommand, refused rather than ignored. @internal */
function _refuseFlags(sub: string, args: _CliArgs, flags: readonly string[]): void {
  for (const flag of flags) {
    if (args.values[flag] !== undefined) throw _usage(sub, `--${flag} is not an option of webhook ${sub}`);
  }
}

/** `webhook sign`: the event on stdin, signed; the headers and the body on stdout. @internal */
async function _sign(args: _CliArgs, io: _CliIo): Promise<number> {
  _refuseFlags('sign', args, ['signature']);
  const secrets = _secrets('sign', args, io);
  if (secrets.length > 1) throw _usage('sign', 'signs with one secret: give one --secret-env or --secret-file');
  const now = _now(args.values['now']);
  const input = await _readStdin('sign', io, 'an event');
  let event: unknown;
  try {
    event = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(input));
  } catch (error) {
    throw _usage('sign', `stdin is not a JSON event (${error instanceof Error ? error.message : String(error)})`);
  }
  let delivery;
  try {
    delivery = await createWebhookDelivery(
      event as WebhookEventInput,
      secrets[0] as string,
      now === undefined ? {} : { now },
    );
  } catch (error) {
    if (!(error instanceof TypeError || error instanceof RangeError)) throw error;
    // The library's messages name the event's fields and never the secret.
    io.stderr.write(`bus-topics webhook sign: ${error.message.replace(/^createWebhookDelivery\(\): /u, '')}\n`);
    return _EXIT.refused;
  }
  const body = new TextDecoder().decode(delivery.body);
  if (_wantsJson(args)) {
    io.stdout.write(`${JSON.stringify({ headers: delivery.headers, body })}\n`);
  } else {
    const headers = Object.entries(delivery.headers).map(([name, value]) => `${name}: ${value}\n`);
    // The body exactly as sent (no line break after it), so that it can be piped to `webhook verify`;
    // a terminal gets a line break, for the prompt.
    io.stdout.write(`${headers.join('')}\n${body}${io.stdout.isTTY === true ? '\n' : ''}`);
  }
  return _EXIT.ok;
}

/** Why a signature was refused, in one line. @internal */
const _REASONS = {
  'missing-signature': 'missing signature: --signature is empty',
  'malformed-signature': 'malformed signature: expected sha256= and 64 lowercase hex digits',
  'bad-signature': 'bad signature: it does not match the body under any secret given',
} as const satisfies Record<string, string>;

/** `webhook verify`: the body on stdin against `--signature`; exit status 0 when it matches, 1 when not. @internal */
async function _verify(args: _CliArgs, io: _CliIo): Promise<number> {
  _refuseFlags('verify', args, ['now']);
  const signature = args.values['signature'];
  if (typeof signature !== 'string') throw _usage('verify', "give the header's value with --signature 'sha256=…'");
  const secrets = _secrets('verify', args, io);
  if (secrets.length > _MAX_SECRETS) throw _usage('verify', `tries at most ${_MAX_SECRETS} secrets`);
  const body = await _readStdin('verify', io, 'a webhook body');
  const mac = _checkSignatureHeader(signature);
  const reason = !(mac instanceof Uint8Array)
    ? mac
    : (await _macMatches(body, mac, secrets))
      ? null
      : ('bad-signature' as const);
  if (_wantsJson(args)) io.stdout.write(`${JSON.stringify({ verified: reason === null, reason })}\n`);
  if (reason !== null) {
    io.stderr.write(`bus-topics webhook verify: ${_REASONS[reason]}\n`);
    return _EXIT.refused;
  }
  if (!_wantsJson(args)) io.stdout.write('verified: the signature matches the body\n');
  return _EXIT.ok;
}

/** The `webhook` command. @internal */
export const _WEBHOOK_COMMAND: _CliCommand = {
  name: 'webhook',
  summary: 'sign an event as DECNET delivers it, or verify a body against its signature',
  usage: [
    'Usage: bus-topics webhook sign   (--secret-env NAME | --secret-file PATH) [--now SECONDS] < event.json',
    '       bus-topics webhook verify --signature SIG (--secret-env NAME | --secret-file PATH)... < body',
    '',
    'sign reads an event in bus form on stdin and prints the request DECNET would send for it:',
    'the headers as "Name: value" lines, a blank line, then the body exactly as signed (no line',
    'break after it). With --json: {"headers": {...}, "body": "..."}.',
    '',
    'verify reads a body on stdin (its raw bytes) and checks it against an X-DECNET-Signature',
    'value: exit status 0 when it matches, 1 when the signature is missing, malformed or bad',
    '(the reason on stderr). Give several secrets to accept any of them, during a rotation.',
    '',
    'Secrets are never taken on the command line, where other users can see them, and never printed.',
    '',
    'Options:',
    '  --secret-env NAME       the secret is the value of the environment variable NAME',
    '  --secret-file PATH      the secret is the content of the file (one trailing line break dropped)',
    '  --signature SIG         verify: the X-DECNET-Signature value, sha256= and 64 hex digits',
    '  --now SECONDS           sign: the time of sending, in epoch seconds (default: now)',
    '  --json, --format json   JSON output',
    '  -h, --help              this help',
  ].join('\n'),
  options: {
    'secret-env': { type: 'string', multiple: true },
    'secret-file': { type: 'string', multiple: true },
    signature: { type: 'string' },
    now: { type: 'string' },
  },
  run(args, io) {
    const [sub, ...rest] = args.positionals;
    if (sub !== 'sign' && sub !== 'verify') {
      throw new _CliUsageError(
        `bus-topics webhook: give a subcommand, sign or verify${sub === undefined ? '' : `, not ${JSON.stringify(sub)}`}; see bus-topics webhook --help`,
      );
    }
    if (rest.length > 0) throw _usage(sub, `takes no arguments, got ${JSON.stringify(rest[0])}`);
    return sub === 'sign' ? _sign(args, io) : _verify(args, io);
  },
};
