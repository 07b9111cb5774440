export { createContext, type Context } from "./context";
export { appRouter, createCaller, type AppRouter } from "./root";
export { issuesOf, type Issue } from "./issues";
