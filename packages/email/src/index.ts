export { compose, type Email, type EmailKind, type Sender } from "./message";
export { queueEmail, sendEmailJob } from "./send";
export { describeEmailSettings, emailSettingsInput, loadEmailSettings, saveEmailSettings, type EmailSettings, type EmailSettingsInput } from "./settings";
export { readOutbox } from "./outbox-reader";
export { listUndelivered, type Undelivered } from "./undelivered";
