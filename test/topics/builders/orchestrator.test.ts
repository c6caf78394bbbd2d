import { describe } from 'vitest';
import { describeBuilderVectors } from '../../support/builder-vectors';

// CONTRACT 1.3: the vectors of conformance/builders.json for this builder.
describe('orchestrator', () => {
  describeBuilderVectors(['contract-topics', 'contract-refusals'], ['orchestrator']);
});
