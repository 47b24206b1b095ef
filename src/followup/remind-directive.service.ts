import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessPolicy } from '../access/access-policy.js';
import { AuditedWrites } from '../audit/audited-writes.js';
import type { Actor } from '../common/actor.js';
import { Clock } from '../common/time/clock.js';
import { runInTransaction } from '../database/transaction.js';
import { Notifier } from '../notifications/notifier.js';
import type { RemindDto, ReminderResponseDto } from './dto/reminder.dto.js';
import { refusalError, reminderRefusal } from './directive-operations.js';
import { ReminderQueries } from './reminder-queries.service.js';
import { DirectiveReminder } from './reminder.entity.js';

@Injectable()
export class RemindDirectiveService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly writes: AuditedWrites,
    private readonly queries: ReminderQueries,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
  ) {}

  /**
   * Records a reminder (đôn đốc) to the lead agency: 404 when the caller may
   * not see the directive, 403 when their role does not remind, 409 when the
   * directive is completed or cancelled. The directive row is locked so that
   * a concurrent cancellation cannot slip in between the check and the write.
   */
  async remind(directiveId: string, input: RemindDto, actor: Actor): Promise<ReminderResponseDto> {
    return runInTransaction(this.dataSource, async (em) => {
      const directive = await this.access.requireDirective(em, actor, 'directive.remind', directiveId, { lock: true });
      const refusal = reminderRefusal(directive.status);
      if (refusal) throw refusalError(refusal);
      const id = await this.writes.insert(em, actor, {
        entity: DirectiveReminder,
        values: {
          directiveId,
          note: input.note,
          channel: input.channel,
          documentNumber: input.documentNumber ?? null,
          remindedByUserId: actor.userId,
          remindedAt: this.clock.now(),
        },
        action: 'directive.remind',
      });
      await this.notifier.reminded(em, actor.userId, directiveId, id);
      return this.queries.get(em, id);
    });
  }
}
