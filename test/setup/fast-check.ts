/**
 * The one place where property tests are configured. A failing property throws
 * an error whose message holds the seed and the counterexample path, so a run
 * can be replayed with `fc.assert(property, { seed, path })`; the verbose level
 * adds the shrunk counterexamples that failed on the way.
 */
import fc from 'fast-check';

fc.configureGlobal({ numRuns: 200, verbose: fc.VerbosityLevel.Verbose });
