/** Dexie's liveQuery as a Preact hook: the value re-renders whenever the tables it read change. */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export interface Live<T> {
  value: T | undefined;
  error: Error | undefined;
}

export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): Live<T> {
  const [state, setState] = useState<Live<T>>({ value: undefined, error: undefined });
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: undefined }),
      error: (error: unknown) => setState((s) => ({ value: s.value, error: error instanceof Error ? error : new Error(String(error)) })),
    });
    return () => sub.unsubscribe();
    // The caller lists what the query depends on.
  }, deps);
  return state;
}
