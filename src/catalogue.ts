/**
 * The topic catalogue: one row per topic template of the DECNET contract, and the functions that read it.
 *
 * `parseTopic` takes a topic to its template and parameters, and `formatTopic` does the inverse. It is a separate
 * entry so that the root entry stays small for consumers that only build topics; the catalogue's descriptions alone
 * weigh more than all the builders together.
 *
 * @categoryDescription Catalogue
 * The catalogue's rows: template, family, parameters, builder call and description.
 * @categoryDescription Parsing
 * From a concrete topic to its template and parameters, and back.
 * @categoryDescription Template types
 * The templates, families, builders and parameters of the contract as types.
 * @packageDocumentation
 * @module \@decnet/bus-topics/catalogue
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
