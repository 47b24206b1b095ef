import { BOARDS, COMMUNES, DEPARTMENTS, DISTRICTS } from './vocabulary.js';

export interface AgencyName {
  name: string;
  shortName: string;
  kind: 'department' | 'district' | 'board' | 'peoples_committee' | 'agency';
}

const DISTRICT_OFFICES = ['Tài chính - Kế hoạch', 'Kinh tế - Hạ tầng', 'Nông nghiệp và Môi trường', 'Văn hóa - Xã hội', 'Nội vụ', 'Y tế'];

/** `count` distinct agency names in the order a province lists them; numbered once the real ones run out. */
export function agencyNames(count: number): AgencyName[] {
  const real: Omit<AgencyName, 'shortName'>[] = [
    ...DEPARTMENTS.map((name) => ({ name, kind: 'department' as const })),
    ...DISTRICTS.map((d) => ({ name: `Ủy ban nhân dân huyện ${d}`, kind: 'district' as const })),
    ...BOARDS.map((name) => ({ name, kind: 'board' as const })),
    ...COMMUNES.map((c) => ({ name: `Ủy ban nhân dân xã ${c}`, kind: 'peoples_committee' as const })),
    ...DISTRICTS.flatMap((d) => DISTRICT_OFFICES.map((o) => ({ name: `Phòng ${o} huyện ${d}`, kind: 'agency' as const }))),
  ];
  return Array.from({ length: count }, (_, i) => {
    const base = real[i % real.length]!;
    const round = Math.floor(i / real.length);
    return {
      name: round === 0 ? base.name : `${base.name} (khu vực ${round + 1})`,
      shortName: `CQ-${String(i + 1).padStart(4, '0')}`,
      kind: base.kind,
    };
  });
}
