import type { WebSocket } from "ws";

/** The open widget sockets of each visitor (one per tab), so a reply reaches every tab. */
export class VisitorHub {
  private readonly sockets = new Map<string, Set<WebSocket>>();

  add(visitorId: string, socket: WebSocket): void {
    const set = this.sockets.get(visitorId) ?? new Set<WebSocket>();
    set.add(socket);
    this.sockets.set(visitorId, set);
  }

  remove(visitorId: string, socket: WebSocket): void {
    const set = this.sockets.get(visitorId);
    if (!set) return;
    set.delete(socket);
    if (set.size === 0) this.sockets.delete(visitorId);
  }

  /** Sends a frame to the visitor's open sockets (except one, e.g. the sender's own) and returns how many got it. */
  send(visitorId: string, frame: object, except?: WebSocket): number {
    const data = JSON.stringify(frame);
    let sent = 0;
    for (const socket of this.sockets.get(visitorId) ?? []) {
      if (socket === except || socket.readyState !== socket.OPEN) continue;
      socket.send(data);
      sent++;
    }
    return sent;
  }
}

/** Token buckets per key (visitor, IP, socket): `capacity` at once, refilled at `perSecond`. */
export class TokenBuckets {
  private readonly state = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
  ) {}

  take(key: string, now = Date.now()): boolean {
    if (this.state.size > 10_000) this.prune(now);
    const b = this.state.get(key) ?? { tokens: this.capacity, at: now };
    b.tokens = Math.min(this.capacity, b.tokens + ((now - b.at) / 1000) * this.perSecond);
    b.at = now;
    this.state.set(key, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  // Full buckets carry no information; dropping them bounds memory under many distinct keys.
  private prune(now: number): void {
    for (const [key, b] of this.state) {
      if (b.tokens + ((now - b.at) / 1000) * this.perSecond >= this.capacity) this.state.delete(key);
    }
  }
}
