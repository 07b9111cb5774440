export { CouncilAccessibilityPage as default, generateMetadata } from "~/features/site-info/accessibility-page";
