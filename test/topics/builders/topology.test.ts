import { describe } from 'vitest';
import { describeBuilderVectors } from '../../support/builder-vectors';

// CONTRACT 1.3 and 4.1: the vectors of conformance/builders.json for these builders.
describe('topologyMutation', () => {
  describeBuilderVectors(['contract-topics', 'contract-refusals'], ['topologyMutation']);
});

describe('topologyStatus', () => {
  describeBuilderVectors(['contract-topics', 'contract-refusals'], ['topologyStatus']);
});
