import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** How long connecting, the server's greeting and a silent socket may each take, in milliseconds. */
export const SEND_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

/** The office's mail server (SMTP_URL), or nothing when none is set: then no mail is sent. */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    // Bounded, so that one send always ends well within a digest mail's lease (deliver-digest-mail.ts).
    this.transport = config.mail.smtpUrl ? nodemailer.createTransport({ url: config.mail.smtpUrl, ...SEND_TIMEOUTS }) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transport) throw new Error('No SMTP_URL: mail is off');
    await this.transport.sendMail({ from: this.config.mail.from, ...mail });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
