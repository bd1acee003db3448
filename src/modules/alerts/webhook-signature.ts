import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** `sha256=<hex>`: HMAC-SHA256 of the exact request body bytes with the webhook's secret. */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;
}

/** What a receiver does (and what the tests do): recompute and compare in constant time. */
export function verifySignature(secret: string, body: string, header: string | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signBody(secret, body));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** A fresh secret for a webhook whose creator gave none. */
export const generateSecret = (): string => `whsec_${randomBytes(24).toString("base64url")}`;
