"use client";

import { ErrorPage } from "./error-page";

/** A site's error boundary: the page failed, but the site's header and footer still stand around it. */
export default function SegmentError({ error }: { error: Error & { digest?: string } }) {
  return <ErrorPage reference={error.digest} />;
}
