import { describe } from 'vitest';
import { describeBuilderVectors } from '../../support/builder-vectors';

// CONTRACT 1.3: the vectors of conformance/builders.json for these builders; the leaves Python would have appended
// verbatim (`attacker('*')`, `attackerObservation('motor.')`) are in test/topics/dotted-leaves.test.ts.
describe.each(['attacker', 'attackerObservation'])('%s', (name) => {
  describeBuilderVectors(['contract-topics', 'contract-refusals'], [name]);
});
