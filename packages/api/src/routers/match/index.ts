import { router } from "../../trpc";
import { categoryProcedures } from "./categories";

/** The match module's procedures (`match.*`), one file per area; an area adds one line here. */
export const matchRouter = router({
  ...categoryProcedures,
});
