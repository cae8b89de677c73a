import { ReportModel } from './types';

// Values derived from one model (sentences, mentions, identities, hygiene spans…) are computed once and
// kept on the model itself, so that they die with it. A module-level WeakMap keyed by the model would be
// the obvious cache, but V8's minor GC keeps the entries of a long-lived WeakMap alive: every model
// checked since the last full GC survived each scavenge and was promoted (about 3 MB per scavenge and
// 7.5 ms pauses while typing in a 20 KB report, against 1.4 ms with the values on the model).

const SLOT = Symbol('gov-report derived values');

type Store = Map<object, unknown>;

function storeOf(model: ReportModel): Store {
  const holder = model as unknown as { [SLOT]?: Store };
  let store = holder[SLOT];
  if (!store) {
    store = new Map();
    // Not enumerable: models compared or printed in tests show only their own data.
    Object.defineProperty(model, SLOT, { value: store, enumerable: false });
  }
  return store;
}

/** Memoises a per-model computation: the first call computes, later calls on the same model read it. */
export function perModel<T>(compute: (model: ReportModel) => T): (model: ReportModel) => T {
  const key = {};
  return (model) => {
    const store = storeOf(model);
    const known = store.get(key) as T | undefined;
    if (known !== undefined || store.has(key)) return known as T;
    const value = compute(model);
    store.set(key, value);
    return value;
  };
}
