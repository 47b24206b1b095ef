import { Module } from '@nestjs/common';
import { ExportPopoloService } from './export-popolo.service.js';
import { PopoloController } from './popolo.controller.js';

@Module({
  controllers: [PopoloController],
  providers: [ExportPopoloService],
})
export class PopoloModule {}
