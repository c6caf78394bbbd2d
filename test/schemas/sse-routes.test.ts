/**
 * The SSE routes of DECNET's API (CONTRACT 3.5, and the `_sse_name_for` of each
 * `decnet/web/router/<route>/api_events.py`): the naming rule, and the law that
 * the per-name template lists of SSE_ROUTES are what that rule gives over the
 * whole catalogue.
 */
import { describe, expect, it } from 'vitest';
import { TOPIC_CATALOGUE } from '../../src/catalogue';
import { MUTATION_APPLIED, MUTATION_APPLYING, MUTATION_ENQUEUED, MUTATION_FAILED } from '../../src/index';
import { SSE_ROUTES, sseEventName, type SseRoute } from '../../src/schemas/sse-routes';
import type { TopicTemplate } from '../../src/topics/template-types';
import { ALL_FIXTURES } from './fixtures/all';

const ROUTES = Object.keys(SSE_ROUTES) as SseRoute[];

/** A route's filtered templates, as a plain list (each route's own tuple type is too narrow for `includes`). */
const filteredOf = (route: SseRoute): readonly TopicTemplate[] => SSE_ROUTES[route].filtered;

/** Sample values for each placeholder; `state` takes every mutation leaf, as the name depends on it. */
const SAMPLES: Readonly<Record<string, readonly string[]>> = {
  topology_id: ['t-1'],
  state: [MUTATION_ENQUEUED, MUTATION_APPLYING, MUTATION_APPLIED, MUTATION_FAILED],
  decky_id: ['d-42'],
  primitive: ['motor.input_modality'],
  worker: ['sniffer'],
  token_id: ['tok-1'],
  technique_id: ['T1110'],
  rule_id: ['R0001'],
};

/** Every concrete topic of a template built from the samples. */
function concreteTopics(template: string): string[] {
  let topics = [template];
  for (const [param, values] of Object.entries(SAMPLES)) {
    if (!template.includes(`{${param}}`)) continue;
    topics = topics.flatMap((topic) => values.map((value) => topic.replace(`{${param}}`, value)));
  }
  expect(topics.every((topic) => !topic.includes('{'))).toBe(true);
  return topics;
}

/** Per name, the templates sseEventName sends under it, over every catalogue template: the table derived from the rule. */
function derivedTable(route: SseRoute): Record<string, TopicTemplate[]> {
  const table: Record<string, TopicTemplate[]> = {};
  for (const { template } of TOPIC_CATALOGUE) {
    for (const topic of concreteTopics(template)) {
      const name = sseEventName(route, topic);
      if (name !== null) table[name] = [...new Set([...(table[name] ?? []), template])];
    }
  }
  return table;
}

describe('sseEventName', () => {
  describe('should give the names CONTRACT 3.5 lists', () => {
    it.each([
      ['attackers', 'attacker.observation.motor.input_modality', 'observation'],
      ['attackers', 'attacker.fingerprint_rotated', 'fingerprint.rotated'],
      ['attackers', 'attacker.scored', 'attacker.scored'],
      ['attackers', 'attribution.profile.state_changed', 'attribution.state_changed'],
      ['identities', 'identity.formed', 'formed'],
      ['identities', 'identity.observation.linked', 'observation.linked'],
      ['campaigns', 'campaign.merged', 'merged'],
      ['campaigns', 'campaign.identity.assigned', 'identity.assigned'],
      ['orchestrator', 'orchestrator.traffic.d-42', 'traffic'],
      ['orchestrator', 'orchestrator.email.d-42', 'email'],
      ['topology', 'topology.t-1.status', 'status'],
      ['topology', 'topology.t-1.mutation.applied', 'mutation.applied'],
      ['topology', 'decky.d-42.service_added', 'decky.service_added'],
    ] as const)('for %s and %s', (route, topic, name) => {
      expect(sseEventName(route, topic)).toBe(name);
    });
  });

  describe('should follow the source where the contract gives no example', () => {
    it.each([
      // decnet/web/router/attackers/api_events.py test: every primitive collapses to one name.
      ['attackers', 'attacker.observation.motor.shell_mastery.tab_completion', 'observation'],
      ['attackers', 'attribution.profile.multi_actor_suspected', 'attribution.multi_actor_suspected'],
      // Unknown attribution topics pass through unchanged.
      ['attackers', 'attribution.something_new', 'attribution.something_new'],
      ['identities', 'identity.campaign.assigned', 'campaign.assigned'],
      ['identities', 'identity.something.new', 'something.new'],
      // `split('.', 2)`: the orchestrator name is the second token, even without a decky.
      ['orchestrator', 'orchestrator.traffic', 'traffic'],
      ['orchestrator', 'orchestrator.new_kind.d-1.extra', 'new_kind'],
      ['topology', 'decky.fleet-host:d-1.state', 'decky.state'],
      ['topology', 'topology.t-1.a.b.c', 'a.b.c'],
      // `>` takes an empty trailing token, and Python slices it out as the empty name.
      ['identities', 'identity.', ''],
      ['topology', 'topology.t-1.', ''],
    ] as const)('for %s and %s', (route, topic, name) => {
      expect(sseEventName(route, topic)).toBe(name);
    });
  });

  describe('should be null for a topic the route does not subscribe to', () => {
    it.each([
      ['attackers', 'attacker.observed'],
      ['attackers', 'attacker.observation'],
      ['attackers', 'attribution'],
      ['identities', 'campaign.formed'],
      ['identities', 'identity'],
      ['campaigns', 'identity.formed'],
      ['orchestrator', 'orchestrator'],
      ['topology', 'topology.t-1'],
      ['topology', 'topology..status'],
      ['topology', 'system.log'],
      ['topology', ''],
    ] as const)('for %s and %j', (route, topic) => {
      expect(sseEventName(route, topic)).toBeNull();
    });
  });
});

describe('SSE_ROUTES', () => {
  it.each(ROUTES)('should list per name exactly the templates sseEventName sends there, for %s', (route) => {
    const { events } = SSE_ROUTES[route];
    const filtered = filteredOf(route);
    const arriving = Object.fromEntries(
      Object.entries(derivedTable(route))
        .map(([name, templates]) => [name, templates.filter((template) => !filtered.includes(template))] as const)
        .filter(([, templates]) => templates.length > 0),
    );
    expect(arriving).toEqual(events);
  });

  it.each(ROUTES)('should list as filtered only templates the route subscribes to, for %s', (route) => {
    const subscribed = Object.values(derivedTable(route)).flat();
    expect(subscribed).toEqual(expect.arrayContaining([...filteredOf(route)]));
  });

  /** The payload field each route filters on, by the template's family. */
  const FILTER_KEYS: Readonly<Record<string, string>> = {
    'topology decky': 'topology_id',
    'attackers attacker': 'attacker_uuid',
    'attackers attribution': 'identity_uuid',
  };
  const filteredCases = ROUTES.flatMap((route) =>
    Object.values(derivedTable(route))
      .flat()
      .flatMap((template) => {
        const key = FILTER_KEYS[`${route} ${template.split('.')[0] ?? ''}`];
        return key === undefined ? [] : [{ route, template, key }];
      }),
  );
  it.each(filteredCases)(
    'should call $template filtered on $route exactly when its payloads lack $key',
    ({ route, template, key }) => {
      const fixtures = ALL_FIXTURES.find((entry) => entry.template === template)?.valid ?? [];
      const carries = fixtures.map(
        ({ event }) => typeof event.payload === 'object' && event.payload !== null && key in event.payload,
      );
      expect(new Set(carries)).toEqual(new Set([!filteredOf(route).includes(template)]));
    },
  );

  it.each(ROUTES)('should name the path parameters of %s in order', (route) => {
    const { path, params } = SSE_ROUTES[route];
    expect(params).toEqual([...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]));
  });

  it.each(ROUTES)('should keep the control events apart from the bus event names, for %s', (route) => {
    const { events, controlEvents } = SSE_ROUTES[route];
    expect(controlEvents).toEqual(['snapshot', 'error']);
    expect(Object.keys(events).filter((name) => controlEvents.includes(name as 'snapshot'))).toEqual([]);
  });

  it('should be frozen, deeply', () => {
    const pending: unknown[] = [SSE_ROUTES];
    for (let value = pending.pop(); value !== undefined; value = pending.pop()) {
      if (typeof value !== 'object' || value === null) continue;
      expect(Object.isFrozen(value)).toBe(true);
      pending.push(...Object.values(value as Record<string, unknown>));
    }
    expect(() => {
      (SSE_ROUTES.identities.events as Record<string, unknown>)['forged'] = ['system.log'];
    }).toThrow(TypeError);
    expect(sseEventName('identities', 'identity.formed')).toBe('formed');
  });
});

describe('sseEventName with hostile input', () => {
  it.each([undefined, null, 1, {}, [], Symbol('route'), new String('identities'), () => 'identities'])(
    'should throw a TypeError for the route %s',
    (route) => {
      expect(() => sseEventName(route as SseRoute, 'identity.formed')).toThrow(
        /^sseEventName\(\): argument "route" must be a string, got /,
      );
    },
  );

  it.each([undefined, null, 1, {}, [], new String('identity.formed')])(
    'should throw a TypeError for the topic %s',
    (topic) => {
      expect(() => sseEventName('identities', topic as string)).toThrow(
        /^sseEventName\(\): argument "topic" must be a string, got /,
      );
    },
  );

  it.each(['', 'stream', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'Identities', ' identities'])(
    'should refuse %j as a route',
    (route) => {
      expect(() => sseEventName(route as SseRoute, 'identity.formed')).toThrow(TypeError);
    },
  );

  it('should show an unknown route escaped and cut', () => {
    const route = `\u200b${'x'.repeat(1_000_000)}`;
    let message = '';
    try {
      sseEventName(route as SseRoute, 'identity.formed');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('<U+200B>');
    expect(message).toContain('(1000001 characters)');
    expect(message.length).toBeLessThan(300);
  });

  it('should not be fooled by a revoked proxy', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(() => sseEventName(proxy as unknown as SseRoute, 'identity.formed')).toThrow(/got a revoked proxy/);
  });

  it('should name a topic of a million characters', () => {
    const tail = 'a.'.repeat(500_000);
    expect(sseEventName('identities', `identity.${tail}`)).toBe(tail);
    expect(sseEventName('orchestrator', `orchestrator.${tail}`)).toBe('a');
  });
});
