import { publicAddressOf } from "@lgp/network";
import nodemailer from "nodemailer";
import { allowLocalEmailServers } from "../env";
import type { Email } from "../message";
import type { EmailSettings } from "../settings";

/**
 * The council's own SMTP server, reached only at a public address: its admins choose the host, and it
 * must not let them make the server connect inside its own network. TLS still checks the host's name.
 */
export async function deliverBySmtp(settings: Extract<EmailSettings, { transport: "smtp" }>, senderName: string, email: Email) {
  const transport = nodemailer.createTransport({
    host: await publicAddressOf(settings.host, { allowLocal: allowLocalEmailServers }),
    tls: { servername: settings.host },
    port: settings.port,
    secure: settings.secure,
    auth: settings.user ? { user: settings.user, pass: settings.password ?? "" } : undefined,
    connectionTimeout: 10_000,
  });
  try {
    await transport.sendMail({
      from: { name: senderName, address: settings.from },
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      attachments: email.attachments,
    });
  } finally {
    transport.close();
  }
}
