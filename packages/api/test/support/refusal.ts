import { TRPCError } from "@trpc/server";

/** How a call was refused (null when it was not); anything but a refusal fails the test. */
export const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => {
      if (!(e instanceof TRPCError)) throw e;
      return { code: e.code, message: e.message };
    },
  );
