export { CouncilPrivacyPage as default, generateMetadata } from "~/features/site-info/privacy-page";
