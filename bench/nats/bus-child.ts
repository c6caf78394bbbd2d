/**
 * The bus server of the bridge benchmark, in a process of its own, as DECNET's bus daemon is: the test bus
 * server, publishing attacker events when told to. It writes `{"path": ...}` once it listens; then each line on
 * stdin, `{"count": N}`, publishes the next N events (once the bridge's SUB is in), and `stop` ends it.
 */
import { createInterface } from 'node:readline';
import { startBusServer } from '../../test/support/bus-server';
import { ATTACKER_EVENTS, type BenchEvent } from './events';

const server = await startBusServer({ queueSize: 1 << 16 });
process.stdout.write(`${JSON.stringify({ path: server.path })}\n`);
let next = 0;
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'stop') break;
  await server.waitForSub('attacker.>');
  const { count } = JSON.parse(line) as { count: number };
  for (let k = 0; k < count; k++, next++) {
    const { topic, payload, type } = ATTACKER_EVENTS[next % ATTACKER_EVENTS.length] as BenchEvent;
    server.publish(topic, payload, type);
  }
}
await server.dispose();
