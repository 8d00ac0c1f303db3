import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Listening {
  /** Where to reach the server; a wildcard address is named `localhost`, somewhere a browser can go. */
  url: string;
  port: number;
}

/** Starts listening on the configured port (0 picks a free one) and says where. */
export async function listenOn(
  httpServer: Server,
  settings: { PORT: number; HOST: string },
): Promise<Listening> {
  await new Promise<void>((done) => httpServer.listen(settings.PORT, settings.HOST, done));
  const { port } = httpServer.address() as AddressInfo;
  const host = settings.HOST === "0.0.0.0" || settings.HOST === "::" ? "localhost" : settings.HOST;
  return { url: `http://${host}:${port}`, port };
}
