import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** A list's filters, kept in the query string: a deep link or the back button shows the same list. */
export function useFilters<K extends string>(keys: readonly K[]): [Record<K, string>, (key: K, value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((key) => [key, params.get(key) ?? ''])) as Record<K, string>;
  const set = useCallback(
    (key: K, value: string | null) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: key === 'q' },
      ),
    [setParams],
  );
  return [values, set];
}
