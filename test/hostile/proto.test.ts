/**
 * Hostile input: what happens to `__proto__` keys is stated, not discovered. zod
 * drops them wherever a schema describes the object (its guard against
 * prototype pollution); free-form values keep them as `JSON.parse` made them.
 * The README says so where it says that unknown keys are kept.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEvent } from '../../src/schemas';
import { ID } from '../schemas/fixtures/types';

const serviceConfigChanged = (config: string): string =>
  `{"v":1,"id":"${ID}","topic":"decky.d-1.service_config_changed","type":"","ts":1,"__proto__":{"x":1},"payload":` +
  `{"decky_name":"d-1","service_name":"http","topology_id":"t-1","recreated":true,"__proto__":{"x":2},"service_config":${config}}}`;

describe('__proto__ keys', () => {
  it('should be dropped from the envelope, the payload and a described record, and pollute nothing', () => {
    const event = parseEvent(JSON.parse(serviceConfigChanged('{"__proto__":{"x":3},"port":8080}')));
    expect(Object.hasOwn(event, '__proto__')).toBe(false);
    expect(Object.hasOwn(event.payload, '__proto__')).toBe(false);
    const config = (event.payload as { service_config: object }).service_config;
    expect(Object.hasOwn(config, '__proto__')).toBe(false);
    expect(config).toEqual({ port: 8080 });
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('should be kept inside a free-form value, as JSON.parse made it', () => {
    const event = parseEvent(JSON.parse(serviceConfigChanged('{"tls":{"__proto__":{"x":4}}}')));
    const tls = (event.payload as { service_config: { tls: object } }).service_config.tls;
    expect(Object.hasOwn(tls, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(tls)).toBe(Object.prototype);
  });

  it('should be documented in the README where it says unknown keys are kept', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toMatch(/unknown keys are kept[^\n]*`__proto__`/iu);
  });
});
