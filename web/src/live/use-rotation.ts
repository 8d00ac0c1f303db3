import { useCallback, useEffect, useState } from "react";
import { turn } from "./rotation.ts";

/** Moves through `count` pages every `intervalMs` unless paused; the index stays valid as `count` changes. */
export function useRotation(count: number, intervalMs: number) {
  const [index, setIndex] = useState(0);
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (paused || count <= 1) return;
    const timer = setInterval(() => setIndex((i) => turn(i, count)), intervalMs);
    return () => clearInterval(timer);
  }, [paused, count, intervalMs]);
  const go = useCallback((step: number) => setIndex((i) => turn(i, count, step)), [count]);
  return { index: count === 0 ? 0 : Math.min(index, count - 1), paused, setPaused, go };
}
