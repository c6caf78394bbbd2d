/**
 * `@decnet/bus-topics/catalogue`: the topic catalogue, one declarative row per
 * topic template of the DECNET contract, and the functions that read it:
 * `parseTopic` (topic to template and parameters) and `formatTopic` (the
 * inverse). It is a separate entry so that the root entry stays small for
 * consumers that only build topics; the catalogue's descriptions alone weigh
 * more than all the builders together.
 *
 * @packageDocumentation
 */

export { TOPIC_CATALOGUE } from './topics/catalogue.js';
// The rows as written, which TOPIC_CATALOGUE's type names: internal.
export type { _CATALOGUE_ROWS } from './topics/catalogue.js';
export { parseTopic, formatTopic } from './topics/parse.js';
export type {
  TopicTemplateEntry,
  TopicTemplate,
  TopicFamily,
  TopicBuilderName,
  TemplateParamName,
  TopicParams,
  TopicOf,
  ContractTopic,
  ParsedTopic,
} from './topics/template-types.js';
