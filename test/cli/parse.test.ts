import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** Runs the command line from its sources, as `npm start` does, without a terminal. */
function cli(args: readonly string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('bus-topics (the dispatch)', () => {
  it('should print the version, and the help with every command', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(cli(['--version'])).toMatchObject({ status: 0, stdout: `${version}\n` });
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: bus-topics COMMAND [options]');
    expect(help.stdout).toContain('parse');
  });

  it('should exit 2 with the help when no command is given, and with a message for an unknown command', () => {
    expect(cli([]).status).toBe(2);
    const unknown = cli(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no command "frobnicate"');
  });
});

describe('bus-topics parse', () => {
  it('should print the template and parameters of a contract topic, and exit 0', () => {
    const { status, stdout } = cli(['parse', 'decky.d-1.state', 'ttp.rule.fired.T1110']);
    expect(status).toBe(0);
    expect(stdout).toBe(
      '"decky.d-1.state": decky.{decky_id}.state  decky_id="d-1"\n' +
        '"ttp.rule.fired.T1110": ttp.rule.fired.{technique_id}  technique_id="T1110"\n',
    );
  });

  it('should say a topic is outside the contract, and exit 1', () => {
    const { status, stdout } = cli(['parse', 'vendor.thing']);
    expect(status).toBe(1);
    expect(stdout).toContain('not a topic of the contract');
  });

  it('should print one JSON object per topic with --json', () => {
    const { stdout } = cli(['parse', '--json', 'decky.d-1.state', 'x']);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual([
      { topic: 'decky.d-1.state', template: 'decky.{decky_id}.state', params: { decky_id: 'd-1' } },
      { topic: 'x', template: null, params: null },
    ]);
  });

  it('should refuse an unknown flag and a missing topic with exit status 2', () => {
    expect(cli(['parse', '--bogus', 'x']).status).toBe(2);
    expect(cli(['parse']).status).toBe(2);
    expect(cli(['parse', '--help']).stdout).toContain('Usage: bus-topics parse TOPIC...');
  });

  it('should escape what it shows of a hostile topic, and never colour output that is not a terminal', () => {
    const { stdout } = cli(['parse', 'evil\u001b[31m\nline'], { FORCE_COLOR: '1' });
    expect(stdout).not.toContain('\u001b');
    expect(stdout).toContain('<U+001B>');
  });
});
