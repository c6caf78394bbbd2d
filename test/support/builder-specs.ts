/**
 * The builders as conformance/builders.json lists them, and the helpers that
 * write builder vectors (test/support/builder-cases.ts): a call's topic, its
 * refusal, and a call with one bad argument in each place.
 */
import { BUILDERS, LEAF_PREFIX, type BadSegment } from './contract';
import type { BuilderSpecJson, BuilderVector } from './conformance';

/** CONTRACT 1.3: each builder's output, in Python's parameter names. */
const OUTPUT: Readonly<Record<string, string>> = {
  topologyMutation: 'topology.{topology_id}.mutation.{state}',
  topologyStatus: 'topology.{topology_id}.status',
  decky: 'decky.{decky_id}.{event_type}',
  deckyMutation: 'decky.{decky_id}.mutation',
  deckyLifecycle: 'decky.{decky_id}.lifecycle',
  orchestrator: 'orchestrator.{event_type}.{decky_id}',
  canary: 'canary.{token_id}.{event_type}',
  systemHealth: 'system.{worker}.health',
  systemControl: 'system.{worker}.control',
  ttpRuleFired: 'ttp.rule.fired.{technique_id}',
  ttpRuleReloaded: 'ttp.rule.reloaded.{rule_id}',
  ttpRuleState: 'ttp.rule.state.{rule_id}',
};

const snake = (name: string): string => name.replace(/[A-Z]/gu, (upper) => `_${upper.toLowerCase()}`);

/** The builders as builders.json lists them, with the names a Python port uses. */
export const BUILDER_SPECS: readonly BuilderSpecJson[] = BUILDERS.map(({ name, kind, params, checkedFirst }) => ({
  name,
  python: snake(name),
  kind,
  params,
  pythonParams: params.map(snake),
  checkOrder: [checkedFirst, ...params.filter((param) => param !== checkedFirst)],
  output: OUTPUT[name] ?? `${LEAF_PREFIX[name] ?? '?'}{${snake(params[0] ?? '?')}}`,
}));

export const topic = (builder: string, args: readonly unknown[], expected: string): BuilderVector => ({
  builder,
  args,
  topic: expected,
});
export const refused = (
  builder: string,
  args: readonly unknown[],
  argument: string,
  fault: Omit<BadSegment, 'value'>,
): BuilderVector => ({
  builder,
  args,
  error: { argument, reason: fault.reason, index: fault.index },
});
export const notAString = (builder: string, args: readonly unknown[], argument: string): BuilderVector => ({
  builder,
  args,
  error: { argument, reason: 'not-a-string' },
});

/** A valid call of each builder, into which one bad argument is put. */
const SAMPLE: Readonly<Record<string, readonly string[]>> = {
  topologyMutation: ['abc123', 'applied'],
  topologyStatus: ['t-1'],
  decky: ['d-42', 'state'],
  deckyMutation: ['d-42'],
  deckyLifecycle: ['d-42'],
  orchestrator: ['traffic', 'd-7'],
  canary: ['abc-123', 'triggered'],
  systemHealth: ['sniffer'],
  systemControl: ['mutator'],
  ttpRuleFired: ['T1110'],
  ttpRuleReloaded: ['R0001'],
  ttpRuleState: ['R0001'],
};

/** Every argument of the given builders, with a call that puts `value` there and `filler` (or a sample) elsewhere. */
export function slots(
  builders: typeof BUILDERS,
  filler?: string,
): { readonly name: string; readonly param: string; readonly args: (value: unknown) => unknown[] }[] {
  return builders.flatMap(({ name, params }) =>
    params.map((param, position) => ({
      name,
      param,
      args: (value: unknown): unknown[] =>
        params.map((_, k) => (k === position ? value : (filler ?? SAMPLE[name]?.[k] ?? 'ok'))),
    })),
  );
}
