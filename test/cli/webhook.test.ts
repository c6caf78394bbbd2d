import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** The CONTRACT 5.3 vector: this event, signed with "s" * 32, has this signature. */
const EVENT = {
  topic: 'attacker.observed',
  type: 'first_sighting',
  ts: '2026-04-24T00:00:00+00:00',
  id: '11111111-1111-1111-1111-111111111111',
  payload: { ip: '1.2.3.4' },
};
const SECRET = 's'.repeat(32);
const SIGNATURE = 'sha256=aea184ee61dcbd4a74a9896ab17c8f2c3325866958b598823b78b50e56c5ef43';
const BODY =
  '{"id":"11111111-1111-1111-1111-111111111111","payload":{"ip":"1.2.3.4"},"topic":"attacker.observed",' +
  '"ts":"2026-04-24T00:00:00+00:00","type":"first_sighting","v":1}';
const OTHER_SECRET = 'the-other-secret-of-a-rotation';

const work = mkdtempSync(join(tmpdir(), 'bus-topics-webhook-test-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `bus-topics webhook ...` from its sources with `input` on stdin and the secrets in the environment. */
function webhook(args: readonly string[], input: string | Uint8Array = ''): Run {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'webhook', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, FORCE_COLOR: '', WEBHOOK_SECRET: SECRET, OTHER_SECRET },
  });
  const run = { status: result.status, stdout: result.stdout, stderr: result.stderr };
  // Whatever happened, no secret is ever printed.
  for (const secret of [SECRET, OTHER_SECRET]) {
    expect(run.stdout).not.toContain(secret);
    expect(run.stderr).not.toContain(secret);
  }
  return run;
}

describe('bus-topics webhook sign', () => {
  it('should print the headers and the body of the CONTRACT 5.3 vector', () => {
    const run = webhook(['sign', '--secret-env', 'WEBHOOK_SECRET', '--now', '1777000000'], JSON.stringify(EVENT));
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toBe(
      [
        'Content-Type: application/json',
        'User-Agent: decnet-webhook/1.0',
        `X-DECNET-Signature: ${SIGNATURE}`,
        'X-DECNET-Event-Id: 11111111-1111-1111-1111-111111111111',
        'X-DECNET-Event-Topic: attacker.observed',
        'X-DECNET-Timestamp: 1777000000',
        '',
        BODY,
      ].join('\n'),
    );
  });

  it('should print { headers, body } with --json, the same with a secret file', () => {
    const file = join(work, 'secret');
    writeFileSync(file, `${SECRET}\n`);
    const run = webhook(['sign', '--json', '--secret-file', file, '--now', '1777000000'], JSON.stringify(EVENT));
    expect(run.status).toBe(0);
    const { headers, body } = JSON.parse(run.stdout) as { headers: Record<string, string>; body: string };
    expect(body).toBe(BODY);
    expect(headers['X-DECNET-Signature']).toBe(SIGNATURE);
    expect(headers['X-DECNET-Timestamp']).toBe('1777000000');
  });

  it('should exit 2 for stdin that is not JSON, and 1 for an event the client cannot send', () => {
    expect(webhook(['sign', '--secret-env', 'WEBHOOK_SECRET'], '{not json').status).toBe(2);
    const refused = webhook(['sign', '--secret-env', 'WEBHOOK_SECRET'], JSON.stringify({ type: 'x' }));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('"event.topic" must be a string');
  });
});

describe('bus-topics webhook verify', () => {
  it('should verify what sign printed (a round trip), and the CONTRACT 5.3 vector', () => {
    const signed = webhook(['sign', '--json', '--secret-env', 'WEBHOOK_SECRET'], JSON.stringify(EVENT));
    const { headers, body } = JSON.parse(signed.stdout) as { headers: Record<string, string>; body: string };
    const signature = headers['X-DECNET-Signature'] ?? '';
    expect(webhook(['verify', '--signature', signature, '--secret-env', 'WEBHOOK_SECRET'], body).status).toBe(0);
    const vector = webhook(['verify', '--signature', SIGNATURE, '--secret-env', 'WEBHOOK_SECRET'], BODY);
    expect(vector).toMatchObject({ status: 0, stderr: '' });
  });

  it('should accept any secret of a rotation, and refuse when none signed the body', () => {
    const rotation = ['--secret-env', 'OTHER_SECRET', '--secret-env', 'WEBHOOK_SECRET'];
    expect(webhook(['verify', '--signature', SIGNATURE, ...rotation], BODY).status).toBe(0);
    const wrong = webhook(['verify', '--signature', SIGNATURE, '--secret-env', 'OTHER_SECRET'], BODY);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/^bus-topics webhook verify: bad signature[^\n]*\n$/u);
  });

  it('should exit 1 for a tampered body, with the reason in one line', () => {
    const tampered = BODY.replace('1.2.3.4', '1.2.3.5');
    const run = webhook(['verify', '--signature', SIGNATURE, '--secret-env', 'WEBHOOK_SECRET'], tampered);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^bus-topics webhook verify: bad signature[^\n]*\n$/u);
  });

  it('should verify the raw bytes: one more byte (a line break) is a bad signature', () => {
    const run = webhook(['verify', '--signature', SIGNATURE, '--secret-env', 'WEBHOOK_SECRET'], `${BODY}\n`);
    expect(run.status).toBe(1);
  });

  it('should say whether the signature is missing or malformed, exit 1', () => {
    const missing = webhook(['verify', '--signature', '', '--secret-env', 'WEBHOOK_SECRET'], BODY);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('missing signature');
    const malformed = webhook(
      ['verify', '--signature', SIGNATURE.toUpperCase(), '--secret-env', 'WEBHOOK_SECRET'],
      BODY,
    );
    expect(malformed.status).toBe(1);
    expect(malformed.stderr).toContain('malformed signature');
  });

  it('should print { verified, reason } with --json', () => {
    const run = webhook(['verify', '--json', '--signature', SIGNATURE, '--secret-env', 'OTHER_SECRET'], BODY);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({ verified: false, reason: 'bad-signature' });
  });
});

describe('bus-topics webhook (usage errors, exit 2)', () => {
  it('should refuse a secret on the command line: there is no --secret flag', () => {
    for (const args of [
      ['verify', '--signature', SIGNATURE, '--secret', SECRET],
      ['verify', '--signature', SIGNATURE, `--secret=${SECRET}`],
      ['sign', '--secret', SECRET],
    ]) {
      const run = webhook(args, BODY);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("Unknown option '--secret'");
    }
  });

  it('should exit 2 for an environment variable that is not set, or no secret at all', () => {
    const unset = webhook(['verify', '--signature', SIGNATURE, '--secret-env', 'NO_SUCH_VARIABLE_SET'], BODY);
    expect(unset.status).toBe(2);
    expect(unset.stderr).toContain('NO_SUCH_VARIABLE_SET is not set');
    expect(webhook(['verify', '--signature', SIGNATURE], BODY).status).toBe(2);
    expect(webhook(['sign'], JSON.stringify(EVENT)).status).toBe(2);
  });

  it('should exit 2 for a missing secret file, a missing subcommand or --signature, and a bad --now', () => {
    expect(webhook(['verify', '--signature', SIGNATURE, '--secret-file', join(work, 'none')], BODY).status).toBe(2);
    expect(webhook([], BODY).status).toBe(2);
    expect(webhook(['frob'], BODY).status).toBe(2);
    expect(webhook(['verify', '--secret-env', 'WEBHOOK_SECRET'], BODY).status).toBe(2);
    expect(webhook(['sign', '--secret-env', 'WEBHOOK_SECRET', '--now', 'soon'], JSON.stringify(EVENT)).status).toBe(2);
  });

  it('should exit 2 when stdin holds more than 16 MiB', () => {
    const big = new Uint8Array(16 * 1024 * 1024 + 1).fill(0x20);
    const run = webhook(['verify', '--signature', SIGNATURE, '--secret-env', 'WEBHOOK_SECRET'], big);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('more than 16 MiB');
  });
});
