// What the AsyncAPI document of scripts/build-asyncapi.mjs says in prose: the parameters, the segment rules, how
// wildcard subscriptions map to channels, the two servers. Facts from ../shared/CONTRACT.md sections 2, 3.1 and 3.2.

/** What each placeholder of the catalogue stands for; a new placeholder must be described here. */
export const PARAMETERS = {
  topology_id: { description: "The topology's id (a UUID).", examples: ['4b1d6c0e-2f4a-4c1b-9a57-0d3e8f1a2b3c'] },
  state: { description: 'The mutation state: the `MUTATION_*` leaf, also the envelope `type`.', examples: ['applied'] },
  decky_id: {
    description: "The decky's id: its name, or `{host_uuid}:{name}` for a fleet decky (`:` is a legal character).",
    examples: ['web-01', 'host-3f2a:web-01'],
  },
  primitive: {
    description: 'The BEHAVE primitive observed; the one parameter that may span several tokens.',
    examples: ['motor.input_modality'],
  },
  worker: { description: "The worker's name.", examples: ['mutator', 'collector'] },
  token_id: { description: "The canary token's id (a UUID).", examples: ['9c0e7a52-6f1d-4e8b-b3a4-2d5c6e7f8a9b'] },
  technique_id: { description: 'The MITRE ATT&CK technique id.', examples: ['T1110'] },
  rule_id: { description: "The detection rule's id.", examples: ['ssh-bruteforce'] },
};

export const SEGMENT_RULES =
  'A segment is one topic token: not empty; no `.` (the separator), `*` or `>` (the wildcards); none of the 29 ' +
  "code points Python's `str.isspace()` calls whitespace; no lone UTF-16 surrogate. Case-sensitive, compared code " +
  'point by code point; the UNIX bus carries ASCII topics only. AsyncAPI 3.0 parameters have no `pattern`: ' +
  '`x-decnet-segment-pattern` states these rules as a regular expression (ECMAScript, `u` flag).';

export const WILDCARDS =
  "AsyncAPI 3.0 cannot express DECNET's subscription patterns: a channel address names one template, and nothing " +
  'stands for "one or more tokens". DECNET subscribes with NATS-style patterns: `*` is exactly one non-empty ' +
  'token, `>` one or more trailing tokens. A reader maps a pattern to channels by filling every `{param}` of each ' +
  'channel address with segments (one; one or more for a dotted tail such as `{primitive}`) and testing the pattern ' +
  'against the result with the bus matcher (`matches` in @decnet/bus-topics): a channel is received when some ' +
  'filling matches. `subscriptions` lists the channels so found for the patterns DECNET uses and for the ' +
  "simple-mode presets of its webhooks (`preset`, expanding to `patterns`). Each channel's " +
  '`x-decnet-subscribe-pattern` is the pattern that receives every topic of that channel.';

export const BUS_SERVER =
  "DECNET's own bus daemon on a UNIX socket (`DECNET_BUS_SOCKET`, else `/run/decnet/bus.sock`, else " +
  '`~/.decnet/bus.sock`). Each frame is an ASCII header line (`HELLO <name>`, `PUB <topic>`, `SUB <pattern>`, ' +
  '`UNSUB <pattern>`, `EVT <topic>`, `BYE`; at most 4,096 bytes with its `\\n`), a 4-byte big-endian body length ' +
  'and a JSON body of at most 1 MiB. A `PUB` body is a whole event; the server keeps its `type` and `payload` and ' +
  'delivers `EVT` frames with a fresh `id` and `ts`. Delivery is at most once; a connection never receives its own ' +
  'events.';

export const NATS_SERVER =
  'The same topics as NATS subjects and the same JSON events as message bodies, where the bus is bridged to NATS. ' +
  '`*` and `>` mean the same on both (DECNET compares empty tokens literally where NATS refuses them).';

export const INFO_DESCRIPTION =
  "The topics and events of DECNET's service bus, generated from the catalogue, payload schemas and documentation " +
  'of @decnet/bus-topics. Every message is a JSON event `{v, id, topic, type, ts, payload}`: `topic` is the ' +
  'concrete address of its channel, `type` the envelope type (which selects the message where a channel has ' +
  'several). See `x-decnet-wildcards` for subscription patterns.';
