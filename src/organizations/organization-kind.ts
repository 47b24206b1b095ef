/** Kinds of bodies in the Vietnamese provincial system. */
export const ORGANIZATION_KINDS = [
  'party_committee', // Tỉnh ủy, Huyện ủy, Ban Cán sự Đảng
  'peoples_council', // HĐND
  'peoples_committee', // UBND
  'department', // Sở, ngành
  'district', // huyện, thị xã, thành phố thuộc tỉnh
  'board', // Ban quản lý, Ban chỉ đạo
  'agency', // Cục, Chi cục, Bộ Chỉ huy, cơ quan trung ương đóng trên địa bàn
  'enterprise',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
