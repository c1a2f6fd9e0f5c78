/** A mail as the outbox hands it to a transport; sender and reply address are the transport's. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  messageId: string;
}

/** How the outbox gets a mail out: SMTP through Strapi's email plugin, or the log (no SMTP). */
export interface MailTransport {
  /**
   * True when `send` resolving means a mail server accepted the mail: the worker paces, journals
   * and marks the row `sent`, and classifies a rejection as a temporary or permanent failure.
   * False when the mail is only written down: the row becomes `logged`.
   */
  readonly delivers: boolean;
  send(message: OutgoingMail): Promise<{ messageId?: string }>;
}
