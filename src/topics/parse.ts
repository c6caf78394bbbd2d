import { _segmentFault } from './segment-rules.js';
import { TOPIC_CATALOGUE } from './catalogue.js';
import type { ParsedTopic, TopicOf, TopicParams, TopicTemplate, TopicTemplateEntry } from './template-types.js';
import { TopicSegmentError } from '../errors/TopicSegmentError.js';
import { _stringArg } from '../internal/arguments.js';

/** @internal A template split into tokens; `null` marks a parameter. */
interface _CompiledTemplate {
  readonly entry: TopicTemplateEntry;
  readonly literals: readonly (string | null)[];
}

/**
 * Templates grouped by root token, literal-first. Built on first use, never at
 * import time, so importing a constant costs nothing.
 */
let byRoot: Map<string, readonly _CompiledTemplate[]> | undefined;

/** @internal */
function _templatesFor(root: string): readonly _CompiledTemplate[] | undefined {
  if (byRoot === undefined) {
    byRoot = new Map();
    // Fewer parameters first: where a literal row and a parameter row both fit
    // (`system.bus.health` and `system.{worker}.health`), the literal one wins.
    const rows = [...TOPIC_CATALOGUE].sort((a, b) => a.params.length - b.params.length);
    for (const entry of rows) {
      const literals = entry.template.split('.').map((token) => (token.startsWith('{') ? null : token));
      const list = byRoot.get(entry.family);
      byRoot.set(entry.family, list === undefined ? [{ entry, literals }] : [...list, { entry, literals }]);
    }
  }
  return byRoot.get(root);
}

/**
 * Identifies a concrete topic: which contract template it belongs to and the
 * values of that template's parameters.
 *
 * @param topic - a concrete topic such as `"decky.d-42.state"`.
 * @returns the template, family and parameters, as a frozen object; `null` when `topic` is not well formed (an empty token,
 *   whitespace, a wildcard) or belongs to no template of the contract.
 * @remarks Where a topic fits a template with a literal token and one with a parameter there, the literal wins:
 *   `system.bus.health` is the bus heartbeat, not `system.{worker}.health` with worker `bus`.
 * @example
 * ```ts
 * parseTopic('ttp.rule.fired.T1110');
 * //=> { template: "ttp.rule.fired.{technique_id}", family: "ttp", params: { technique_id: "T1110" } }
 * parseTopic('attacker.observation.motor.input_modality')?.params;
 * //=> { primitive: "motor.input_modality" }
 * parseTopic('decky.d-1.bogus'); //=> null
 * ```
 * @public
 */
export function parseTopic(topic: string): ParsedTopic | null {
  if (typeof topic !== 'string') return null;
  // Event streams repeat a limited set of topics, so answers are remembered; each is frozen, so sharing is safe.
  const known = _recent.get(topic);
  if (known !== undefined) return known;
  const parsed = _parse(topic);
  if (_recent.size >= _RECENT_LIMIT) _recent.clear();
  _recent.set(topic, parsed);
  return parsed;
}

/** How many recent topics {@link parseTopic} remembers; about 100 kB at most. @internal */
const _RECENT_LIMIT = 1024;

/** Answers of {@link parseTopic} for recent topics. @internal */
const _recent = new Map<string, ParsedTopic | null>();

/** @internal */
function _parse(topic: string): ParsedTopic | null {
  if (_segmentFault(topic, true) !== null) return null;
  const tokens = topic.split('.');
  const candidates = _templatesFor(tokens[0] ?? '');
  if (candidates === undefined) return null;
  for (const candidate of candidates) {
    const params = _matchTemplate(candidate, tokens);
    if (params !== null) {
      const { template, family } = candidate.entry;
      return Object.freeze({ template, family, params: Object.freeze(params) }) as ParsedTopic;
    }
  }
  return null;
}

/** @internal */
function _matchTemplate(
  { entry, literals }: _CompiledTemplate,
  tokens: readonly string[],
): Record<string, string> | null {
  const fits = entry.dottedTail ? tokens.length >= literals.length : tokens.length === literals.length;
  if (!fits) return null;
  const params: Record<string, string> = {};
  let name = 0;
  for (let i = 0; i < literals.length; i++) {
    const literal = literals[i];
    if (literal === null) {
      const last = i === literals.length - 1;
      params[entry.params[name++] as string] =
        last && entry.dottedTail ? tokens.slice(i).join('.') : (tokens[i] as string);
    } else if (literal !== tokens[i]) {
      return null;
    }
  }
  return params;
}

/**
 * Fills in a template's parameters: the inverse of {@link parseTopic}.
 *
 * @param template - a template of {@link TOPIC_CATALOGUE}.
 * @param params - a value for each placeholder; each must be one valid segment, except a dotted tail
 *   (`attacker.observation.{primitive}`), whose tokens must each be valid.
 * @returns the concrete topic.
 * @throws `TopicSegmentError` (exported by the root entry) when a parameter is not a valid segment; `TypeError` when the template is not in
 *   the catalogue or a parameter is missing or not a string.
 * @example
 * ```ts
 * formatTopic('canary.{token_id}.triggered', { token_id: 'abc-123' }); //=> "canary.abc-123.triggered"
 * ```
 * @public
 */
export function formatTopic<const Template extends TopicTemplate>(
  template: Template,
  params: TopicParams<Template>,
): TopicOf<Template> {
  const entry = TOPIC_CATALOGUE.find((row) => row.template === template);
  if (entry === undefined) throw new TypeError(`formatTopic(): ${JSON.stringify(template)} is not a contract template`);
  const values: Readonly<Record<string, unknown>> = params;
  // Token by token, so a value that looks like a placeholder ("{state}") is never substituted again.
  const topic = entry.template
    .split('.')
    .map((token) => {
      if (!token.startsWith('{')) return token;
      const name = token.slice(1, -1);
      const value = _stringArg(values[name], 'formatTopic', name);
      const fault =
        entry.dottedTail && token === `{${entry.params.at(-1)}}` ? _segmentFault(value, true) : _segmentFault(value);
      if (fault !== null) throw new TopicSegmentError({ builder: 'formatTopic', argument: name, value, ...fault });
      return value;
    })
    .join('.');
  return topic as TopicOf<Template>;
}
