export { createContext, type Context } from "./context";
export { appRouter, createCaller, type AppRouter } from "./root";
