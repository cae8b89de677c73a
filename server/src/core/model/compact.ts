// An array grown by push keeps room for at least 16 elements (V8 grows an empty array to 16 slots), so
// the small arrays a model keeps (a row's cells, a label path, a row's value cells) were mostly spare
// room: several MB of a 1 MB document's model, and every kept byte is copied by the GC while the user
// types. Arrays that stay in the model are copied to their length once they are complete.

/** `items` in an array of exactly their number (the one passed in is left to the GC). */
export function compact<T>(items: T[]): T[] {
  return items.length > 0 && items.length < 16 ? items.slice() : items;
}
