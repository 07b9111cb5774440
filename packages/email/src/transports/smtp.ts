import nodemailer from "nodemailer";
import type { Email } from "../message";
import type { EmailSettings } from "../settings";

export async function deliverBySmtp(settings: Extract<EmailSettings, { transport: "smtp" }>, senderName: string, email: Email) {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth: settings.user ? { user: settings.user, pass: settings.password ?? "" } : undefined,
    connectionTimeout: 10_000,
  });
  try {
    await transport.sendMail({ from: { name: senderName, address: settings.from }, to: email.to, subject: email.subject, text: email.text, html: email.html });
  } finally {
    transport.close();
  }
}
