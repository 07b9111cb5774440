import { confirmationPage, pageMetadata } from "~/features/safety/pause-page";

export const generateMetadata = pageMetadata("pause");
export default confirmationPage("pause");
