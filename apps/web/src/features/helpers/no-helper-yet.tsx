import { Body, Heading, Link } from "@lgp/ui";

/** A helper's page (offers, the needs feed) for someone who acts for no helper yet: where to sign up. */
export function NoHelperYet({ title, body, signUp }: { title: string; body: string; signUp: string }) {
  return (
    <>
      <Heading>{title}</Heading>
      <Body>{body}</Body>
      <Body>
        <Link href="/helping">{signUp}</Link>
      </Body>
    </>
  );
}
