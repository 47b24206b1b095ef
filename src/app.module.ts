import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { EtagInterceptor } from './common/http/etag.interceptor.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ProblemDetailsFilter } from './common/errors/problem-details.filter.js';
import { UNIQUE_VIOLATIONS, type UniqueViolations } from './common/errors/unique-violations.js';
import { Clock } from './common/time/clock.js';
import { StrictValidationPipe } from './common/validation/validation.pipe.js';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { runMigrationsWithLock } from './database/migrate.js';
import './database/pg-types.js';
import { buildDataSourceOptions, type ConnectionTarget } from './app-data-source.js';
import { AccessModule } from './access/access.module.js';
import { AttachmentsModule } from './attachments/attachments.module.js';
import { FollowUpModule } from './followup/followup.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { DirectivesModule } from './directives/directives.module.js';
import { DocumentsModule } from './documents/documents.module.js';
import { HealthController } from './health/health.controller.js';
import { ShutdownState } from './health/shutdown-state.js';
import { IdempotencyModule } from './idempotency/idempotency.module.js';
import { MeetingsModule } from './meetings/meetings.module.js';
import { MinutesModule } from './minutes/minutes.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { OrganizationsModule } from './organizations/organizations.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { PopoloModule } from './popolo/popolo.module.js';
import { SearchModule } from './search/search.module.js';
import { UsersModule } from './users/users.module.js';
import { USER_UNIQUE_VIOLATIONS } from './users/users.errors.js';
import { MEETING_UNIQUE_VIOLATIONS } from './meetings/meetings.errors.js';
import { ORGANIZATION_UNIQUE_VIOLATIONS } from './organizations/organizations.errors.js';
import { FOLLOWUP_UNIQUE_VIOLATIONS } from './followup/followup.errors.js';
import { ImportsModule } from './imports/imports.module.js';

/** Every feature's named unique constraints, for the problem filter's 409s. */
const UNIQUE_CONSTRAINTS: UniqueViolations = {
  ...ORGANIZATION_UNIQUE_VIOLATIONS,
  ...USER_UNIQUE_VIOLATIONS,
  ...MEETING_UNIQUE_VIOLATIONS,
  ...FOLLOWUP_UNIQUE_VIOLATIONS,
};

export interface AppModuleOptions {
  config: AppConfig;
  /** Where the database is: a server, or the embedded one started by the caller. */
  database: ConnectionTarget;
  /** Tests pass a clock fixed at a known date; production uses the real one. */
  clock?: Clock;
}

@Module({})
export class AppModule {
  static forRoot({ config, database, clock }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => buildDataSourceOptions(database),
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            if (config.runMigrations) await runMigrationsWithLock(dataSource);
            return dataSource;
          },
        }),
        AccessModule,
        AuditModule,
        AuthModule,
        UsersModule,
        IdempotencyModule,
        OrganizationsModule,
        MeetingsModule,
        MinutesModule,
        DirectivesModule,
        AttachmentsModule,
        FollowUpModule,
        NotificationsModule,
        ReportsModule,
        CalendarModule,
        DocumentsModule,
        PopoloModule,
        ImportsModule,
        SearchModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        clock ? { provide: Clock, useValue: clock } : Clock,
        { provide: APP_PIPE, useClass: StrictValidationPipe },
        { provide: UNIQUE_VIOLATIONS, useValue: UNIQUE_CONSTRAINTS },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_INTERCEPTOR, useClass: EtagInterceptor },
        ShutdownState,
      ],
      exports: [APP_CONFIG, Clock],
    };
  }
}
