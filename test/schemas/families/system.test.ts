import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  _SYSTEM_EVENTS,
  SystemLogBatchEventSchema,
  SystemLogEventSchema,
  SystemLogLineEventSchema,
  SystemLogPayloadSchema,
  SystemWorkerControlEventSchema,
  SystemWorkerHealthEventSchema,
} from '../../../src/schemas/families/system';
import { SYSTEM_FIXTURES } from '../fixtures/system';
import type { WireEvent } from '../fixtures/types';
import { describeFamilyFixtures } from '../support/family-suite';

type Template = keyof typeof _SYSTEM_EVENTS;

const validEvent = (template: Template, type?: string): WireEvent => {
  const event = SYSTEM_FIXTURES.find((fixtures) => fixtures.template === template)?.valid.find(
    (fixture) => type === undefined || fixture.event.type === type,
  )?.event;
  if (event === undefined) throw new Error(`no valid fixture for ${template}`);
  return event;
};
const paths = (result: { readonly error?: { readonly issues: readonly { readonly path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path);

const LINE = validEvent('system.log', 'auth_fail');
const BATCH = validEvent('system.log', 'batch_committed');
/** A collector event type: any string but the ingester's. */
const lineType = fc.string().filter((type) => type !== 'batch_committed');

describeFamilyFixtures('system', ['system'], _SYSTEM_EVENTS, SYSTEM_FIXTURES);

describe('system.log: batch commit or collector line', () => {
  it('should read an event typed batch_committed as a batch commit', () => {
    const result = SystemLogEventSchema.safeParse(BATCH);
    expect(result.data?.payload).toEqual({ component: 'ingester', flushed: 128, position: 1_048_576 });
  });

  it('should read an event of any other type as a collector line, unchanged', () => {
    fc.assert(
      fc.property(lineType, (type) => {
        const event = { ...LINE, type };
        expect(SystemLogEventSchema.safeParse(event).data).toEqual(event);
      }),
    );
  });

  it('should never accept a collector line typed batch_committed, with or without batch keys', () => {
    const asBatch = { ...LINE, type: 'batch_committed' };
    expect(paths(SystemLogEventSchema.safeParse(asBatch))).toEqual([
      ['payload', 'component'],
      ['payload', 'flushed'],
      ['payload', 'position'],
    ]);
    // A line that also carries a malformed batch: the batch's own fields are at fault.
    const mixed = {
      ...asBatch,
      payload: { ...(LINE.payload as object), component: 'ingester', flushed: 0, position: 7 },
    };
    expect(paths(SystemLogEventSchema.safeParse(mixed))).toEqual([['payload', 'flushed']]);
  });

  it('should report a bad batch at its own fields, never as a union of both shapes', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ max: 0 }), fc.double({ noInteger: true }), fc.string(), fc.constant(null)),
        (flushed) => {
          const result = SystemLogEventSchema.safeParse({
            ...BATCH,
            payload: { ...(BATCH.payload as object), flushed },
          });
          expect(result.error?.issues.map((issue) => [issue.code === 'invalid_union', issue.path])).toEqual([
            [false, ['payload', 'flushed']],
          ]);
        },
      ),
    );
  });

  it('should refuse a batch payload on a collector line at the line fields', () => {
    const result = SystemLogEventSchema.safeParse({ ...BATCH, type: 'auth_fail' });
    expect(paths(result)).toEqual([
      ['payload', 'decky'],
      ['payload', 'service'],
      ['payload', 'event_type'],
      ['payload', 'attacker_ip'],
      ['payload', 'timestamp'],
    ]);
  });

  it('should refuse batch_committed in the line schema used on its own', () => {
    expect(paths(SystemLogLineEventSchema.safeParse({ ...LINE, type: 'batch_committed' }))).toEqual([['type']]);
    expect(paths(SystemLogBatchEventSchema.safeParse(LINE))).toContainEqual(['type']);
  });

  it.each([null, 'system.log', 42, []])('should refuse %j as an event', (input) => {
    const result = SystemLogEventSchema.safeParse(input);
    expect(result.success).toBe(false);
  });

  it('should show the two shapes as a JSON Schema anyOf, batch first', () => {
    const json = z.toJSONSchema(SystemLogEventSchema, { io: 'input', unrepresentable: 'any' });
    expect(json.anyOf?.map((shape) => shape.properties?.['type'])).toEqual([
      { type: 'string', const: 'batch_committed' },
      { type: 'string' },
    ]);
  });

  it('should tell the two shapes apart as bare payloads too', () => {
    expect(SystemLogPayloadSchema.safeParse(BATCH.payload).data).toEqual(BATCH.payload);
    expect(SystemLogPayloadSchema.safeParse(LINE.payload).data).toEqual(LINE.payload);
    expect(SystemLogPayloadSchema.safeParse({ component: 'ingester', flushed: 0, position: 0 }).success).toBe(false);
  });
});

describe('system.{worker}.health', () => {
  it('should keep whatever a worker adds to its heartbeat', () => {
    const event = validEvent('system.{worker}.health');
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string().filter((key) => !['worker', 'ts', 'realism', '__proto__'].includes(key)),
          fc.jsonValue(),
        ),
        (extras) => {
          const withExtras = { ...event, payload: { ...(event.payload as object), ...extras } };
          expect(SystemWorkerHealthEventSchema.safeParse(withExtras).data).toEqual(withExtras);
        },
      ),
    );
  });
});

describe('system.{worker}.control', () => {
  it('should accept any action, since listeners ignore all but stop', () => {
    const event = validEvent('system.{worker}.control');
    fc.assert(
      fc.property(fc.string(), (action) => {
        const request = { ...event, payload: { ...(event.payload as object), action } };
        expect(SystemWorkerControlEventSchema.safeParse(request).data?.payload.action).toBe(action);
      }),
    );
  });
});
