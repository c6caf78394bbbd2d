/**
 * Prints the webhook benchmark: verify + parse against the floor, the refusal
 * paths against accepting, the 10 MB body, and the signature alone; each figure
 * beside its goal, every miss marked.
 */
import { table } from '../harness';
import { REFUSAL_COST_GOAL } from '../refusal';
import type { WebhookBenchResult, WebhookRow } from './result';
import { REFUSAL_GOALS, ROUNDS, SAMPLING, WEBHOOK_FLOOR_GOAL } from './settings';

const micros = (ns: number): string => (ns >= 100_000 ? `${(ns / 1e3).toFixed(0)} µs` : `${(ns / 1e3).toFixed(1)} µs`);
const bytes = (n: number): string => n.toLocaleString('en');
const verdict = (ratio: number, goal: number): string => (ratio <= goal ? 'met' : 'MISSED');
const out = (text: string): void => {
  process.stdout.write(text);
};

/** Writes the figures, each beside its goal, every miss marked. */
export function printWebhooksBench(result: WebhookBenchResult): void {
  out(
    `\nWebhook delivery, verify + parse, per delivery, awaited one at a time (each the lowest of ${ROUNDS.rounds} ` +
      `medians of ${SAMPLING.samples} samples of ${SAMPLING.sampleMs} ms, after warm-up)\n`,
  );
  out(`${result.cpus} CPU(s); load average ${result.load[0].toFixed(2)} before, ${result.load[1].toFixed(2)} after\n`);
  out(`floor: createHmac + timingSafeEqual + TextDecoder + JSON.parse + compiled schema safeParse `);
  out(`(goal: parseWebhookDelivery <= ${WEBHOOK_FLOOR_GOAL}x the floor)\n\n`);
  const row = (schemas: string) => (r: WebhookRow) => {
    const ratio = r.parse / r.floor;
    const cells = [r.shape, bytes(r.bytes), schemas, micros(r.parse), micros(r.floor), `${ratio.toFixed(2)}x`];
    return [...cells, `<= ${WEBHOOK_FLOOR_GOAL}x`, verdict(ratio, WEBHOOK_FLOOR_GOAL)];
  };
  out(
    `${table(
      ['delivery', 'bytes', 'schemas', 'parseWebhookDelivery', 'floor', 'ratio', 'goal', ''],
      [...result.regular.map(row('regular')), ...result.compiled.map(row('compiled'))],
    )}\n`,
  );
  out('\nRefusal paths vs accepting the same delivery (goals: a bad signature <= 1x; a signed invalid event ');
  out(`<= ${REFUSAL_COST_GOAL}x, as in the refusal benchmark)\n\n`);
  out(
    `${table(
      ['delivery', 'bytes', 'refused as', 'valid', 'refusal', 'ratio', 'goal', ''],
      result.refusals.map((r) => {
        const ratio = r.refusal / r.valid;
        const cells = [r.shape, bytes(r.bytes), r.reason, micros(r.valid), micros(r.refusal), `${ratio.toFixed(2)}x`];
        const goal = REFUSAL_GOALS[r.reason] ?? 1;
        return [...cells, `<= ${goal}x`, verdict(ratio, goal)];
      }),
    )}\n`,
  );
  out(`body-too-large, a 10 MB body: ${micros(result.tooLarge)} (refused on its length, never hashed)\n`);
  const { bytes: size, webCrypto, nodeCrypto } = result.signature;
  out(
    `the signature alone at ${bytes(size)} bytes: Web Crypto verify, awaited, ${micros(webCrypto)}; ` +
      `node:crypto createHmac + timingSafeEqual ${micros(nodeCrypto)}\n`,
  );
}
