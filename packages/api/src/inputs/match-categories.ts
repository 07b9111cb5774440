import { categoryDetails } from "@lgp/match";
import { z } from "zod";

const categoryId = z.number({ error: "Choose a category from the list" }).int({ error: "Choose a category from the list" });

export const addCategoryInput = categoryDetails;

export const updateCategoryInput = categoryDetails.extend({ categoryId });

export const moveCategoryInput = z.strictObject({ categoryId, direction: z.enum(["up", "down"], { error: "Choose whether to move it up or down" }) });

/** Retiring or restoring: the category is all there is to say. */
export const categoryIdInput = z.strictObject({ categoryId });
