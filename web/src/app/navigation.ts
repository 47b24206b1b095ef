import type { Me } from '../auth/session';

export interface NavItem {
  to: string;
  label: string;
  /** Who sees it: by permission, and for the agency's own list, by role. */
  visible(me: Me): boolean;
}

const has = (me: Me, permission: string) => me.permissions.includes(permission);
const isAgency = (me: Me) => me.role === 'department_head' || me.role === 'department_staff';

export const NAV_ITEMS: NavItem[] = [
  { to: '/tong-quan', label: 'Tổng quan', visible: (me) => has(me, 'reports:read') && !isAgency(me) },
  { to: '/viec-cua-don-vi', label: 'Việc của đơn vị', visible: isAgency },
  { to: '/cuoc-hop', label: 'Cuộc họp', visible: (me) => has(me, 'meetings:read') },
  { to: '/nhiem-vu', label: 'Nhiệm vụ', visible: (me) => has(me, 'directives:read') && !isAgency(me) },
  { to: '/xep-hang', label: 'Xếp hạng đơn vị', visible: (me) => has(me, 'reports:read') },
  { to: '/nhan-su', label: 'Cán bộ', visible: (me) => has(me, 'directory:read') },
  { to: '/co-quan', label: 'Cơ quan, đơn vị', visible: (me) => has(me, 'directory:read') },
  { to: '/lich', label: 'Lịch của tôi', visible: () => true },
  { to: '/tai-khoan', label: 'Tài khoản người dùng', visible: (me) => has(me, 'users:manage') },
];

/** Where each user starts: the screen of their daily work. */
export function homeOf(me: Me): string {
  if (isAgency(me)) return '/viec-cua-don-vi';
  if (me.role === 'leader') return '/tong-quan';
  if (has(me, 'meetings:write')) return '/cuoc-hop';
  return NAV_ITEMS.find((item) => item.visible(me))?.to ?? '/lich';
}
