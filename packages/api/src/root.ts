import { adminRouter } from "./routers/admin";
import { bookingRouter } from "./routers/booking";
import { invitationsRouter } from "./routers/invitations";
import { matchRouter } from "./routers/match";
import { operatorRouter } from "./routers/operator";
import { peopleRouter } from "./routers/people";
import { organisationRouter } from "./routers/organisation";
import { platformRouter } from "./routers/platform";
import { siteRouter } from "./routers/site";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  site: siteRouter,
  platform: platformRouter,
  operator: operatorRouter,
  invitations: invitationsRouter,
  admin: adminRouter,
  organisation: organisationRouter,
  people: peopleRouter,
  // Modules' routers, each named by its module's key (the module gate test reads them by it).
  match: matchRouter,
  booking: bookingRouter,
});

export type AppRouter = typeof appRouter;

/** For server components and server actions: the same procedures, guarantees included, without HTTP. */
export const createCaller = createCallerFactory(appRouter);
