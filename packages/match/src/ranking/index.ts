export * from "./batch";
export * from "./feed";
export * from "./gates";
export * from "./propose-batch";
export * from "./score";
export * from "./suggest";
export type { RankedHelper, RankedNeed } from "./types";
