import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config.js';

/**
 * The address users reach the service at, for the links a calendar carries:
 * PUBLIC_URL when set, otherwise the scheme and host the request came to
 * (behind a proxy named in TRUST_PROXY, its X-Forwarded-Proto and -Host).
 */
export function serviceAddress(config: AppConfig, request: FastifyRequest): string {
  return config.publicUrl ?? `${request.protocol}://${request.host}`;
}
