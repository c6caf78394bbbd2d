/**
 * The one constant of `decnet/bus/topics.py` that is a whole topic rather than a
 * leaf, under the `system` root. It has its own module, apart from the `system`
 * leaves, because it is passed to `subscribe` as it is, never to a builder.
 *
 * @packageDocumentation
 */

/**
 * The complete topic the API publishes after a webhook subscription is created,
 * updated or deleted, so the webhook worker reloads.
 * @remarks
 * Unlike every other constant this is a full topic, not a leaf: pass it to
 * `subscribe` as it is.
 * @example
 * ```ts
 * WEBHOOK_SUBSCRIPTIONS_CHANGED; //=> "system.webhook.subscriptions_changed"
 * ```
 * @category Topics
 * @public
 */
export const WEBHOOK_SUBSCRIPTIONS_CHANGED = 'system.webhook.subscriptions_changed';
