import { _describeType, _showValue } from './escape.js';

/**
 * Returns a run-time argument that must be a string, or throws a `TypeError`
 * naming the function and the argument. JavaScript callers can pass anything;
 * nothing is ever stringified.
 *
 * @internal
 */
export function _stringArg(value: unknown, caller: string, argument: string): string {
  // The argument's name may come from the caller (`assertTopic(value, name)`): shown escaped and cut.
  if (typeof value !== 'string') _notAString(value, caller, _showValue(argument));
  return value;
}

/**
 * Throws the `TypeError` of an argument that should have been a string. Hot
 * paths check `typeof` inline and call this only to throw, naming the argument
 * as a quoted literal of their own (`'"topic"'`), so that `matches` does not
 * carry the escaping code of {@link _stringArg} into a bundle.
 *
 * @param shownArgument - the argument's name, already quoted for the message.
 * @internal
 */
export function _notAString(value: unknown, caller: string, shownArgument: string): never {
  throw new TypeError(`${caller}(): argument ${shownArgument} must be a string, got ${_describeType(value)}`);
}
