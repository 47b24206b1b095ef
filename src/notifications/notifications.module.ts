import { Module } from '@nestjs/common';
import { DeadlineNotifications } from './deadline-notifications.js';
import { DeliverDigestMail } from './deliver-digest-mail.js';
import { DigestScheduler } from './digest-scheduler.js';
import { Mailer } from './mailer.js';
import { NotificationQueries } from './notification-queries.service.js';
import { NotificationsController } from './notifications.controller.js';
import { Notifier } from './notifier.js';
import { ReadNotificationsService } from './read-notifications.service.js';
import { RunDigestService } from './run-digest.service.js';

/**
 * What users are told: in-app notifications written with the change that
 * causes them (the Notifier, used by directives, minutes and follow-up), and
 * the daily job that writes deadline notifications and mails the digest. It
 * reads the directive tables by SQL and imports no other feature, so those
 * features can import it.
 */
@Module({
  controllers: [NotificationsController],
  providers: [
    Notifier,
    NotificationQueries,
    ReadNotificationsService,
    DeadlineNotifications,
    Mailer,
    DeliverDigestMail,
    RunDigestService,
    DigestScheduler,
  ],
  exports: [Notifier, RunDigestService, DigestScheduler],
})
export class NotificationsModule {}
