// Size budgets (size-limit, esbuild, minified and gzipped). Handling hostile input raised four of them by
// 0.1-0.4 kB: bounded, escaped messages with a window around the fault, lone-surrogate checks, the byte-bounded
// parseTopic cache, and PatternIndex's iterative walk. Splitting the leaf constants into one module per family,
// and one argument-checking path for every pattern, cost another 10-50 B (esbuild does not join `var`s across
// modules). Writing the 29 whitespace characters once, as a string from which SEGMENT_WHITESPACE derives, cost the
// root entry 53 B (its old number list minified smaller); a segment check alone grew 24 B. The /schemas budgets include zod, which
// size-limit would otherwise leave out as a peer dependency: consumers ship it, so it counts.
// PatternIndex for fan-out (buckets kept in insertion order with per-value records, merges by runs with marks instead
// of a sort and a Set, forEachMatch and hasMatch) took PatternIndex from 2.85 to 4.22 kB, and the root entry, which
// holds it, from 6.04 to 7.39 kB: a lookup returning 16,000 values went from 516 µs to 85 ns.
const withZod = (config) => ({ ...config, external: [] });
// /bus imports Node's built-ins (its socket): the host provides them, so they stay out, and only they.
const withZodOnNode = (config) => ({ ...config, external: ['node:*'] });

export default [
  {
    name: 'root entry, everything',
    path: 'dist/esm/index.js',
    import: '*',
    gzip: true,
    limit: '7.5 kB',
  },
  {
    name: 'topic core: constants, builders, topics, segment rules',
    path: 'dist/esm/index.js',
    import:
      '{ topics, isValidSegment, assertSegment, isValidTopic, assertTopic, SEGMENT_WHITESPACE, TopicSegmentError }',
    gzip: true,
    limit: '3.25 kB',
  },
  {
    name: 'one builder and one leaf',
    path: 'dist/esm/index.js',
    import: '{ decky, DECKY_STATE }',
    gzip: true,
    limit: '1.3 kB',
  },
  {
    name: 'the topics namespace',
    path: 'dist/esm/index.js',
    import: '{ topics }',
    gzip: true,
    limit: '3.1 kB',
  },
  {
    name: 'segment check only',
    path: 'dist/esm/index.js',
    import: '{ isValidSegment }',
    gzip: true,
    limit: '450 B',
  },
  {
    name: 'catalogue entry, everything',
    path: 'dist/esm/catalogue.js',
    import: '*',
    gzip: true,
    limit: '4.4 kB',
  },
  {
    name: 'matches alone',
    path: 'dist/esm/index.js',
    import: '{ matches }',
    gzip: true,
    limit: '600 B',
  },
  {
    name: 'compilePattern',
    path: 'dist/esm/index.js',
    import: '{ compilePattern }',
    gzip: true,
    limit: '1.9 kB',
  },
  {
    name: 'PatternIndex',
    path: 'dist/esm/index.js',
    import: '{ PatternIndex }',
    gzip: true,
    limit: '4.3 kB',
  },
  {
    name: "schemas: one family's schema, zod included",
    path: 'dist/esm/schemas.js',
    import: '{ CanaryTriggeredEventSchema }',
    gzip: true,
    limit: '8 kB',
    modifyEsbuildConfig: withZod,
  },
  {
    name: 'schemas: parseEvent with every schema, zod included',
    path: 'dist/esm/schemas.js',
    import: '{ parseEvent }',
    gzip: true,
    limit: '20 kB',
    modifyEsbuildConfig: withZod,
  },
  // /webhooks (measured 22.11, 1.3, 3.15, 28.92 and 20.58 kB, the adapters included): receiving a delivery pulls
  // in every payload schema and zod; verifying or building one needs neither, and counts zod so any creeping in shows.
  {
    name: 'webhooks: parseWebhookDelivery, zod included',
    path: 'dist/esm/webhooks.js',
    import: '{ parseWebhookDelivery }',
    gzip: true,
    limit: '22.3 kB',
    modifyEsbuildConfig: withZod,
  },
  {
    name: 'webhooks: verifyWebhookSignature alone (no zod, no schemas)',
    path: 'dist/esm/webhooks.js',
    import: '{ verifyWebhookSignature }',
    gzip: true,
    limit: '1.35 kB',
    modifyEsbuildConfig: withZod,
  },
  {
    name: 'webhooks: createWebhookDelivery (no zod, no schemas)',
    path: 'dist/esm/webhooks.js',
    import: '{ createWebhookDelivery }',
    gzip: true,
    limit: '3.2 kB',
    modifyEsbuildConfig: withZod,
  },
  {
    name: 'webhooks entry, everything, zod included',
    path: 'dist/esm/webhooks.js',
    import: '*',
    gzip: true,
    limit: '29.1 kB',
    modifyEsbuildConfig: withZod,
  },
  {
    name: 'webhooks entry, everything, zod excluded',
    path: 'dist/esm/webhooks.js',
    import: '*',
    gzip: true,
    limit: '20.7 kB',
  },
  // /nats (measured 23.71 kB): a subscription and a publish check events against the contract, so every payload
  // schema and zod come with them; the NATS client is the caller's and is not counted. /bus (measured 2.85 kB): the
  // frame codec needs neither zod nor the client's socket, and counts zod so that any creeping in shows.
  {
    name: 'nats: subscribeEvents and publishEvent, zod included',
    path: 'dist/esm/nats.js',
    import: '{ subscribeEvents, publishEvent }',
    gzip: true,
    limit: '23.9 kB',
    modifyEsbuildConfig: withZod,
  },
  {
    name: 'bus: the frame codec alone (no zod, no schemas, no socket)',
    path: 'dist/esm/bus.js',
    import: '{ encodeBusFrame, BusFrameDecoder }',
    gzip: true,
    // 2.95 kB: the shared UTF-8 module (src/internal/utf8.ts, also behind webhooks and NATS) cost the codec 90 B.
    limit: '3 kB',
    modifyEsbuildConfig: withZodOnNode,
  },
  {
    // The bridge is a Node program: it carries the bus client, the NATS side and the schemas, zod included.
    name: 'bridge: bridgeBusToNats, zod included',
    path: 'dist/esm/bridge.js',
    import: '{ bridgeBusToNats }',
    gzip: true,
    limit: '30.6 kB',
    modifyEsbuildConfig: withZodOnNode,
  },
];
