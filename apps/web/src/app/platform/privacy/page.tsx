export { PlatformPrivacyPage as default, generateMetadata } from "~/features/site-info/privacy-page";
