/**
 * Types derived from the topic catalogue: the union of templates, a template's
 * parameters and the concrete topics it stands for. Each helper does one small
 * step so that each can be tested, and type-checking stays cheap.
 *
 * @packageDocumentation
 */
import type { TOPIC_CATALOGUE } from './catalogue.js';

/**
 * One row of `TOPIC_CATALOGUE` (from `@decnet/bus-topics/catalogue`).
 *
 * @example
 * ```ts
 * type Row = TopicTemplateEntry; // { template: "decky.{decky_id}.state"; family: "decky"; ... } | ...
 * ```
 * @category Catalogue
 * @public
 */
export type TopicTemplateEntry = (typeof TOPIC_CATALOGUE)[number];

/**
 * Every topic template of the contract, e.g. `"decky.{decky_id}.state"`.
 *
 * @example
 * ```ts
 * const template: TopicTemplate = 'ttp.rule.fired.{technique_id}';
 * ```
 * @category Template types
 * @public
 */
export type TopicTemplate = TopicTemplateEntry['template'];

/**
 * The root tokens that start a contract topic.
 *
 * @example
 * ```ts
 * const family: TopicFamily = 'attacker';
 * ```
 * @category Template types
 * @public
 */
export type TopicFamily = TopicTemplateEntry['family'];

/**
 * The names of the builder functions that appear in the catalogue.
 *
 * @example
 * ```ts
 * const name: TopicBuilderName = 'systemHealth';
 * ```
 * @category Template types
 * @public
 */
export type TopicBuilderName = TopicTemplateEntry['builder'];

/**
 * The placeholder names of a template, as a union.
 *
 * @example
 * ```ts
 * type P = TemplateParamName<'topology.{topology_id}.mutation.{state}'>; //=> "topology_id" | "state"
 * ```
 * @category Template types
 * @public
 */
export type TemplateParamName<Template extends string> = Template extends `${string}{${infer Name}}${infer Rest}`
  ? Name | TemplateParamName<Rest>
  : never;

/**
 * The named parameters of a template, as `parseTopic` returns them.
 *
 * @example
 * ```ts
 * type P = TopicParams<'ttp.rule.fired.{technique_id}'>; //=> { readonly technique_id: string }
 * ```
 * @category Template types
 * @public
 */
export type TopicParams<Template extends string> = { readonly [Name in TemplateParamName<Template>]: string };

/**
 * The concrete topics a template stands for, as a template-literal type.
 *
 * @example
 * ```ts
 * type T = TopicOf<'decky.{decky_id}.state'>; //=> `decky.${string}.state`
 * ```
 * @category Template types
 * @public
 */
export type TopicOf<Template extends string> = Template extends `${infer Head}{${string}}${infer Rest}`
  ? `${Head}${string}${TopicOf<Rest>}`
  : Template;

/**
 * Every concrete topic of the contract, as a union of template-literal types.
 *
 * @example
 * ```ts
 * const topic: ContractTopic = 'decky.d-42.state';
 * ```
 * @category Template types
 * @public
 */
export type ContractTopic = TopicOf<TopicTemplate>;

/**
 * What {@link parseTopic} returns: the template a topic belongs to, its family
 * and its named parameters, as a union discriminated on `template`.
 *
 * @example
 * ```ts
 * const parsed = parseTopic('ttp.rule.fired.T1110');
 * if (parsed?.template === 'ttp.rule.fired.{technique_id}') parsed.params.technique_id; //=> "T1110"
 * ```
 * @category Parsing
 * @public
 */
export type ParsedTopic = {
  [Template in TopicTemplate]: {
    /** The catalogue template the topic matched, e.g. `"ttp.rule.fired.{technique_id}"`. */
    readonly template: Template;
    /** The template's root token, e.g. `"ttp"`. */
    readonly family: Extract<TopicTemplateEntry, { readonly template: Template }>['family'];
    /** The value of each placeholder, by name; a dotted tail keeps its dots. */
    readonly params: TopicParams<Template>;
  };
}[TopicTemplate];
