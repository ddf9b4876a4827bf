/**
 * For tests: runs `f` while IndexedDB (fake-indexeddb) refuses every write, as a browser does when
 * the disk or the storage quota is full, and restores it afterwards whatever happens.
 */
export async function withFullDisk<T>(f: () => Promise<T>): Promise<T> {
  const store = IDBObjectStore.prototype;
  const real = { add: store.add, put: store.put };
  store.add = store.put = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  try {
    return await f();
  } finally {
    store.add = real.add;
    store.put = real.put;
  }
}
