import { getRequestConfig } from "next-intl/server";
import en from "../../messages/en.json";

/** English is the only catalog today; Welsh arrives as messages/cy.json and a locale choice per council. */
export default getRequestConfig(async () => ({ locale: "en", messages: en }));
