import { type DependencyList, useEffect, useState } from "react";
import { isAbortError } from "../api/api-error";

/**
 * Runs `load` whenever `deps` change, aborting the previous request so a slow, stale response can never
 * overwrite a newer one. Keeps the last result while the next one loads.
 */
export function useAbortableLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList) {
  const [result, setResult] = useState<T | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    load(controller.signal).then(
      (value) => {
        setResult(value);
        setError(null);
        setLoading(false);
      },
      (err) => {
        if (isAbortError(err)) return;
        setError(err);
        setLoading(false);
      },
    );
    return () => controller.abort();
    // The caller's deps decide when to reload; `load` is a fresh closure on every render.
  }, deps);
  return { result, setResult, loading, error, setError };
}
