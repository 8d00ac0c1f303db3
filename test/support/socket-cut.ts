import type { Page, WebSocketRoute } from "playwright-core";

const SOCKET_IO = /\/socket\.io\//;

/**
 * A pair of scissors for a page's realtime connection. Every socket.io websocket the page opens is
 * proxied to the real server; `cut()` closes the open ones and takes the page's network offline, so
 * every reconnect attempt fails the way a dead network fails it, until `restore()`. The page has to
 * notice and recover on its own.
 */
export class SocketCut {
  private open: { page: WebSocketRoute; server: WebSocketRoute }[] = [];

  private constructor(private readonly page: Page) {}

  /** Puts the proxy in front of the page's sockets; call before the page connects. */
  static async install(page: Page): Promise<SocketCut> {
    const scissors = new SocketCut(page);
    await page.routeWebSocket(SOCKET_IO, (ws) => {
      scissors.open.push({ page: ws, server: ws.connectToServer() });
    });
    return scissors;
  }

  /** Drops every open socket and refuses new connections. */
  async cut(): Promise<void> {
    // Offline first: a socket dropped while the network is still up would reconnect at once.
    await this.page.context().setOffline(true);
    const dropped = this.open;
    this.open = [];
    for (const { page, server } of dropped) {
      await server.close();
      await page.close({ code: 1001, reason: "network down" });
    }
  }

  /** Brings the network back; the page's next reconnect attempt gets through. */
  async restore(): Promise<void> {
    await this.page.context().setOffline(false);
  }
}
