// Container health probe for the Node services: `node infra/healthcheck.mjs <url>` exits 0 when the URL
// answers 2xx within two seconds, 1 otherwise. The image has no curl or wget, and a script file keeps
// docker-compose.yml free of quoted one-liners.
const url = process.argv[2];
if (!url) {
  console.error("usage: node infra/healthcheck.mjs <url>");
  process.exit(2);
}
try {
  const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
  process.exit(response.ok ? 0 : 1);
} catch {
  process.exit(1);
}
