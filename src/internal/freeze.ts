/**
 * Freezes a table and every object and array inside it, so that no importer
 * can change what every other importer of the library reads. Iterative, so the
 * depth of the table costs no stack.
 *
 * @param table - a table of plain data (objects, arrays, primitives).
 * @returns the same table, frozen.
 * @internal
 */
export function _deepFreeze<Table>(table: Table): Table {
  const pending: unknown[] = [table];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null || Object.isFrozen(value)) continue;
    Object.freeze(value);
    for (const key of Object.keys(value)) pending.push((value as Readonly<Record<string, unknown>>)[key]);
  }
  return table;
}
