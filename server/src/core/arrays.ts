// Arrays that one function of the checker hands to another are made by `mapped`, not by
// Array.prototype.map. The builtin `map` returns packed elements while its caller runs unoptimised and
// holey ones once TurboFan inlines the call, so each reader optimised for the first kind was thrown back to
// the interpreter ("wrong map") when the function making its array was optimised in turn: a cascade of
// deoptimisations that kept a check some 30% slower for its first thousands of runs (the bench measured it
// before it settled, and the server on every keystroke of a session's first minutes). A loop that pushes
// makes the same kind of array in every tier, as `filter`, `slice` and array literals do.

/** `xs.map(f)`, as an array of packed elements whatever tier the caller runs in. */
export function mapped<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i], i));
  return out;
}
