declare module "notifications-node-client" {
  export class NotifyClient {
    constructor(apiKey: string);
    constructor(baseUrl: string, apiKey: string);
    sendEmail(templateId: string, emailAddress: string, options?: { personalisation?: Record<string, string>; reference?: string; emailReplyToId?: string }): Promise<unknown>;
  }
}
