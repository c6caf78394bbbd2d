import { _describeType, _showValue } from './escape.js';

/**
 * Returns a run-time argument that must be a string, or throws a `TypeError`
 * naming the function and the argument. JavaScript callers can pass anything;
 * nothing is ever stringified.
 *
 * @internal
 */
export function _stringArg(value: unknown, caller: string, argument: string): string {
  if (typeof value !== 'string') _notAString(value, caller, argument);
  return value;
}

/**
 * Throws the `TypeError` of an argument that should have been a string: hot
 * paths check `typeof` inline and call this only to throw.
 *
 * @internal
 */
export function _notAString(value: unknown, caller: string, argument: string): never {
  throw new TypeError(`${caller}(): argument ${_showValue(argument)} must be a string, got ${_describeType(value)}`);
}
