import { useEffect, useRef, useState } from "react";
import { ApiError, isAbortError, NETWORK_ERROR } from "../api/api-error";

interface PollingOptions<T> {
  intervalMs: number;
  // Asked after every answer: poll again in `intervalMs`?
  again: (value: T) => boolean;
  // Already known value: shown at once, and fetched again only if `again` says so.
  initial?: T;
}

export interface PollingState<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
}

// Only failures that may go away by themselves are retried; a 404 or 403 stops the polling.
function transient(err: unknown): boolean {
  return !(err instanceof ApiError) || err.code === NETWORK_ERROR || err.status >= 500 || err.status === 429;
}

/**
 * Loads now (or after one interval when `initial` is given) and again `intervalMs` after each answer while
 * `again` holds. A new `key` restarts the loop; the previous data stays shown until the next answer. One
 * request at a time: the next one is scheduled only once the last has answered.
 */
export function usePolling<T>(key: string, load: (signal: AbortSignal) => Promise<T>, options: PollingOptions<T>): PollingState<T> {
  const [state, setState] = useState<PollingState<T>>(() => ({ data: options.initial ?? null, error: null, loading: !options.initial }));
  // The loop reads the latest callbacks without restarting when a render passes new closures.
  const latest = useRef({ load, options });
  latest.current = { load, options };

  useEffect(() => {
    const controller = new AbortController();
    let timer: number | undefined;
    const tick = () => {
      setState((s) => (s.loading ? s : { ...s, loading: true }));
      latest.current.load(controller.signal).then(
        (data) => {
          setState({ data, error: null, loading: false });
          if (latest.current.options.again(data)) timer = window.setTimeout(tick, latest.current.options.intervalMs);
        },
        (err: unknown) => {
          if (isAbortError(err)) return;
          setState((s) => ({ ...s, error: err, loading: false }));
          if (transient(err)) timer = window.setTimeout(tick, Math.max(latest.current.options.intervalMs, 2000));
        },
      );
    };
    const { initial, again, intervalMs } = latest.current.options;
    if (initial === undefined) tick();
    else if (again(initial)) timer = window.setTimeout(tick, intervalMs);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [key]);

  return state;
}
