/**
 * The path to go to after logging in, from the `next` query parameter: only a path on this site is
 * followed, so a crafted login link cannot send people elsewhere; anything else goes home.
 */
export function safeNext(next: string | null): string {
  if (!next?.startsWith("/")) return "/";
  // Browsers read "//host" and "/\host" as another site, and drop tabs and newlines from addresses
  // first, so "/\t/host" turns into "//host" on the way.
  if (next[1] === "/" || next.includes("\\") || hasControlCharacter(next)) return "/";
  return next;
}

const hasControlCharacter = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
};
