import { mask, open, seal } from "./seal";

type Values = Record<string, unknown>;

/**
 * Seals the named secret fields of a settings object for storage under `context` (e.g.
 * `council:kingston:sso`). An empty or absent secret keeps the one already stored, so a form need never
 * show it (and a request that leaves the field out cannot erase it). Returns the names of secrets that
 * were empty with nothing stored to keep.
 */
export function sealFields(value: Values, fields: readonly string[], context: string, stored: Values = {}): { sealed: Values; missing: string[] } {
  const sealed: Values = { ...value };
  const missing: string[] = [];
  for (const field of fields) {
    const given = value[field];
    if (typeof given === "string" && given.length > 0) sealed[field] = seal(given, `${context}.${field}`);
    else if (typeof stored[field] === "string") sealed[field] = stored[field];
    else {
      delete sealed[field];
      missing.push(field);
    }
  }
  return { sealed, missing };
}

export function openFields<T extends Values>(value: T, fields: readonly string[], context: string): T {
  const opened: Values = { ...value };
  for (const field of fields) if (typeof value[field] === "string") opened[field] = open(value[field] as string, `${context}.${field}`);
  return opened as T;
}

export function maskFields(value: Values, fields: readonly string[]): Values {
  const shown: Values = { ...value };
  for (const field of fields) if (typeof shown[field] === "string") shown[field] = mask(shown[field] as string);
  return shown;
}
