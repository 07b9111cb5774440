import { confirmationPage, pageMetadata } from "~/features/safety/pause-page";

export const generateMetadata = pageMetadata("resume");
export default confirmationPage("resume");
