export {
  addCategories,
  addCategory,
  categoryDetails,
  listCategories,
  listCategoriesForAdmins,
  moveCategory,
  restoreCategory,
  retireCategory,
  slugOf,
  updateCategory,
  type Category,
  type CategoryDetails,
  type NewCategory,
} from "./categories";
export { matchModule } from "./module";
