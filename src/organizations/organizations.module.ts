import { Module } from '@nestjs/common';
import { OrganizationsController } from './organizations.controller.js';
import { OrganizationsService } from './organizations.service.js';
import { PeopleController } from './people.controller.js';
import { PeopleService } from './people.service.js';

@Module({
  controllers: [OrganizationsController, PeopleController],
  providers: [OrganizationsService, PeopleService],
  exports: [OrganizationsService, PeopleService],
})
export class OrganizationsModule {}
