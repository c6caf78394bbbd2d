import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { _CliUsageError, _parseCommandArgs, type _CliCommand } from '../../src/cli/command.js';
import { _asyncapiCommand } from '../../src/cli/commands/asyncapi.js';
import { _EXPLAIN_COMMAND } from '../../src/cli/commands/explain.js';
import { _MATCH_COMMAND } from '../../src/cli/commands/match.js';
import { _explainMatch } from '../../src/cli/explore/why.js';
import type { _CliIo } from '../../src/cli/io.js';
import { matches } from '../../src/match/matches.js';
import { eventJsonSchema } from '../../src/schemas/json-schema.js';
import { TOPIC_CATALOGUE } from '../../src/topics/catalogue.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** Runs the command line from its sources, without a terminal. */
function cli(args: readonly string[], main = 'src/cli/main.ts') {
  const node = main.endsWith('.ts') ? ['--import', 'tsx', main] : [main];
  const result = spawnSync(process.execPath, [...node, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '', NO_COLOR: '' },
    maxBuffer: 16 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs one command in this process, on a fake terminal or pipe. */
async function inProcess(command: _CliCommand, argv: readonly string[], isTTY = false) {
  let stdout = '';
  let stderr = '';
  const io: _CliIo = {
    stdin: { [Symbol.asyncIterator]: () => [][Symbol.iterator]() as unknown as AsyncIterator<string> },
    stdout: { write: (text: string) => (stdout += text), isTTY },
    stderr: { write: (text: string) => (stderr += text), isTTY },
    env: {},
    cwd: ROOT,
  };
  const status = await command.run(_parseCommandArgs(command, argv), io);
  return { status, stdout, stderr };
}

describe('bus-topics match', () => {
  it('should say which token decided each topic, quirks spelled out, and exit 1 when any is not delivered', () => {
    const { status, stdout, stderr } = cli(['match', 'a.>.c', 'a.b.d', 'a', 'x']);
    expect(status).toBe(1);
    expect(stdout).toBe(
      '"a.b.d": delivered: token 2 ">" takes the rest of the topic (the 2 tokens "b.d"); quirk: ">" is not the last token: the bus stops at ">" and ignores the pattern\'s "c" after it\n' +
        '"a": not delivered: token 2 ">" needs at least one more topic token, and the topic has only 1\n' +
        '"x": not delivered: token 1: the topic has "x" where the pattern has "a"\n',
    );
    expect(stderr).toBe(
      'warning: "a.>.c": ">" must be the last token; the DECNET bus stops matching at ">", so there it behaves like "a.>"\n',
    );
    expect(stdout + stderr).not.toContain('\u001b[');
  });

  it('should exit 0 when every topic is delivered, with the empty-topic and empty-token quirks', () => {
    const alone = cli(['match', '>', '']);
    expect(alone).toMatchObject({ status: 0, stderr: '' });
    expect(alone.stdout).toBe(
      '"": delivered: token 1 ">" takes the rest of the topic (the token ""); quirk: ">" alone matches even the empty topic, which is one empty token\n',
    );
    const star = cli(['match', 'a.*.c', 'a..c', 'a.b.c', 'a.b.c.d']);
    expect(star.status).toBe(1);
    expect(star.stdout).toBe(
      '"a..c": not delivered: token 2 "*" needs a non-empty token, and the topic\'s token 2 is empty\n' +
        '"a.b.c": delivered: all 3 tokens match\n' +
        '"a.b.c.d": not delivered: the topic has 4 tokens, the pattern 3 and no ">": token 4 "d" is left over\n',
    );
  });

  it('should print one JSON document with --json and --format json', () => {
    for (const flag of [['--json'], ['--format', 'json']]) {
      const { status, stdout } = cli(['match', ...flag, 'decky.*state', 'decky.*state', 'decky.d1.state']);
      expect(status).toBe(1);
      expect(JSON.parse(stdout)).toEqual({
        pattern: 'decky.*state',
        valid: false,
        reason: 'partial-wildcard',
        warning:
          '"decky.*state": "*" and ">" must be whole tokens; the DECNET bus compares the token "*state" literally, so it matches only that exact token',
        delivered: false,
        topics: [
          {
            topic: 'decky.*state',
            matches: true,
            rule: 'every-token-matches',
            token: 1,
            why: 'all 2 tokens match',
            quirk: false,
          },
          {
            topic: 'decky.d1.state',
            matches: false,
            rule: 'literal-mismatch',
            token: 1,
            why: 'token 2: the topic has "d1" where the pattern has "*state"; "*" and ">" inside a token are literal characters, so "*state" matches only itself',
            quirk: true,
          },
        ],
      });
    }
  });

  it('should agree with matches() on every row of the contract edge-case table', () => {
    const { groups } = JSON.parse(readFileSync(join(ROOT, 'conformance', 'matching.json'), 'utf8')) as {
      groups: { cases: { pattern: string; topic: string; matches: boolean }[] }[];
    };
    const rows = groups.flatMap((group) => group.cases);
    expect(rows.length).toBeGreaterThan(50);
    for (const { pattern, topic, matches: expected } of rows) {
      const why = _explainMatch(pattern, topic);
      expect(why.matches, `${pattern} / ${topic}`).toBe(expected);
      expect(why.matches).toBe(matches(pattern, topic));
      expect(why.why).not.toMatch(/^the bus matcher says/);
    }
  });

  it('should colour only a terminal, and refuse a missing topic or an unknown flag with exit 2', async () => {
    const coloured = await inProcess(_MATCH_COMMAND, ['a.*', 'a.b'], true);
    expect(coloured.stdout).toContain('\u001b[');
    await expect(inProcess(_MATCH_COMMAND, ['a.*'])).rejects.toThrow(_CliUsageError);
    const unknown = cli(['match', '--bogus', 'a', 'a']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--bogus'");
  });
});

describe('bus-topics explain', () => {
  it('should print the verdict and the reachable templates with their builders', () => {
    const { status, stdout } = cli(['explain', 'system.*.health']);
    expect(status).toBe(0);
    expect(stdout).toBe(
      '"system.*.health": valid\n' +
        'receives 2 contract templates:\n' +
        '  system.bus.health       topics.system("bus.health")\n' +
        '  system.{worker}.health  topics.systemHealth(worker)\n',
    );
  });

  it('should exit 1 for an invalid pattern or one that receives nothing, with --json', async () => {
    const { status, stdout } = cli(['explain', '--json', 'decky.*state']);
    expect(status).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      pattern: 'decky.*state',
      valid: false,
      reason: 'partial-wildcard',
      message:
        '"decky.*state": "*" and ">" must be whole tokens; the DECNET bus compares the token "*state" literally, so it matches only that exact token',
      templates: [],
    });
    const quirky = await inProcess(_EXPLAIN_COMMAND, ['--json', 'ttp.>.x']);
    expect(quirky.status).toBe(1);
    expect((JSON.parse(quirky.stdout) as { templates: unknown[] }).templates).toHaveLength(6);
    await expect(inProcess(_EXPLAIN_COMMAND, ['a', 'b'])).rejects.toThrow(_CliUsageError);
  });
});

describe('bus-topics list', () => {
  it('should print a family with its templates, builders and descriptions', () => {
    const { status, stdout } = cli(['list', '--family', 'canary']);
    expect(status).toBe(0);
    expect(stdout).toBe(
      'canary (3 templates)\n' +
        '  canary.{token_id}.placed     topics.canary(token_id, "placed")\n' +
        '      A canary token was planted on a decky.\n' +
        '  canary.{token_id}.triggered  topics.canary(token_id, "triggered")\n' +
        '      A canary token was used (an HTTP or DNS hit).\n' +
        '  canary.{token_id}.revoked    topics.canary(token_id, "revoked")\n' +
        '      A canary token was revoked by the planter or after a fingerprint was collected.\n',
    );
  });

  it('should list the whole catalogue as JSON, filter by pattern, and refuse an unknown family', () => {
    const all = cli(['list', '--json']);
    expect(all.status).toBe(0);
    const tree = JSON.parse(all.stdout) as { families: { templates: { template: string }[] }[] };
    expect(tree.families.flatMap((family) => family.templates.map((row) => row.template))).toEqual(
      TOPIC_CATALOGUE.map((row) => row.template),
    );
    const filtered = cli(['list', '--format', 'json', '--pattern', 'ttp.rule.fired.>']);
    expect(JSON.parse(filtered.stdout)).toEqual({
      families: [
        {
          family: 'ttp',
          templates: [
            {
              template: 'ttp.rule.fired.{technique_id}',
              params: ['technique_id'],
              builder: 'topics.ttpRuleFired(technique_id)',
              description: 'A detection rule fired for one ATT&CK technique.',
            },
          ],
        },
      ],
    });
    expect(cli(['list', '--pattern', 'nothing.here'])).toMatchObject({ status: 1, stdout: '' });
    const unknown = cli(['list', '--family', 'nope']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no family "nope"; the families are topology, decky,');
  });
});

describe('bus-topics schema', () => {
  it('should print the schema of a template, or of the template of a topic', () => {
    const template = cli(['schema', 'attacker.scored']);
    expect(template).toMatchObject({ status: 0, stderr: '' });
    expect(template.stdout).toBe(`${JSON.stringify(eventJsonSchema('attacker.scored'), null, 2)}\n`);
    const topic = cli(['schema', '--json', 'decky.d-1.state']);
    expect(topic).toMatchObject({
      status: 0,
      stdout: `${JSON.stringify(eventJsonSchema('decky.{decky_id}.state'))}\n`,
    });
  });

  it('should exit 1 for neither a template nor a topic, 2 without an argument', () => {
    const neither = cli(['schema', 'decky.d-1.bogus']);
    expect(neither).toMatchObject({ status: 1, stdout: '' });
    expect(neither.stderr).toBe(
      '"decky.d-1.bogus": neither a template nor a topic of the contract; see bus-topics list\n',
    );
    expect(cli(['schema']).status).toBe(2);
  });
});

describe('bus-topics asyncapi', () => {
  // The real document is built after the tests in CI; the smoke test prints it from the installed package.
  it('should print the document of the package root, JSON or YAML, and refuse other formats', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bus-topics-asyncapi-'));
    try {
      writeFileSync(join(root, 'asyncapi.json'), '{"asyncapi":"3.0.0"}\n');
      writeFileSync(join(root, 'asyncapi.yaml'), 'asyncapi: 3.0.0\n');
      const command = _asyncapiCommand(() => pathToFileURL(`${root}/`));
      expect(await inProcess(command, [])).toMatchObject({ status: 0, stdout: '{"asyncapi":"3.0.0"}\n' });
      expect(await inProcess(command, ['--format', 'yaml'])).toMatchObject({ status: 0, stdout: 'asyncapi: 3.0.0\n' });
      await expect(inProcess(command, ['--format', 'xml'])).rejects.toThrow(_CliUsageError);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('should say how to build the document when it is absent, and exit 2', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'bus-topics-asyncapi-'));
    try {
      const command = _asyncapiCommand(() => pathToFileURL(`${empty}/`));
      await expect(inProcess(command, [])).rejects.toThrow(
        'bus-topics asyncapi: asyncapi.json not found in the package root; build it with npm run build:asyncapi',
      );
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
