import { describe, expect, it } from 'vitest';
import * as index from '../../src/index';
import { BUILDERS, LEAVES, ROOTS } from '../support/contract';

const members: Readonly<Record<string, unknown>> = index.topics;
const exported: Readonly<Record<string, unknown>> = index;
const names = Object.keys(members);

describe('topics', () => {
  it('should hold exactly the roots, the leaf constants and the builders of the contract', () => {
    const expected = [...Object.keys(ROOTS), ...Object.keys(LEAVES), ...BUILDERS.map(({ name }) => name)];
    expect([...names].sort()).toEqual([...expected].sort());
  });

  it('should hold as many roots, leaf constants and builders as the contract', () => {
    const [roots, leaves, builders] = [Object.keys(ROOTS).length, Object.keys(LEAVES).length, BUILDERS.length];
    expect(names.filter((name) => name in ROOTS)).toHaveLength(roots);
    expect(names.filter((name) => name in LEAVES)).toHaveLength(leaves);
    expect(names.filter((name) => typeof members[name] === 'function')).toHaveLength(builders);
    expect(names.filter((name) => typeof members[name] === 'string')).toHaveLength(roots + leaves);
    expect(names).toHaveLength(roots + leaves + builders);
  });

  it('should hold nothing undefined', () => {
    expect(names.filter((name) => members[name] === undefined)).toEqual([]);
  });

  it.each(Object.entries({ ...ROOTS, ...LEAVES }))('should hold %s with the value %j', (name, value) => {
    expect(members[name]).toBe(value);
  });

  it.each(BUILDERS.map(({ name }) => name))(
    'should hold the builder %s, the same function as the named export',
    (name) => {
      expect(typeof members[name]).toBe('function');
      expect(members[name]).toBe(exported[name]);
    },
  );

  it('should hold the same values as the named exports of the package', () => {
    const differing = names.filter((name) => members[name] !== exported[name]);
    expect(differing).toEqual([]);
  });

  it('should build through the namespace as through the named exports', () => {
    expect(index.topics.decky('d-42', index.topics.DECKY_STATE)).toBe('decky.d-42.state');
  });
});
