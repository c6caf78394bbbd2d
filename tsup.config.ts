import { defineConfig } from 'tsup';

// The CommonJS build. The ES module build is plain `tsc` (tsconfig.build.json),
// which keeps one file per module for tree-shaking. Splitting puts code shared by
// the entries into one chunk, so `TopicSegmentError` is a single class for every
// entry and `instanceof` works across them.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    catalogue: 'src/catalogue.ts',
    schemas: 'src/schemas.ts',
    webhooks: 'src/webhooks.ts',
    bus: 'src/bus.ts',
    bridge: 'src/bridge.ts',
    nats: 'src/nats.ts',
  },
  // zod and @nats-io/transport-node are peer dependencies: never bundled (/nats imports the latter's types only).
  // The platform is neutral, so Node's built-ins, which /bus needs for its socket, are marked external here.
  external: ['zod', /^zod\//, /^@nats-io\//, /^node:/],
  // Keep `node:net` as written (tsup 8 would strip the prefix): the ES build keeps it too, and Deno and Bun expect it.
  removeNodeProtocol: false,
  format: ['cjs'],
  outDir: 'dist/cjs',
  splitting: true,
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
});
