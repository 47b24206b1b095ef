import { Module } from '@nestjs/common';
import { SearchController } from './search.controller.js';
import { SearchEverythingService } from './search-everything.service.js';

/** One search over every kind of record, on PostgreSQL's full-text search (see migrations/…-AddSearchDocuments.ts). */
@Module({
  controllers: [SearchController],
  providers: [SearchEverythingService],
})
export class SearchModule {}
