import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role } from '../../src/common/roles.js';
import { User } from '../../src/users/user.entity.js';
import { UsersService } from '../../src/users/users.service.js';

export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  /** Short name of the organization an agency role belongs to. */
  organization?: string;
}

export const DEMO_USERS: DemoUser[] = [
  { username: 'quantri', displayName: 'Quản trị hệ thống', role: 'admin' },
  { username: 'vanphong', displayName: 'Chuyên viên Văn phòng Tỉnh ủy', role: 'secretariat' },
  { username: 'lanhdao', displayName: 'Lãnh đạo tỉnh', role: 'leader' },
  { username: 'bqlkkt.truongban', displayName: 'Trưởng Ban Quản lý Khu kinh tế', role: 'department_head', organization: 'BQLKKT-LC' },
  { username: 'haiquan.cuctruong', displayName: 'Cục trưởng Cục Hải quan tỉnh', role: 'department_head', organization: 'CHQ-LC' },
  { username: 'skhdt.giamdoc', displayName: 'Giám đốc Sở Kế hoạch và Đầu tư', role: 'department_head', organization: 'SKHĐT-LC' },
  { username: 'stnmt.giamdoc', displayName: 'Giám đốc Sở Tài nguyên và Môi trường', role: 'department_head', organization: 'STNMT-LC' },
  { username: 'sct.giamdoc', displayName: 'Giám đốc Sở Công Thương', role: 'department_head', organization: 'SCT-LC' },
  { username: 'baothang.chutich', displayName: 'Chủ tịch UBND huyện Bảo Thắng', role: 'department_head', organization: 'UBND-BT' },
  { username: 'bcsd.ubnd', displayName: 'Thường trực Ban Cán sự Đảng UBND tỉnh', role: 'department_head', organization: 'BCSĐ-UBND-LC' },
  {
    username: 'bqlkkt.chuyenvien',
    displayName: 'Chuyên viên Ban Quản lý Khu kinh tế',
    role: 'department_staff',
    organization: 'BQLKKT-LC',
  },
];

export interface EnsuredUser {
  id: string;
  username: string;
  role: Role;
  /** Set only when this run created the account. */
  password: string | null;
}

/** Creates the demo accounts that do not exist yet, with random passwords; existing ones are left alone. */
export async function ensureDemoUsers(
  app: INestApplication,
  which: DemoUser[],
  organizationIds: Record<string, string>,
): Promise<EnsuredUser[]> {
  const users = app.get(DataSource).getRepository(User);
  const result: EnsuredUser[] = [];
  for (const demo of which) {
    const existing = await users.createQueryBuilder('u').where('lower(u.username) = lower(:name)', { name: demo.username }).getOne();
    if (existing) {
      result.push({ id: existing.id, username: existing.username, role: existing.role, password: null });
      continue;
    }
    const password = randomBytes(12).toString('base64url');
    const created = await app.get(UsersService).createUser(
      {
        username: demo.username,
        displayName: demo.displayName,
        role: demo.role,
        organizationId: demo.organization ? organizationIds[demo.organization] : null,
        password,
      },
      { system: 'seed-demo' },
    );
    result.push({ id: created.id, username: created.username, role: created.role, password });
  }
  return result;
}
