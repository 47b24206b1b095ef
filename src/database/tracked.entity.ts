import { Column, CreateDateColumn, UpdateDateColumn } from 'typeorm';

/**
 * Bookkeeping every editable record has. `version` is bumped by the conditional
 * UPDATE in guarded-update.ts (not by TypeORM's @VersionColumn, whose save()
 * measurably loses updates) and is what ETags and If-Match compare.
 */
export abstract class Tracked {
  @Column('integer', { default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
