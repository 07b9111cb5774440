import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { env } from "./env";
import { roleNamesFor } from "./names";

/** The server tests run against; its database is only used to create and drop throwaway ones. */
export const testServerUrl = env.TEST_DATABASE_URL;

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh, empty database on the test server, and a way to drop it and every role made for it. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `lgp_test_${label}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(testServerUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(testServerUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), name, drop: () => dropTestDatabase(name) };
}

export async function dropTestDatabase(name: string): Promise<void> {
  const admin = postgres(testServerUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    const { prefix } = roleNamesFor(name);
    const roles = await admin<{ rolname: string }[]>`select rolname from pg_roles where rolname like ${`${prefix}\\_%`}`;
    for (const { rolname } of roles) await admin.unsafe(`drop role if exists "${rolname}"`);
  } finally {
    await admin.end();
  }
}
