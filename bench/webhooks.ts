/**
 * Receiving a webhook delivery: `parseWebhookDelivery` (size check, signature,
 * UTF-8 and JSON, header cross-check, the contract) per delivery, on its
 * regular parser and after `compileEventSchemas()`, against a floor doing the
 * least the same answer needs: node:crypto `createHmac` + `timingSafeEqual` +
 * `JSON.parse` + the compiled schema's `safeParse`. Stated goal: at most 2x the
 * floor. Then the refusal paths against accepting the same delivery: a bad
 * signature (goal: no more than accepting it) and a signed invalid event (the
 * budget of bench/refusal.ts); a 10 MB body; and the signature alone, by Web
 * Crypto and by node:crypto, which is where a small delivery's time goes.
 *
 * The deliveries are DECNET-shaped, 1 KB and 256 KB (see webhooks/deliveries.ts).
 * Calls are awaited one after the other: each figure is one delivery's latency.
 * The compiled figures come from a child process, as `compileEventSchemas()`
 * changes what parsing runs for the rest of the process. Run with `npm run bench`,
 * or alone with `npx tsx bench/webhooks.ts`.
 */
import { spawnSync } from 'node:child_process';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type * as z from 'zod/mini';
import { compile } from 'zod/v4/core';
import { compileEventSchemas } from '../src/schemas';
import { _eventSchemaIn } from '../src/schemas/wire-forms';
import { parseWebhookDelivery, WebhookError, type WebhookDelivery } from '../src/webhooks';
import { trial } from './harness';
import { benchDeliveries, SECRET, type BenchDelivery } from './webhooks/deliveries';
import { printWebhooksBench } from './webhooks/print';
import type { WebhookBenchResult, WebhookRefusalRow, WebhookRow } from './webhooks/result';
import { ROUNDS, SAMPLING } from './webhooks/settings';
import { asyncTrial, measureRoundsAsync, type AsyncTrial } from './webhooks/timing';

export { printWebhooksBench };
export type { WebhookBenchResult };

const CHILD_FLAG = '--compiled-child';

/** The floor's schema of a template: the webhook form's, compiled by zod. */
const compiledSchema = (template: BenchDelivery['template']): z.ZodMiniType =>
  compile(_eventSchemaIn('webhook', template), { strict: true });

/** The floor: the HMAC and its comparison, strict UTF-8, JSON.parse and the compiled schema; nothing else. */
function floorOf({ template }: BenchDelivery): (input: WebhookDelivery) => boolean {
  const schema = compiledSchema(template);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return ({ body, headers }) => {
    const mac = createHmac('sha256', SECRET).update(body).digest();
    const sent = Buffer.from((headers['X-DECNET-Signature'] ?? '').slice(7), 'hex');
    if (sent.length !== mac.length || !timingSafeEqual(mac, sent)) return false;
    return schema.safeParse(JSON.parse(decoder.decode(body))).success;
  };
}

const parse = (delivery: WebhookDelivery) => parseWebhookDelivery(delivery, { secret: SECRET });

/** The reason a delivery is refused for, or "accepted". */
const outcomeOf = (delivery: WebhookDelivery): Promise<string> =>
  parse(delivery).then(
    () => 'accepted',
    (error: unknown) => (error instanceof WebhookError ? error.reason : String(error)),
  );

/** Awaits a call, refused or not: the refusal path's candidate. */
const settled = (delivery: WebhookDelivery) => () => parse(delivery).catch(() => false);

/** Checks what every candidate answers before any is timed. */
async function verify(each: BenchDelivery): Promise<void> {
  const outcomes = [
    [floorOf(each)(each.delivery), true],
    [await outcomeOf(each.delivery), 'accepted'],
    [await outcomeOf(each.badSignature), 'bad-signature'],
    [await outcomeOf(each.invalidEvent), 'invalid-event'],
  ] as const;
  for (const [got, wanted] of outcomes) {
    if (got !== wanted) throw new Error(`${each.shape}: expected ${String(wanted)}, got ${String(got)}`);
  }
}

const sync = (fn: (input: WebhookDelivery) => unknown, input: WebhookDelivery): AsyncTrial => {
  const timed = trial(fn, [input], { ...SAMPLING, startCount: 1 });
  return { warmUp: async (ms) => timed.warmUp(ms), measure: async () => timed.measure() };
};

/** parseWebhookDelivery and the floor on every delivery, in this process as its schemas stand. */
async function timeDeliveries(deliveries: readonly BenchDelivery[]): Promise<WebhookRow[]> {
  const rows: WebhookRow[] = [];
  for (const each of deliveries) {
    await verify(each);
    const trials = [sync(floorOf(each), each.delivery), asyncTrial(() => parse(each.delivery), SAMPLING)];
    const [floor = NaN, parsed = NaN] = await measureRoundsAsync(trials, ROUNDS);
    rows.push({ shape: each.shape, bytes: each.delivery.body.length, floor, parse: parsed });
  }
  return rows;
}

/** The refusal paths of every delivery, against accepting it. */
async function timeRefusals(deliveries: readonly BenchDelivery[]): Promise<WebhookRefusalRow[]> {
  const rows: WebhookRefusalRow[] = [];
  for (const each of deliveries) {
    const trials = [settled(each.delivery), settled(each.badSignature), settled(each.invalidEvent)];
    const [valid = NaN, bad = NaN, invalid = NaN] = await measureRoundsAsync(
      trials.map((fn) => asyncTrial(fn, SAMPLING)),
      ROUNDS,
    );
    const row = { shape: each.shape, bytes: each.delivery.body.length, valid };
    rows.push({ ...row, reason: 'bad-signature', refusal: bad }, { ...row, reason: 'invalid-event', refusal: invalid });
  }
  return rows;
}

/** A 10 MB body with a malformed signature header: refused on its length, before any hashing. */
async function timeTooLarge(): Promise<number> {
  const delivery = { body: new Uint8Array(10_000_000), headers: { 'X-DECNET-Signature': 'sha256=x' } };
  const [ns = NaN] = await measureRoundsAsync([asyncTrial(settled(delivery), SAMPLING)], ROUNDS);
  return ns;
}

/** The signature alone, both ways: where a small delivery's time goes. */
async function timeSignature(delivery: WebhookDelivery | undefined): Promise<WebhookBenchResult['signature']> {
  if (delivery === undefined) throw new Error('no delivery to time the signature on');
  const { body } = delivery;
  const mac = Buffer.from((delivery.headers['X-DECNET-Signature'] ?? '').slice(7), 'hex');
  const { subtle } = globalThis.crypto;
  const key = await subtle.importKey('raw', Buffer.from(SECRET), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  const node = (): boolean => timingSafeEqual(createHmac('sha256', SECRET).update(body).digest(), mac);
  if (!(await subtle.verify('HMAC', key, mac, body)) || !node()) throw new Error('the signature does not verify');
  const trials = [asyncTrial(() => subtle.verify('HMAC', key, mac, body), SAMPLING), sync(node, delivery)];
  const [webCrypto = NaN, nodeCrypto = NaN] = await measureRoundsAsync(trials, ROUNDS);
  return { bytes: body.length, webCrypto, nodeCrypto };
}

/** Runs every part: the regular parser here, the compiled one in a child process. */
export async function runWebhooksBench(): Promise<WebhookBenchResult> {
  const deliveries = await benchDeliveries();
  const loadBefore = loadavg()[0] ?? 0;
  const regular = await timeDeliveries(deliveries);
  const refusals = await timeRefusals(deliveries);
  const tooLarge = await timeTooLarge();
  const signature = await timeSignature(deliveries[0]?.delivery);
  const compiled = compiledInChild();
  return {
    cpus: availableParallelism(),
    load: [loadBefore, loadavg()[0] ?? 0],
    regular,
    compiled,
    refusals,
    tooLarge,
    signature,
  };
}

/** In the child: compiles every schema, then times the deliveries. */
async function compiledHere(): Promise<WebhookRow[]> {
  const { refused } = compileEventSchemas();
  if (refused.length > 0) throw new Error(`zod's compiler refused ${refused.join(', ')}`);
  return timeDeliveries(await benchDeliveries());
}

const EVAL_FLAGS = new Set(['-e', '--eval', '-p', '--print', '-pe']);

/** Runs this file in a child process with the parent's flags (tsx's loader among them), but no code to eval. */
function compiledInChild(): WebhookRow[] {
  const flags = process.execArgv.filter(
    (flag, i, all) => !EVAL_FLAGS.has(flag) && !EVAL_FLAGS.has(all[i - 1] ?? '') && !/^--(eval|print)=/.test(flag),
  );
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [...flags, self, CHILD_FLAG], { encoding: 'utf8' });
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !line.startsWith('[')) {
    throw new Error(`the compiled webhook child failed (status ${String(child.status)}):\n${child.stderr}`);
  }
  return JSON.parse(line) as WebhookRow[];
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  if (process.argv[2] === CHILD_FLAG) process.stdout.write(`${JSON.stringify(await compiledHere())}\n`);
  else printWebhooksBench(await runWebhooksBench());
}
