import { councilSchema, type Tx } from "@lgp/db";

const { categories, needs, people } = councilSchema;

type NeedRow = typeof needs.$inferInsert;

/** A resident and an open need of theirs in a category of its own, for tests that need one to act on. */
export async function addTestNeed(tx: Tx, given: Partial<NeedRow> = {}): Promise<typeof needs.$inferSelect> {
  const tag = Math.random().toString(36).slice(2, 10);
  const [resident] = await tx.insert(people).values({ email: `resident-${tag}@example.com` }).returning();
  const [category] = await tx.insert(categories).values({ slug: `cat-${tag}`, name: `Category ${tag}`, description: "For tests", position: 0 }).returning();
  const [need] = await tx
    .insert(needs)
    .values({
      reference: `HN-${tag.slice(0, 4).toUpperCase()}-${tag.slice(4, 8).toUpperCase()}`,
      residentId: resident!.id,
      createdBy: resident!.id,
      categoryId: category!.id,
      description: "Help with shopping",
      postcode: "KT1 1EU",
      latitude: 51.41,
      longitude: -0.3,
      urgency: "flexible",
      times: ["mon-morning"],
      expiresAt: new Date(Date.now() + 28 * 86_400_000),
      ...given,
    })
    .returning();
  return need!;
}
