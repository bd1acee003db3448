import { isAbortError } from "../../api/api-error";

// The life of one request's result on screen.
export type Async<T> = { state: "idle" } | { state: "loading" } | { state: "done"; value: T } | { state: "error"; error: unknown };

export const IDLE = { state: "idle" } as const;

// Runs one request into its own result slot, so each result shows as soon as it arrives.
export function runInto<T>(promise: Promise<T>, set: (next: Async<T>) => void): void {
  set({ state: "loading" });
  promise.then(
    (value) => set({ state: "done", value }),
    (error) => {
      if (!isAbortError(error)) set({ state: "error", error });
    },
  );
}
