import { addCategory, listCategories, listCategoriesForAdmins, moveCategory, restoreCategory, retireCategory, updateCategory, type Category } from "@lgp/match";
import { TRPCError } from "@trpc/server";
import { addCategoryInput, categoryIdInput, moveCategoryInput, updateCategoryInput } from "../../form-inputs";
import { match, matchAdmin } from "./procedures";

/** Ids are per council: one from another council's list is, here, no category at all. */
function found<T>(category: T | null): T {
  if (!category) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such category. Choose one from the list of categories." });
  return category;
}

const described = (c: Category) => ({ id: c.id, slug: c.slug });
const changeable = (c: Category) => ({ name: c.name, description: c.description, requiredCheck: c.requiredCheck });

/** The kinds of help a council lists, and its admins' changes to them. */
export const categoryProcedures = {
  /** The kinds of help the council lists, in its order. */
  categories: match.query(async ({ ctx }) => listCategories(ctx.tx)),

  /** Every category, for its admins: those listed, in residents' order, and those retired. */
  adminCategories: matchAdmin.query(async ({ ctx }) => listCategoriesForAdmins(ctx.tx)),

  addCategory: matchAdmin.input(addCategoryInput).mutation(async ({ ctx, input }) => {
    const category = await addCategory(ctx.tx, input);
    await ctx.audit({ action: "category.added", subject: category.name, detail: { ...described(category), description: category.description, requiredCheck: category.requiredCheck } });
    return category;
  }),

  /** Renames or redescribes a category, listed or retired. */
  updateCategory: matchAdmin.input(updateCategoryInput).mutation(async ({ ctx, input }) => {
    const { categoryId, ...details } = input;
    const { before, after } = found(await updateCategory(ctx.tx, categoryId, details));
    await ctx.audit({
      action: "category.updated",
      subject: after.name,
      detail: { ...described(after), before: changeable(before), after: changeable(after) },
    });
    return after;
  }),

  moveCategory: matchAdmin.input(moveCategoryInput).mutation(async ({ ctx, input }) => {
    const category = found(await moveCategory(ctx.tx, input.categoryId, input.direction));
    await ctx.audit({ action: "category.moved", subject: category.name, detail: { ...described(category), direction: input.direction, position: category.position } });
    return category;
  }),

  /** Takes a category off residents' list; it is kept, and can be restored. */
  retireCategory: matchAdmin.input(categoryIdInput).mutation(async ({ ctx, input }) => {
    const category = found(await retireCategory(ctx.tx, input.categoryId));
    await ctx.audit({ action: "category.retired", subject: category.name, detail: described(category) });
    return category;
  }),

  restoreCategory: matchAdmin.input(categoryIdInput).mutation(async ({ ctx, input }) => {
    const category = found(await restoreCategory(ctx.tx, input.categoryId));
    await ctx.audit({ action: "category.restored", subject: category.name, detail: described(category) });
    return category;
  }),
};
