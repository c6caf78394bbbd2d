import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import {
  AttackerIntelEnrichedPayloadSchema,
  BusEventSchema,
  DeckyTrafficHttpPayloadSchema,
  DeckyServiceConfigChangedPayloadSchema,
} from '../../src/schemas';

// Lists and records that stop at their first bad item must type their output as zod's own would.
describe('bounded lists and records', () => {
  it('should type a record of strings as Record<string, string>', () => {
    expectTypeOf<z.infer<typeof DeckyTrafficHttpPayloadSchema>>().toEqualTypeOf<Record<string, string>>();
  });

  it('should type free-form objects as Record<string, unknown>', () => {
    expectTypeOf<z.infer<typeof BusEventSchema>['payload']>().toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf<z.infer<typeof DeckyServiceConfigChangedPayloadSchema>['service_config']>().toEqualTypeOf<
      Record<string, unknown>
    >();
  });

  it('should type lists as arrays of their items', () => {
    type Intel = z.infer<typeof AttackerIntelEnrichedPayloadSchema>;
    expectTypeOf<Intel['abuseipdb_categories']>().toEqualTypeOf<number[]>();
    expectTypeOf<Intel['greynoise_tags']>().toEqualTypeOf<string[]>();
  });
});
