export { CouncilContactPage as default, generateMetadata } from "~/features/site-info/contact-page";
