import { useEffect, useRef, useState } from "react";
import { newArrivals } from "./arrivals.ts";

/** How long a new arrival stays highlighted. */
const HIGHLIGHT_MS = 6_000;

/**
 * The keys of a live feed that arrived in the last few seconds, so the page can highlight them briefly.
 * Keys present when the page opened are never "new".
 */
export function useArrivals(keys: readonly string[]): ReadonlySet<string> {
  const seen = useRef<Set<string>>(undefined);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const signature = keys.join("\n");

  useEffect(() => {
    const current = signature === "" ? [] : signature.split("\n");
    const arrived = newArrivals(seen.current, current);
    seen.current = new Set([...(seen.current ?? []), ...current]);
    if (arrived.length === 0) return;
    setFresh((before) => new Set([...before, ...arrived]));
    // Each burst fades on its own clock; a later burst must not cut an earlier one short or keep it lit.
    const timer = setTimeout(() => {
      timers.current.delete(timer);
      setFresh((before) => new Set([...before].filter((key) => !arrived.includes(key))));
    }, HIGHLIGHT_MS);
    timers.current.add(timer);
  }, [signature]);

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending) clearTimeout(timer);
    };
  }, []);

  return fresh;
}
