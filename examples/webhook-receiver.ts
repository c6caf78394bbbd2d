/**
 * A DECNET webhook receiver on node:http: it verifies each delivery's
 * signature, parses the event into its typed form, handles it once (DECNET
 * retries, and overlapping patterns deliver an event once per pattern), and
 * answers with the status DECNET expects. Run it with
 *
 *   DECNET_WEBHOOK_SECRET=<the subscription's secret> npm run example:webhooks
 *
 * and point the subscription's URL at the address it prints (PORT sets the port).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebhookDeduplicator, createWebhookNodeHandler } from '../src/webhooks';

const secret = process.env['DECNET_WEBHOOK_SECRET'];
if (secret === undefined || secret === '') {
  process.stderr.write(
    'Set DECNET_WEBHOOK_SECRET to the secret of the webhook subscription (shown once, when it was created).\n',
  );
  process.exit(1);
}

const log = (line: string): void => {
  process.stdout.write(`${new Date().toISOString()} ${line}\n`);
};

const receive = createWebhookNodeHandler(
  {
    secret,
    deduplicator: new WebhookDeduplicator(),
    onTestPing: (ping) => log(`test ping from ${ping.payload.triggered_by}`),
    onRefused: (error) => log(`refused, ${error.status} ${error.reason}: ${error.message}`),
    onInvalidEvent: (error) => log(`acknowledged an event outside the contract: ${error.message}`),
    onError: (error) => log(`failed, DECNET will retry: ${String(error)}`),
  },
  (event) => {
    // `event.template` tells the events apart; each branch sees its own payload type.
    switch (event.template) {
      case 'decky.{decky_id}.state':
        log(`decky ${event.params.decky_id} is ${event.payload.state}`);
        break;
      case 'attacker.session.ended':
        log(
          `${event.payload.attacker_ip} left ${event.payload.service} after ${event.payload.commands.length} commands`,
        );
        break;
      default:
        log(`${event.topic} (${event.type || 'no type'})`);
    }
  },
);

const server = createServer(receive);
server.listen(Number(process.env['PORT'] ?? 0), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  log(`receiving DECNET webhooks at http://127.0.0.1:${port}/`);
});
