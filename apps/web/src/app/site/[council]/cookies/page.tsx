export { CouncilCookiesPage as default, generateMetadata } from "~/features/site-info/cookies-page";
