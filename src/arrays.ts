/**
 * Appends without spreading: `push(...items)` passes every item as a call argument and overflows
 * the stack past ~120,000 items (an element with that many children is a 500 KB file).
 */
export function pushAll<Item>(target: Item[], items: readonly Item[]): void {
  for (const item of items) target.push(item);
}

/** Pushes `items` last-first, so popping the stack yields them in document order. */
export function pushReversed<Item>(stack: Item[], items: readonly Item[]): void {
  for (let index = items.length - 1; index >= 0; index--) stack.push(items[index]!);
}
