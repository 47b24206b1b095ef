import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import type { DataSource } from 'typeorm';
import { Public } from '../access/decorators.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { ShutdownState } from './shutdown-state.js';

class DatabaseHealthDto {
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiProperty({ enum: ['embedded', 'server'] }) kind!: 'embedded' | 'server';
  @ApiProperty({ description: 'Round trip of SELECT 1, in milliseconds.', nullable: true, type: Number }) latencyMs!: number | null;
}

class HealthDto {
  @ApiProperty({
    enum: ['ok', 'unavailable', 'draining'],
    description:
      "'draining': the instance got SIGTERM and is about to stop (SHUTDOWN_DRAIN_MS); it still serves requests, but a load balancer should send it no new ones.",
  })
  status!: 'ok' | 'unavailable' | 'draining';
  @ApiProperty({ type: DatabaseHealthDto }) database!: DatabaseHealthDto;
}

const PROBE_TIMEOUT_MS = 2_000;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly shutdown: ShutdownState,
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({
    type: HealthDto,
    description: "The database does not answer ('unavailable'), or the instance is stopping ('draining').",
  })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthDto> {
    const started = performance.now();
    const up = await this.probe();
    void reply.header('cache-control', 'no-store');
    const draining = this.shutdown.phase !== 'running';
    if (!up || draining) void reply.status(503);
    return {
      status: draining ? 'draining' : up ? 'ok' : 'unavailable',
      database: {
        status: up ? 'up' : 'down',
        kind: this.config.database.kind,
        latencyMs: up ? Math.round((performance.now() - started) * 10) / 10 : null,
      },
    };
  }

  private async probe(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
    });
    try {
      const query = this.dataSource.query('SELECT 1').then(
        () => true,
        () => false,
      );
      return await Promise.race([query, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
