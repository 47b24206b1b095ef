import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ProblemDetailsFilter } from './common/errors/problem-details.filter.js';
import { Clock } from './common/time/clock.js';
import { StrictValidationPipe } from './common/validation/validation.pipe.js';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { runMigrationsWithLock } from './database/migrate.js';
import './database/pg-types.js';
import { buildDataSourceOptions, type ConnectionTarget } from './database/typeorm-options.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { DirectivesModule } from './directives/directives.module.js';
import { HealthController } from './health/health.controller.js';
import { IdempotencyModule } from './idempotency/idempotency.module.js';
import { MeetingsModule } from './meetings/meetings.module.js';
import { OrganizationsModule } from './organizations/organizations.module.js';
import { UsersModule } from './users/users.module.js';

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
        AuditModule,
        AuthModule,
        UsersModule,
        IdempotencyModule,
        OrganizationsModule,
        MeetingsModule,
        DirectivesModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        clock ? { provide: Clock, useValue: clock } : Clock,
        { provide: APP_PIPE, useClass: StrictValidationPipe },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      ],
      exports: [APP_CONFIG, Clock],
    };
  }
}
