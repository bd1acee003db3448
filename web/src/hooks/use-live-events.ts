import { useEffect, useRef } from "react";
import { type LiveSignal, subscribeLive } from "../api/live-socket";

// Subscribes for the component's lifetime; the latest handler is always the one called.
export function useLiveEvents(handler: (signal: LiveSignal) => void): void {
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => subscribeLive((signal) => ref.current(signal)), []);
}
