/**
 * The deliveries of the webhook benchmark, shaped like DECNET's real traffic and
 * built as DECNET builds them (createWebhookDelivery): an `attacker.session.ended`
 * whose commands fill the body, and a `decky.{decky_id}.traffic` `tls_session`
 * whose cipher and extension lists do; each at about 1 KB and 256 KB.
 */
import type { TopicTemplate } from '../../src/catalogue';
import { createWebhookDelivery, type WebhookDelivery, type WebhookEventInput } from '../../src/webhooks';
import { SESSION_ENDED } from '../../test/schemas/fixtures/attacker';

/** The secret every delivery is signed with. */
export const SECRET = 'bench-subscription-secret-5c2e8a';
/** A secret no delivery is signed with, for the bad-signature path. */
export const WRONG_SECRET = 'bench-wrong-secret-9d4f1b';

/** The body sizes measured, in bytes (each body is within one item of its size). */
export const SIZES = [1_024, 262_144] as const;

/** One delivery of the benchmark, with what it is and a copy of it refused for each reason measured. */
export interface BenchDelivery {
  readonly shape: string;
  readonly template: TopicTemplate;
  readonly delivery: WebhookDelivery;
  /** The same body, signed with another secret. */
  readonly badSignature: WebhookDelivery;
  /** A body of the same size, signed, with one field that breaks the contract (the last command; `ja3s`). */
  readonly invalidEvent: WebhookDelivery;
}

interface Shape {
  readonly name: string;
  readonly template: TopicTemplate;
  /** The event with `count` items; `spoiled` breaks one field of it. */
  readonly event: (count: number, spoiled: boolean) => WebhookEventInput;
}

const [, COMMAND] = SESSION_ENDED.commands;
const TLS_SESSION = {
  src_ip: '203.0.113.7',
  src_port: '51514',
  dst_ip: '10.0.3.21',
  dst_port: '443',
  ja3s: 'eb1d94daa7e0344597e756a1fb6e7054',
  ja4s: 't130200_1301_234ea6891581',
  tls_version: 'TLS 1.3',
  ja3: '771,4865-4866-4867,0-23-65281-10-11-35-16-5-13-18-51-45-43-27-21,29-23-24,0',
  ja4: 't13d1516h2_8daaf6152771_02713d6af862',
  sni: 'portal.corp.example',
  alpn: 'h2',
  resumption: 'none',
  ja4l_rtt_ms: '23.4',
  ja4l_client_ttl: '52',
  sniffer_iface: 'eth0',
};
/** `count` four-digit hex codes, comma-separated, as the sniffer writes raw cipher and extension lists. */
const hexList = (count: number, from: number): string =>
  Array.from({ length: count }, (_, i) => ((from + i) % 0x10000).toString(16).padStart(4, '0')).join(',');

const SHAPES: readonly Shape[] = [
  {
    name: 'attacker.session.ended, commands',
    template: 'attacker.session.ended',
    event: (count, spoiled) => ({
      topic: 'attacker.session.ended',
      type: 'session.ended',
      id: '3f2a9c1e5b7d4e8fa0c1d2e3f4a5b6c7',
      ts: 1_763_900_000.125,
      payload: {
        ...SESSION_ENDED,
        commands: Array.from({ length: count }, (_, i) =>
          spoiled && i === count - 1 ? { ...COMMAND, command_text: 42 } : { ...COMMAND, id: `${COMMAND?.id}#${i}` },
        ),
      },
    }),
  },
  {
    name: 'decky.{id}.traffic, tls_session',
    template: 'decky.{decky_id}.traffic',
    event: (count, spoiled) => ({
      topic: 'decky.omega-decky.traffic',
      type: 'tls_session',
      id: '5d1c7e0a9b3f4c2d8e6f1a0b2c3d4e5f',
      ts: 1_763_900_000.125,
      payload: {
        ...TLS_SESSION,
        raw_ciphers: hexList(count, 0x1301),
        raw_extensions: hexList(count, 0),
        ...(spoiled ? { ja3s: 42 } : {}),
      },
    }),
  },
];

/** Every shape at every size, each with its refused copies. */
export async function benchDeliveries(): Promise<BenchDelivery[]> {
  const deliveries: BenchDelivery[] = [];
  for (const shape of SHAPES) {
    for (const size of SIZES) {
      const count = await itemsFor(shape, size);
      const delivery = await createWebhookDelivery(shape.event(count, false), SECRET);
      deliveries.push({
        shape: shape.name,
        template: shape.template,
        delivery,
        badSignature: {
          ...(await createWebhookDelivery(shape.event(count, false), WRONG_SECRET)),
          body: delivery.body,
        },
        invalidEvent: await createWebhookDelivery(shape.event(count, true), SECRET),
      });
    }
  }
  return deliveries;
}

/** How many items make a body of about `bytes`: measured at two counts, the body grows by as much per item. */
async function itemsFor(shape: Shape, bytes: number): Promise<number> {
  const length = async (count: number): Promise<number> =>
    (await createWebhookDelivery(shape.event(count, false), SECRET)).body.length;
  const one = await length(1);
  const perItem = (await length(101)) - one;
  return Math.max(1, 1 + Math.round(((bytes - one) * 100) / perItem));
}
