export { createContext, type Context } from "./context";
export { httpOptions } from "./http";
export { appRouter, createCaller, type AppRouter } from "./root";
export { issuesOf, type Issue } from "./issues";
export * as formInputs from "./form-inputs";
