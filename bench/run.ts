/**
 * `npm run bench`: every runtime benchmark, one after the other, in one process
 * (run with --expose-gc so the memory figures are real).
 */
import { printCliValidateBench, runCliValidateBench } from './cli-validate';
import { printIndexBench, runIndexBench } from './pattern-index';
import { printMatchingBench, runMatchingBench } from './matching';
import { printNatsBench, runNatsBench } from './nats';
import { printRefusalBench, runRefusalBench } from './refusal';
import { printSchemasBench, runSchemasBench } from './schemas';
import { printWebhooksBench, runWebhooksBench } from './webhooks';

process.stdout.write(`node ${process.version}, ${process.arch}\n`);
printMatchingBench(runMatchingBench());
printIndexBench(runIndexBench());
printSchemasBench(runSchemasBench());
printRefusalBench(runRefusalBench());
printWebhooksBench(await runWebhooksBench());
printCliValidateBench(await runCliValidateBench());
printNatsBench(await runNatsBench());
