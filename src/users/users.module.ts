import { Module } from '@nestjs/common';
import { BootstrapAdmin } from './bootstrap-admin.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

@Module({
  controllers: [UsersController],
  providers: [UsersService, BootstrapAdmin],
  exports: [UsersService],
})
export class UsersModule {}
