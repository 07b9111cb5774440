/**
 * Runs before each test file. Files share a worker process (isolate: false), so this puts back what a
 * process of its own would give the file: the workspace's modules (its TypeScript source) are evaluated
 * again when the file imports them, so configuration read at load, caches and other module state start
 * empty; environment variables and globals stubbed, spies and fake timers set by an earlier file are undone.
 * Packages from node_modules stay loaded: loading them once per worker is the time saved.
 */
import { vi } from "vitest";

vi.resetModules();
vi.unstubAllEnvs();
vi.unstubAllGlobals();
vi.restoreAllMocks();
vi.useRealTimers();
