import { describe, expectTypeOf, it } from 'vitest';
import {
  SSE_ROUTES,
  sseEventName,
  type SseEventName,
  type SseRoute,
  type SseRouteInfo,
  type SseTemplatesFor,
} from '../../src/schemas/sse-routes';
import type { TopicTemplate } from '../../src/topics/template-types';

describe('SseRoute', () => {
  it('should be the five bus routes', () => {
    expectTypeOf<SseRoute>().toEqualTypeOf<'topology' | 'attackers' | 'identities' | 'campaigns' | 'orchestrator'>();
  });
});

describe('SseEventName', () => {
  it('should be the names of the bus events that arrive on a route', () => {
    expectTypeOf<SseEventName<'orchestrator'>>().toEqualTypeOf<'traffic' | 'file' | 'email'>();
    expectTypeOf<SseEventName<'campaigns'>>().toEqualTypeOf<'formed' | 'identity.assigned' | 'merged' | 'unmerged'>();
    expectTypeOf<SseEventName<'attackers'>>().toEqualTypeOf<
      'observation' | 'fingerprint.rotated' | 'attribution.state_changed' | 'attribution.multi_actor_suspected'
    >();
  });

  it('should leave out a filtered template and the control events', () => {
    expectTypeOf<'attacker.scored'>().not.toExtend<SseEventName<'attackers'>>();
    expectTypeOf<'decky.state'>().not.toExtend<SseEventName<'topology'>>();
    expectTypeOf<'snapshot'>().not.toExtend<SseEventName<SseRoute>>();
  });
});

describe('SseTemplatesFor', () => {
  it('should be the templates that arrive under a name', () => {
    expectTypeOf<SseTemplatesFor<'attackers', 'observation'>>().toEqualTypeOf<'attacker.observation.{primitive}'>();
    expectTypeOf<
      SseTemplatesFor<'topology', 'mutation.failed'>
    >().toEqualTypeOf<'topology.{topology_id}.mutation.{state}'>();
    expectTypeOf<
      SseTemplatesFor<'topology', 'decky.service_added'>
    >().toEqualTypeOf<'decky.{decky_id}.service_added'>();
    expectTypeOf<SseTemplatesFor<'identities', 'formed'>>().toEqualTypeOf<'identity.formed'>();
  });

  it('should join the templates of several names', () => {
    expectTypeOf<SseTemplatesFor<'orchestrator', 'file' | 'email'>>().toEqualTypeOf<
      'orchestrator.file.{decky_id}' | 'orchestrator.email.{decky_id}'
    >();
    expectTypeOf<SseTemplatesFor<'topology', SseEventName<'topology'>>>().toExtend<TopicTemplate>();
  });

  it('should refuse a name the route does not send', () => {
    // @ts-expect-error: `observation` is an attacker-route name, not a campaign one
    expectTypeOf<SseTemplatesFor<'campaigns', 'observation'>>().toBeNever();
  });

  it('should type a listener registry for a dashboard', () => {
    const on = <Route extends SseRoute, Name extends SseEventName<Route>>(
      _route: Route,
      _name: Name,
      _listener: (template: SseTemplatesFor<Route, Name>) => void,
    ): void => undefined;
    on('attackers', 'fingerprint.rotated', (template) => {
      expectTypeOf(template).toEqualTypeOf<'attacker.fingerprint_rotated'>();
    });
    // @ts-expect-error: the attacker route never forwards attacker.scored (no attacker_uuid in its payload)
    on('attackers', 'attacker.scored', () => undefined);
  });
});

describe('SSE_ROUTES', () => {
  it('should keep paths, parameters and filtered templates literal', () => {
    expectTypeOf(SSE_ROUTES.topology.path).toEqualTypeOf<'/api/v1/topologies/{topology_id}/events'>();
    expectTypeOf(SSE_ROUTES.attackers.params).toEqualTypeOf<readonly 'attacker_uuid'[]>();
    expectTypeOf(SSE_ROUTES.identities.params).toEqualTypeOf<readonly never[]>();
    expectTypeOf(SSE_ROUTES.attackers.filtered).toEqualTypeOf<readonly ['attacker.scored']>();
    expectTypeOf(SSE_ROUTES.campaigns.filtered).toEqualTypeOf<readonly []>();
  });

  it('should fit the row shape', () => {
    expectTypeOf(SSE_ROUTES.orchestrator).toExtend<SseRouteInfo>();
  });

  it('should be read-only', () => {
    // @ts-expect-error: the table is read-only
    SSE_ROUTES.identities.events.formed = ['identity.merged'];
  });
});

describe('sseEventName', () => {
  it('should take a route name and a topic, and may return null', () => {
    expectTypeOf(sseEventName).parameters.toEqualTypeOf<[SseRoute, string]>();
    expectTypeOf(sseEventName).returns.toEqualTypeOf<string | null>();
    // @ts-expect-error: the log stream is not a bus route
    sseEventName('stream', 'system.log');
  });
});
