/**
 * The options of bridgeBusToNats: defaults, and every mistake refused before anything is connected.
 */
import { headers, type NatsConnection } from '@nats-io/transport-node';
import { describe, expect, it } from 'vitest';
import { bridgeBusToNats } from '../../src/bridge/bridge';
import { _bridgeSettings, _prefixOption, type BridgeBusToNatsOptions } from '../../src/bridge/options';
import { TopicPatternError } from '../../src/errors/TopicPatternError';

/** Never connected: every case below is refused before the connection is used. */
const nats = {} as NatsConnection;
const base: BridgeBusToNatsOptions = { bus: { path: '/nonexistent/bus.sock' }, nats };
const settings = (options: Partial<BridgeBusToNatsOptions>) => _bridgeSettings({ ...base, ...options });

describe('bridgeBusToNats options', () => {
  it('should default to every topic, no prefix, validation with skip, no Nats-Msg-Id, stats every minute', () => {
    expect(settings({})).toMatchObject({
      patterns: ['>'],
      prefix: '',
      validate: true,
      forwardInvalid: false,
      msgId: false,
      statsIntervalMs: 60_000,
    });
  });

  it('should refuse a pattern outside the strict rules with a TopicPatternError', () => {
    expect(() => settings({ patterns: ['attacker.>', 'a.>.c'] })).toThrow(TopicPatternError);
    expect(() => settings({ patterns: [] })).toThrow(/non-empty array/u);
  });

  it.each(['decnet.', 'a.b.', ''])('should take the prefix %j', (prefix) => {
    expect(_prefixOption(prefix)).toBe(prefix);
  });

  it.each(['decnet', '.', 'a..', 'a*.', 'a b.', '\ufeffa.', 'a.>.'])('should refuse the prefix %j', (prefix) => {
    expect(() => settings({ subjectPrefix: prefix })).toThrow(/"subjectPrefix" must be NATS subject tokens/u);
  });

  it('should need the NATS headers function for msgId, and take it', () => {
    expect(() => settings({ msgId: true })).toThrow(/needs option "headers"/u);
    expect(settings({ msgId: true, headers }).msgId).toBe(true);
  });

  it.each([
    [{ onInvalid: 'throw' }, /"onInvalid" must be 'skip' or 'forward'/u],
    [{ validate: 'yes' }, /"validate" must be true or false/u],
    [{ statsIntervalMs: 0 }, /"statsIntervalMs" must be a number/u],
    [{ onStats: 'print' }, /"onStats" must be a function/u],
  ] as [Partial<BridgeBusToNatsOptions>, RegExp][])('should refuse %j', (options, message) => {
    expect(() => settings(options)).toThrow(message);
  });

  it('should refuse what is not a NATS connection, or no options at all, before connecting', async () => {
    await expect(bridgeBusToNats(base)).rejects.toThrow(/"nats" must be a NatsConnection/u);
    await expect(bridgeBusToNats(null as unknown as BridgeBusToNatsOptions)).rejects.toThrow(TypeError);
  });
});
