import { describeBuilderVectors } from '../support/builder-vectors';

// CONTRACT 0, decision 3: dotted leaves are accepted, but every token must be a valid segment (Python appends any
// non-empty leaf verbatim); the segment builders never accept a dotted value. The vectors of conformance/builders.json.
describeBuilderVectors(['dotted-leaves', 'stricter-than-python']);
