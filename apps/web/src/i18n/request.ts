import { ZONE } from "@lgp/time";
import { getRequestConfig } from "next-intl/server";
import en from "../../messages/en.json";

/**
 * English is the only catalog today; Welsh arrives as messages/cy.json and a locale choice per council.
 * Pages show dates and times with @lgp/time; the zone is given here too, so anything next-intl formats
 * is in London time rather than the server's.
 */
export default getRequestConfig(async () => ({ locale: "en", messages: en, timeZone: ZONE }));
