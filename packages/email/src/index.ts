export { CORE_EMAIL_TEMPLATES, defineEmailTemplate, invitationEmail, signInEmail, type Attachment, type Email, type EmailTemplate, type Sender, type Wording } from "./message";
export { queueEmail, sendEmailJob } from "./send";
export { describeEmailSettings, emailSettingsInput, emailSettingsInputFor, loadEmailSettings, saveEmailSettings, type EmailSettings, type EmailSettingsInput } from "./settings";
export { readOutbox, readOutboxAttachment } from "./outbox-reader";
export { listUndelivered, type Undelivered } from "./undelivered";
export { allowLocalEmailServers } from "./env";
