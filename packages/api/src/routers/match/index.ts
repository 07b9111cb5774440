import { router } from "../../trpc";
import { categoryProcedures } from "./categories";
import { helperProcedures } from "./helpers";
import { needProcedures } from "./needs";
import { matchProcedures } from "./matches";
import { offerProcedures } from "./offers";
import { rankingProcedures } from "./ranking";
import { safetyProcedures } from "./safety";

/** The match module's procedures (`match.*`), one file per area; an area adds one line here. */
export const matchRouter = router({
  ...categoryProcedures,
  ...helperProcedures,
  ...needProcedures,
  ...matchProcedures,
  ...offerProcedures,
  ...rankingProcedures,
  ...safetyProcedures,
});
