import { _segmentFault } from './segment-rules.js';
import { _segmentArg } from './segment-arguments.js';
import { TOPIC_CATALOGUE } from './catalogue.js';
import type { ParsedTopic, TopicOf, TopicParams, TopicTemplate, TopicTemplateEntry } from './template-types.js';
import { _stringArg } from '../internal/arguments.js';
import { _describeType, _showValue } from '../internal/escape.js';
import { _RecentTopics } from '../internal/recent-topics.js';

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
 *
 *   Event streams repeat a limited set of topics, so answers are remembered, within a budget in bytes: only topics
 *   of at most 256 UTF-16 code units, and at most 1,024 of them. Each keeps its topic and, at most, one copy of it
 *   in its parameters, so the text kept is under 1,024 × 256 × 2 copies × 2 bytes = 1 MiB, plus about 200 bytes of
 *   answer object per entry: under 1.3 MB in all, whatever a peer sends. A longer topic is parsed on every call, in
 *   time linear in its length, and nothing of it is kept. Once full, a new answer replaces one chosen at random, so
 *   a stream that cycles through a few more topics than that still finds most of them (1,025 topics in turn: 0.2%
 *   misses), where clearing everything or evicting the oldest answer would miss on every call.
 * @example
 * ```ts
 * parseTopic('ttp.rule.fired.T1110');
 * //=> { template: "ttp.rule.fired.{technique_id}", family: "ttp", params: { technique_id: "T1110" } }
 * parseTopic('attacker.observation.motor.input_modality')?.params;
 * //=> { primitive: "motor.input_modality" }
 * parseTopic('decky.d-1.bogus'); //=> null
 * ```
 * @category Parsing
 * @public
 */
export function parseTopic(topic: string): ParsedTopic | null {
  if (typeof topic !== 'string') return null;
  // Each answer is frozen, so sharing a remembered one is safe.
  const known = _recent.get(topic);
  if (known !== undefined) return known;
  const parsed = _parse(topic);
  _recent.remember(topic, parsed);
  return parsed;
}

/**
 * Answers of {@link parseTopic} for recent topics: 1,024 at most, each for a topic of at most 256 UTF-16 code
 * units (the byte budget is worked out in parseTopic's remarks). An empty map until the first call.
 *
 * @internal
 */
const _recent = /* @__PURE__ */ new _RecentTopics<ParsedTopic | null>(1024, 256);

/** @internal */
function _parse(topic: string): ParsedTopic | null {
  if (_segmentFault(topic, true) !== null) return null;
  const tokens = topic.split('.');
  const candidates = _templatesFor(tokens[0] ?? '');
  if (candidates === undefined) return null;
  for (const candidate of candidates) {
    const params = _matchTemplate(candidate, topic, tokens);
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
  topic: string,
  tokens: readonly string[],
): Record<string, string> | null {
  const fits = entry.dottedTail ? tokens.length >= literals.length : tokens.length === literals.length;
  if (!fits) return null;
  const params: Record<string, string> = {};
  let name = 0;
  let offset = 0;
  for (let i = 0; i < literals.length; i++) {
    const literal = literals[i];
    const token = tokens[i] as string;
    if (literal === null) {
      const last = i === literals.length - 1;
      // A slice of the topic rather than a join of its tokens: engines can share the topic's characters.
      params[entry.params[name++] as string] = last && entry.dottedTail ? topic.slice(offset) : token;
    } else if (literal !== token) {
      return null;
    }
    offset += token.length + 1;
  }
  return params;
}

/**
 * Fills in a template's parameters: the inverse of {@link parseTopic}.
 *
 * @param template - a template of {@link TOPIC_CATALOGUE}.
 * @param params - an object with a value for each placeholder; each must be one valid segment, except a dotted tail
 *   (`attacker.observation.{primitive}`), whose tokens must each be valid.
 * @returns the concrete topic.
 * @throws `TopicSegmentError` (exported by the root entry) when a parameter is not a valid segment; `TypeError` when
 *   the template is not a string or not in the catalogue, `params` is not an object (even for a template without
 *   placeholders), or a parameter is missing or not a string. Messages quote at most a short, escaped part of the input.
 * @remarks Each parameter is read once, in template order, with a plain property read: when that read throws (a
 *   getter or a `Proxy` trap of the caller's), the error propagates unchanged.
 * @example
 * ```ts
 * formatTopic('canary.{token_id}.triggered', { token_id: 'abc-123' }); //=> "canary.abc-123.triggered"
 * ```
 * @category Parsing
 * @public
 */
export function formatTopic<const Template extends TopicTemplate>(
  template: Template,
  params: TopicParams<Template>,
): TopicOf<Template> {
  const entry = _catalogueEntry(template);
  const values = _paramsArg(params);
  // Token by token, so a value that looks like a placeholder ("{state}") is never substituted again.
  const topic = entry.template
    .split('.')
    .map((token) => {
      if (!token.startsWith('{')) return token;
      const name = token.slice(1, -1);
      const dotted = entry.dottedTail && name === entry.params.at(-1);
      return _segmentArg(values[name], 'formatTopic', name, dotted);
    })
    .join('.');
  return topic as TopicOf<Template>;
}

/** @internal The catalogue row of a template given at run time, which may be anything. */
function _catalogueEntry(template: unknown): TopicTemplateEntry {
  const text = _stringArg(template, 'formatTopic', 'template');
  const entry = TOPIC_CATALOGUE.find((row) => row.template === text);
  if (entry === undefined) throw new TypeError(`formatTopic(): ${_showValue(text)} is not a contract template`);
  return entry;
}

/** @internal The parameters given at run time: any object, whose properties are read later. */
function _paramsArg(params: unknown): Readonly<Record<string, unknown>> {
  if ((typeof params !== 'object' && typeof params !== 'function') || params === null) {
    throw new TypeError(`formatTopic(): argument "params" must be an object, got ${_describeType(params)}`);
  }
  return params as Readonly<Record<string, unknown>>;
}
