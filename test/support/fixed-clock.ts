import { Clock } from '../../src/common/time/clock.js';
import type { AppConfig } from '../../src/config/app-config.js';

/** The instant every test stands at unless it says otherwise. */
export const TEST_NOW = '2024-03-12T09:00:00+07:00';

/** A clock that stands still at a chosen instant, so "today" and "overdue" are the same in every run. */
export class FixedClock extends Clock {
  constructor(
    config: AppConfig,
    private instant: Date,
  ) {
    super(config);
  }

  override now(): Date {
    return new Date(this.instant);
  }

  set(instant: Date): void {
    this.instant = instant;
  }
}
