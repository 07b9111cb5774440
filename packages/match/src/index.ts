export * from "./acting-helper";
export * from "./categories";
export * from "./module";
export * from "./settings";
export * from "./vetting-levels";
