import { describe } from 'vitest';
import { describeBuilderVectors } from '../../support/builder-vectors';

// CONTRACT 1.3: the vectors of conformance/builders.json for this builder.
describe('attribution', () => {
  describeBuilderVectors(['contract-topics', 'contract-refusals'], ['attribution']);
});
