/** `pnpm council …`: the councils package's command line, with the registered modules handed in. */
import { runCouncilCommand } from "@lgp/councils/cli";
import { councilModules } from "./council";

await runCouncilCommand(councilModules);
