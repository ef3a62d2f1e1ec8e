import type { LocalizedLabel } from './labels';

/** 海湾旅游区 is neither a town nor a street but a district-run zone with its own committee. */
export const PLACE_KINDS = ['TOWN', 'STREET', 'ZONE'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const PLACE_KIND_LABELS: Readonly<Record<PlaceKind, LocalizedLabel>> = {
  TOWN: { zh: '镇', en: 'Town' },
  STREET: { zh: '街道', en: 'Subdistrict' },
  ZONE: { zh: '功能区', en: 'Zone' },
};

export interface PlaceSeed {
  /** Pinyin, so the code is recognisable to anyone who knows the district. */
  readonly code: string;
  /** The full name as users see it, kind suffix included. */
  readonly name: string;
  readonly nameEn: string;
  readonly kind: PlaceKind;
}

/** Seed rows for the district's towns, streets and zone (一镇一特色); admins edit them later. */
export const TOWNS: readonly PlaceSeed[] = [
  { code: 'NANQIAO', name: '南桥镇', nameEn: 'Nanqiao Town', kind: 'TOWN' },
  { code: 'FENGCHENG', name: '奉城镇', nameEn: 'Fengcheng Town', kind: 'TOWN' },
  { code: 'ZHUANGHANG', name: '庄行镇', nameEn: 'Zhuanghang Town', kind: 'TOWN' },
  { code: 'JINHUI', name: '金汇镇', nameEn: 'Jinhui Town', kind: 'TOWN' },
  { code: 'SITUAN', name: '四团镇', nameEn: 'Situan Town', kind: 'TOWN' },
  { code: 'QINGCUN', name: '青村镇', nameEn: 'Qingcun Town', kind: 'TOWN' },
  { code: 'ZHELIN', name: '柘林镇', nameEn: 'Zhelin Town', kind: 'TOWN' },
  { code: 'HAIWAN', name: '海湾镇', nameEn: 'Haiwan Town', kind: 'TOWN' },
  { code: 'XIDU', name: '西渡街道', nameEn: 'Xidu Subdistrict', kind: 'STREET' },
  { code: 'FENGPU', name: '奉浦街道', nameEn: 'Fengpu Subdistrict', kind: 'STREET' },
  { code: 'JINHAI', name: '金海街道', nameEn: 'Jinhai Subdistrict', kind: 'STREET' },
  // Not HAIWAN: that code already belongs to 海湾镇, a different place.
  { code: 'HAIWAN_TOURIST_ZONE', name: '海湾旅游区', nameEn: 'Haiwan Tourist Zone', kind: 'ZONE' },
];
