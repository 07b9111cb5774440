/*
 * The council template: every council's schema holds these tables, one file per domain. They are
 * declared without a schema so that the migrator and each request's transaction place them through
 * search_path; no name here may reach another schema. A module adds its file here with one line.
 */

export * from "./council-people";
export * from "./site";
export * from "./organisations";
export * from "./match";
export * from "./postcodes";
export * from "./helpers";
export * from "./needs";
export * from "./booking";
