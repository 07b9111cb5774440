import { createHash, randomBytes } from "node:crypto";

/** A token for a link or a cookie, and the only form of it that is stored. */
export const newToken = () => randomBytes(32).toString("base64url");
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
