import { Clock } from '../../src/common/time/clock.js';
import type { AppConfig } from '../../src/config/app-config.js';

/**
 * The clock of the seed's own service process. The follow-up story happened in
 * 2024, so each step is recorded at the instant it tells of (a report dated
 * 20 May is recorded on 20 May, and "completed on time" is judged on it);
 * outside the story it is the real clock.
 */
export class StoryClock extends Clock {
  private instant: Date | null = null;

  constructor(config: AppConfig) {
    super(config);
  }

  override now(): Date {
    return this.instant ? new Date(this.instant) : new Date();
  }

  /** Stands at `instant` (an ISO string with its offset) until the next call; null returns to real time. */
  at(instant: string | null): void {
    this.instant = instant === null ? null : new Date(instant);
  }
}
