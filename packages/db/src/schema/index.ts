export * as platformSchema from "./platform";
export * as councilSchema from "./council";
