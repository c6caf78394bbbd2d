// Runs in the scratch project: the package as an ES module consumer sees it.
import assert from 'node:assert/strict';
import { DECKY_STATE, TopicSegmentError, decky, topics } from '@decnet/bus-topics';

assert.equal(decky('d-42', 'state'), 'decky.d-42.state');
assert.equal(decky('d-42', DECKY_STATE), 'decky.d-42.state');
assert.equal(topics.systemHealth('mutator'), 'system.mutator.health');
assert.throws(() => decky('a.b', 'state'), TopicSegmentError);
assert.throws(() => decky('a.b', 'state'), { name: 'TopicSegmentError', reason: 'separator' });
process.stdout.write('  esm: decky, topics.systemHealth and TopicSegmentError behave\n');
