// Runs in the scratch project: the package as a CommonJS consumer sees it.
const assert = require('node:assert/strict');
const { DECKY_STATE, TopicSegmentError, decky, topics } = require('@decnet/bus-topics');
const { TOPIC_CATALOGUE, formatTopic, parseTopic } = require('@decnet/bus-topics/catalogue');

assert.equal(decky('d-42', 'state'), 'decky.d-42.state');
assert.equal(decky('d-42', DECKY_STATE), 'decky.d-42.state');
assert.equal(topics.systemHealth('mutator'), 'system.mutator.health');
assert.throws(() => decky('a.b', 'state'), TopicSegmentError);
assert.throws(() => decky('a.b', 'state'), { name: 'TopicSegmentError', reason: 'separator' });
assert.deepEqual(parseTopic('ttp.rule.fired.T1110'), {
  template: 'ttp.rule.fired.{technique_id}',
  family: 'ttp',
  params: { technique_id: 'T1110' },
});
assert.equal(TOPIC_CATALOGUE.length, 50);
// One error class for both entries: what /catalogue throws is caught as the root's class.
assert.throws(() => formatTopic('decky.{decky_id}.state', { decky_id: 'a b' }), TopicSegmentError);
process.stdout.write('  cjs: builders, topics, TopicSegmentError and /catalogue behave\n');
