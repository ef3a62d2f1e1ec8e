/**
 * The "4+N" industry taxonomy of 沪奉府发〔2024〕20号 section 二(四).
 *
 * This is seed data, not a runtime enum: a migration writes it into the reference tables once and
 * admins may edit it afterwards, so screens must read industries from the database rather than
 * from here. Codes are stable English keys that the migration, reports and tests can rely on.
 */
export interface SegmentSeed {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
}

export interface IndustrySeed {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  /** One of the four 主导产业; the "N" bucket is not, and targets such as 四大主导产业产值 skip it. */
  readonly leading: boolean;
  readonly segments: readonly SegmentSeed[];
}

export const INDUSTRIES: readonly IndustrySeed[] = [
  {
    code: 'BEAUTY_HEALTH',
    name: '美丽大健康',
    nameEn: 'Beauty and health',
    leading: true,
    segments: [
      { code: 'BIOLOGICS', name: '生物制品', nameEn: 'Biologics' },
      { code: 'MODERN_TCM', name: '现代中药', nameEn: 'Modern traditional Chinese medicine' },
      { code: 'GENE_CELL_THERAPY', name: '基因和细胞治疗', nameEn: 'Gene and cell therapy' },
      { code: 'IVD', name: '体外诊断试剂及设备', nameEn: 'In-vitro diagnostic reagents and devices' },
      { code: 'COSMETICS', name: '化妆美品', nameEn: 'Cosmetics and beauty products' },
      { code: 'FINE_FOOD', name: '精致食品', nameEn: 'Fine food' },
    ],
  },
  {
    code: 'GREEN_ENERGY',
    name: '绿色新能源',
    nameEn: 'Green new energy',
    leading: true,
    segments: [
      { code: 'ICV', name: '智能网联汽车', nameEn: 'Intelligent connected vehicles' },
      { code: 'HYDROGEN', name: '氢能关键材料及装备', nameEn: 'Hydrogen key materials and equipment' },
      { code: 'SOLAR_CELLS', name: '太阳能电池', nameEn: 'Solar cells' },
      { code: 'SMART_GRID', name: '智能电网', nameEn: 'Smart grid' },
      { code: 'ENERGY_STORAGE', name: '新型储能', nameEn: 'New-type energy storage' },
    ],
  },
  {
    code: 'NEW_MATERIALS',
    name: '通用新材料',
    nameEn: 'General new materials',
    leading: true,
    segments: [
      { code: 'POLYMERS', name: '高分子材料', nameEn: 'Polymer materials' },
      { code: 'ELECTRONIC_CHEMICALS', name: '电子化学品', nameEn: 'Electronic chemicals' },
      { code: 'COMPOSITES', name: '高性能复合材料', nameEn: 'High-performance composites' },
      { code: 'AEROSPACE_MATERIALS', name: '航空航天材料', nameEn: 'Aerospace materials' },
    ],
  },
  {
    code: 'SMART_EQUIPMENT',
    name: '数智新装备',
    nameEn: 'Digital and intelligent equipment',
    leading: true,
    segments: [
      { code: 'SMART_TERMINALS', name: '智能终端', nameEn: 'Smart terminals' },
      { code: 'INDUSTRIAL_INTERNET', name: '工业互联网', nameEn: 'Industrial internet' },
      { code: 'HUMANOID_ROBOTS', name: '人形机器人', nameEn: 'Humanoid robots' },
    ],
  },
  {
    code: 'OTHER',
    name: '其他',
    nameEn: 'Other',
    leading: false,
    // The five kinds of 生产性服务业 are kept as sibling segments (not children) so that a
    // referral can name either the broad kind or the precise one with a single segment field.
    segments: [
      { code: 'ECOMMERCE_PLATFORMS', name: '电商平台', nameEn: 'E-commerce platforms' },
      { code: 'TRADE', name: '商贸企业', nameEn: 'Trading enterprises' },
      { code: 'CULTURAL_CREATIVE', name: '文创产品', nameEn: 'Cultural and creative products' },
      { code: 'PRODUCER_SERVICES', name: '生产性服务业', nameEn: 'Producer services' },
      { code: 'RD_OUTSOURCING', name: '研发外包', nameEn: 'R&D outsourcing' },
      { code: 'TESTING_CERTIFICATION', name: '检测认证', nameEn: 'Testing and certification' },
      { code: 'SOFTWARE_IT', name: '软件信息', nameEn: 'Software and information services' },
      { code: 'E_COMMERCE', name: '电子商务', nameEn: 'E-commerce services' },
      { code: 'SERVICE_TRADE', name: '服务贸易', nameEn: 'Trade in services' },
    ],
  },
];

/**
 * The industry a segment belongs to. Takes the list as a parameter so callers holding the
 * admin-edited rows from the database get the same answer as the seed.
 */
export function industryOfSegment(
  segmentCode: string,
  industries: readonly IndustrySeed[] = INDUSTRIES,
): string | undefined {
  return industries.find((industry) => industry.segments.some((s) => s.code === segmentCode))?.code;
}
