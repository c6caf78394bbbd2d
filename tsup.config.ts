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
  },
  // zod is a peer dependency: never bundled.
  external: ['zod', /^zod\//],
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
