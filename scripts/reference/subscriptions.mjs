// The wildcard subscriptions people use, and the simple-mode presets of DECNET's webhooks (CONTRACT 5.2), each with
// the templates it receives: found at run time by `checkSubscriptionPatterns`, which matches a pattern against the
// catalogue with the bus matcher, so a new template shows up under every pattern that receives it.

/** The patterns listed, with what each is for. */
const PATTERNS = [
  ['>', 'Everything on the bus.'],
  ['attacker.>', 'Every attacker event: sightings, scores, fingerprints, sessions, intel and observations.'],
  ['decky.*.state', "The fleet reconciler's decky states."],
  ['decky.*.traffic', 'Traffic fingerprinted by the sniffer on every decky.'],
  ['system.*.health', "Every heartbeat: each worker's, and the bus daemon's own (`system.bus.health` matches too)."],
  ['system.>', 'Every system event: logs, heartbeats, control requests, webhook reloads.'],
];

/**
 * @typedef {{ pattern: string, description: string, templates: string[], preset: string | null,
 *   patterns: string[] }} Subscription
 */

/**
 * The subscriptions of the reference: the patterns above, then one entry per simple-mode preset, whose `pattern` is
 * the preset's name and `patterns` what it expands to.
 *
 * @param {{ checkSubscriptionPatterns: Function, SIMPLE_EVENTS: Record<string, readonly string[]> }} webhooks - the
 *   built `/webhooks` entry.
 * @param {readonly string[]} order - every template, in catalogue order.
 * @returns {Subscription[]} the subscriptions.
 */
export function subscriptions({ checkSubscriptionPatterns, SIMPLE_EVENTS }, order) {
  const reached = (patterns) => {
    const found = new Set(checkSubscriptionPatterns(patterns).entries.flatMap((entry) => entry.templates));
    return order.filter((template) => found.has(template));
  };
  const plain = PATTERNS.map(([pattern, description]) => ({
    pattern,
    description,
    templates: reached([pattern]),
    preset: null,
    patterns: [pattern],
  }));
  const presets = Object.entries(SIMPLE_EVENTS).map(([preset, patterns]) => ({
    pattern: preset,
    description: `Simple-mode webhook preset \`${preset}\`: ${patterns.map((p) => `\`${p}\``).join(', ')}.`,
    templates: reached([...patterns]),
    preset,
    patterns: [...patterns],
  }));
  return [...plain, ...presets];
}
