import { describe } from 'vitest';
import { describeBuilderVectors } from '../../support/builder-vectors';

// CONTRACT 1.3 and 4.1: the vectors of conformance/builders.json for these builders. A dotted decky leaf is refused
// (`decky('x', 'service.added')`), which is why DECNET renamed service.added to service_added.
describe.each(['decky', 'deckyMutation', 'deckyLifecycle'])('%s', (name) => {
  describeBuilderVectors(['contract-topics', 'contract-refusals'], [name]);
});
