import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** The envelope's recipients, as the server was told them. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
}

export interface SmtpCapture {
  url: string;
  mails: ReceivedMail[];
  /** Every recipient refused at RCPT TO, once per refusal. */
  refused: string[];
  /** Stops listening on its port, as a mail server that is down: connections are refused. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  resume(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real SMTP server in the test process: the service's mail goes through
 * nodemailer and the network to it, and arrives parsed here. Recipients named
 * in `refuse` are refused at RCPT TO, as a mail server refuses an unknown box.
 */
export async function startSmtpCapture(options: { refuse?: string[] } = {}): Promise<SmtpCapture> {
  const mails: ReceivedMail[] = [];
  const refused: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.refuse?.includes(address.address)) {
        refused.push(address.address);
        callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 }));
      } else callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            from: parsed.from?.text ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  let listening = true;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    refused,
    // The net server under the SMTP server: closing it refuses new connections and keeps the SMTP server's handlers.
    stop: () =>
      new Promise<void>((resolve, reject) => {
        listening = false;
        server.server.close((error) => (error ? reject(error) : resolve()));
      }),
    resume: () =>
      new Promise<void>((resolve) => {
        listening = true;
        server.server.listen(port, '127.0.0.1', resolve);
      }),
    close: () => (listening ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve()),
  };
}
