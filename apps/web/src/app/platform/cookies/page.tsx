export { PlatformCookiesPage as default, generateMetadata } from "~/features/site-info/cookies-page";
