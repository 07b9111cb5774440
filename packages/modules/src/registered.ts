import { bookingModule } from "@lgp/booking";
import { matchModule } from "@lgp/match";
import { defineModule } from "./define";

/** Every module a council can switch on, in the order councils see them. Adding a module is one line here. */
export const MODULES = [defineModule(matchModule), defineModule(bookingModule)] as const;

export type ModuleKey = (typeof MODULES)[number]["key"];
export const MODULE_KEYS = MODULES.map((m) => m.key) as [ModuleKey, ...ModuleKey[]];
