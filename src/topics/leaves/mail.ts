/**
 * Leaf constants of the mail roots, with the names and values of
 * `decnet/bus/topics.py`. Only `email` has one: the contract gives no constant
 * for `smtp.probe.pending`, so DECNET passes that leaf to `smtp` as a literal.
 *
 * @packageDocumentation
 */

/**
 * Leaf of `email.received`: the ingester parsed an email sent to a decky.
 * @example
 * ```ts
 * emailTopic(EMAIL_RECEIVED); //=> "email.received"
 * ```
 * @category Topics
 * @public
 */
export const EMAIL_RECEIVED = 'received';
