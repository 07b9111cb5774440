import { randomBytes, hkdfSync } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { env } from "./env";

let master: Buffer | undefined;

/**
 * The platform's one master key. From LGP_SECRET_KEY when set (production); otherwise from a key file
 * made on first use, readable by this user only, so the embedded default needs no set-up.
 */
export function masterKey(): Buffer {
  if (master) return master;
  let encoded = env.LGP_SECRET_KEY;
  if (!encoded) {
    try {
      encoded = readFileSync(env.LGP_SECRET_KEY_FILE, "utf8").trim();
    } catch {
      encoded = randomBytes(32).toString("base64");
      mkdirSync(dirname(env.LGP_SECRET_KEY_FILE), { recursive: true });
      writeFileSync(env.LGP_SECRET_KEY_FILE, `${encoded}\n`, { flag: "wx", mode: 0o600 });
      chmodSync(env.LGP_SECRET_KEY_FILE, 0o600);
    }
  }
  const key = Buffer.from(encoded, "base64");
  if (key.length !== 32) throw new Error("LGP_SECRET_KEY must be 32 random bytes in base64 (e.g. `openssl rand -base64 32`).");
  master = key;
  return key;
}

/** A key for one purpose, derived from the master key, so no two uses share a key. */
export function derivedKey(purpose: string, length = 32): Buffer {
  return Buffer.from(hkdfSync("sha256", masterKey(), Buffer.alloc(0), `lgp:${purpose}`, length));
}
