/** The request header through which the proxy tells server code which site it resolved. */
export const SITE_HEADER = "x-lgp-site";
/** …and the origin it was reached at (`https://www.kingston.gov.uk`), for links that must point back to it. */
export const ORIGIN_HEADER = "x-lgp-origin";
