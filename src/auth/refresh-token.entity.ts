import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AuthSession } from './auth-session.entity.js';

/** Only a SHA-256 of each refresh token is stored: a database leak does not hand out sessions. */
@Entity('refresh_token')
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_refresh_token' })
  id!: string;

  @Index('ix_refresh_token_session_id')
  @Column('uuid')
  sessionId!: string;

  @ManyToOne(() => AuthSession, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_refresh_token_session' })
  session?: AuthSession;

  @Index('uq_refresh_token_hash', { unique: true })
  @Column('char', { length: 64 })
  tokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Set when this token was exchanged for the next one; presenting it again is reuse. */
  @Column('timestamptz', { nullable: true })
  rotatedAt!: Date | null;
}
