import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { derivedKey } from "./key";

const VERSION = "v1";

/**
 * Encrypts a secret (an SMTP password, an API key) for storage. `context` names where it belongs, such
 * as `council:kingston:email.smtp.password`: it is authenticated, so the sealed value opens only there.
 */
export function seal(plaintext: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", derivedKey("settings"), iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

export function open(sealed: string, context: string): string {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined) throw new Error("That is not a sealed secret.");
  const decipher = createDecipheriv("aes-256-gcm", derivedKey("settings"), Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  try {
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new Error(`The secret for ${context} could not be opened: it was sealed for somewhere else, or with another key.`);
  }
}

/** What a screen may show of a secret: enough to recognise it, never enough to use it. */
export function mask(secret: string): string {
  return secret.length <= 4 ? "••••" : `••••${secret.slice(-4)}`;
}
