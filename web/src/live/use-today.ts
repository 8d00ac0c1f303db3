import { useEffect, useState } from "react";
import { localToday } from "../boards/agreements.ts";

const CHECK_MS = 60_000;

/** Today's date on this device, kept current: a wall screen left on overnight rolls over at midnight. */
export function useToday(): string {
  const [today, setToday] = useState(localToday);
  useEffect(() => {
    const timer = setInterval(() => setToday(localToday()), CHECK_MS);
    return () => clearInterval(timer);
  }, []);
  return today;
}
