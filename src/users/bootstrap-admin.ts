import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { translateDatabaseError } from '../common/errors/database-errors.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { User } from './user.entity.js';
import { USER_UNIQUE_VIOLATIONS, UserError } from './users.errors.js';
import { UsersService } from './users.service.js';

/**
 * The first admin: created at start-up from BOOTSTRAP_ADMIN_USERNAME and
 * BOOTSTRAP_ADMIN_PASSWORD when no admin exists yet. With several instances
 * starting together, the unique username lets exactly one of them create it.
 */
@Injectable()
export class BootstrapAdmin implements OnApplicationBootstrap {
  private readonly logger = new Logger('Users');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const wanted = this.config.auth.bootstrapAdmin;
    if (!wanted) return;
    if (await this.dataSource.getRepository(User).existsBy({ role: 'admin' })) return;
    try {
      await this.users.createUser(
        { username: wanted.username, displayName: 'Administrator', role: 'admin', password: wanted.password },
        { system: 'bootstrap' },
      );
      this.logger.log(`Created the first admin "${wanted.username}" from BOOTSTRAP_ADMIN_USERNAME.`);
    } catch (error) {
      // Another instance starting at the same moment created it first; or the name belongs to a non-admin.
      if (translateDatabaseError(error, USER_UNIQUE_VIOLATIONS)?.kind !== UserError.UsernameTaken) throw error;
      if (!(await this.dataSource.getRepository(User).existsBy({ role: 'admin' }))) {
        this.logger.warn(`BOOTSTRAP_ADMIN_USERNAME "${wanted.username}" belongs to an existing non-admin user: no admin was created.`);
      }
    }
  }
}
