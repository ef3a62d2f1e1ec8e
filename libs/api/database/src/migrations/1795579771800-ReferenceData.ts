import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Seeds the reference data of DOMAIN.md (industries and segments, tags, places). The rows are
 * written out rather than read from libs/domain, so that this migration seeds the same rows
 * forever; later changes to the lists ship as new migrations. Admins edit these rows later;
 * screens read them from the database only.
 */
export class ReferenceData1795579771800 implements MigrationInterface {
  name = 'ReferenceData1795579771800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      INSERT INTO industries (code, name, name_en, "leading", sort_order) VALUES
      ('BEAUTY_HEALTH', '美丽大健康', 'Beauty and health', TRUE, 10),
      ('GREEN_ENERGY', '绿色新能源', 'Green new energy', TRUE, 20),
      ('NEW_MATERIALS', '通用新材料', 'General new materials', TRUE, 30),
      ('SMART_EQUIPMENT', '数智新装备', 'Digital and intelligent equipment', TRUE, 40),
      ('OTHER', '其他', 'Other', FALSE, 50)
    `);
    await queryRunner.query(`
      INSERT INTO segments (code, industry_code, name, name_en, sort_order) VALUES
      ('BIOLOGICS', 'BEAUTY_HEALTH', '生物制品', 'Biologics', 10),
      ('MODERN_TCM', 'BEAUTY_HEALTH', '现代中药', 'Modern traditional Chinese medicine', 20),
      ('GENE_CELL_THERAPY', 'BEAUTY_HEALTH', '基因和细胞治疗', 'Gene and cell therapy', 30),
      ('IVD', 'BEAUTY_HEALTH', '体外诊断试剂及设备', 'In-vitro diagnostic reagents and devices', 40),
      ('COSMETICS', 'BEAUTY_HEALTH', '化妆美品', 'Cosmetics and beauty products', 50),
      ('FINE_FOOD', 'BEAUTY_HEALTH', '精致食品', 'Fine food', 60),
      ('ICV', 'GREEN_ENERGY', '智能网联汽车', 'Intelligent connected vehicles', 10),
      ('HYDROGEN', 'GREEN_ENERGY', '氢能关键材料及装备', 'Hydrogen key materials and equipment', 20),
      ('SOLAR_CELLS', 'GREEN_ENERGY', '太阳能电池', 'Solar cells', 30),
      ('SMART_GRID', 'GREEN_ENERGY', '智能电网', 'Smart grid', 40),
      ('ENERGY_STORAGE', 'GREEN_ENERGY', '新型储能', 'New-type energy storage', 50),
      ('POLYMERS', 'NEW_MATERIALS', '高分子材料', 'Polymer materials', 10),
      ('ELECTRONIC_CHEMICALS', 'NEW_MATERIALS', '电子化学品', 'Electronic chemicals', 20),
      ('COMPOSITES', 'NEW_MATERIALS', '高性能复合材料', 'High-performance composites', 30),
      ('AEROSPACE_MATERIALS', 'NEW_MATERIALS', '航空航天材料', 'Aerospace materials', 40),
      ('SMART_TERMINALS', 'SMART_EQUIPMENT', '智能终端', 'Smart terminals', 10),
      ('INDUSTRIAL_INTERNET', 'SMART_EQUIPMENT', '工业互联网', 'Industrial internet', 20),
      ('HUMANOID_ROBOTS', 'SMART_EQUIPMENT', '人形机器人', 'Humanoid robots', 30),
      ('ECOMMERCE_PLATFORMS', 'OTHER', '电商平台', 'E-commerce platforms', 10),
      ('TRADE', 'OTHER', '商贸企业', 'Trading enterprises', 20),
      ('CULTURAL_CREATIVE', 'OTHER', '文创产品', 'Cultural and creative products', 30),
      ('PRODUCER_SERVICES', 'OTHER', '生产性服务业', 'Producer services', 40),
      ('RD_OUTSOURCING', 'OTHER', '研发外包', 'R&D outsourcing', 50),
      ('TESTING_CERTIFICATION', 'OTHER', '检测认证', 'Testing and certification', 60),
      ('SOFTWARE_IT', 'OTHER', '软件信息', 'Software and information services', 70),
      ('E_COMMERCE', 'OTHER', '电子商务', 'E-commerce services', 80),
      ('SERVICE_TRADE', 'OTHER', '服务贸易', 'Trade in services', 90)
    `);
    await queryRunner.query(`
      INSERT INTO tags (code, "group", name, name_en, sort_order) VALUES
      ('FUTURE_HEALTH', 'FUTURE_INDUSTRY', '未来健康', 'Future health', 10),
      ('FUTURE_ENERGY', 'FUTURE_INDUSTRY', '未来能源', 'Future energy', 20),
      ('FUTURE_MATERIALS', 'FUTURE_INDUSTRY', '未来材料', 'Future materials', 30),
      ('FUTURE_INTELLIGENCE', 'FUTURE_INDUSTRY', '未来智能', 'Future intelligence', 40),
      ('STRATEGIC_EMERGING', 'STRATEGIC_EMERGING', '战略性新兴产业', 'Strategic emerging industry', 50),
      ('CHAIN_MASTER', 'PROFILE', '链主型', 'Chain master', 60),
      ('HEADQUARTERS', 'PROFILE', '总部型', 'Headquarters', 70),
      ('INNOVATIVE', 'PROFILE', '创新型', 'Innovative', 80),
      ('PRODUCER_SERVICES', 'PROFILE', '生产性服务业', 'Producer services', 90),
      ('SPECIALIZED_SME', 'PROFILE', '专精特新', 'Specialised and sophisticated SME', 100),
      ('LITTLE_GIANT', 'PROFILE', '小巨人', 'Little giant', 110),
      ('SINGLE_CHAMPION', 'PROFILE', '单项冠军', 'Single-product champion', 120),
      ('UNICORN', 'PROFILE', '独角兽', 'Unicorn', 130),
      ('HIGH_TECH', 'PROFILE', '高新技术企业', 'High-tech enterprise', 140),
      ('SCI_TECH_LISTED', 'PROFILE', '科创上市', 'Listed sci-tech enterprise', 150),
      ('FOREIGN_INVESTED', 'PROFILE', '外资', 'Foreign-invested', 160),
      ('MNC_REGIONAL_HQ', 'PROFILE', '跨国公司地区总部', 'Regional headquarters of a multinational', 170),
      ('FOREIGN_RD_CENTER', 'PROFILE', '外资研发中心', 'Foreign-invested R&D centre', 180)
    `);
    await queryRunner.query(`
      INSERT INTO places (code, kind, name, name_en, sort_order) VALUES
      ('NANQIAO', 'TOWN', '南桥镇', 'Nanqiao Town', 10),
      ('FENGCHENG', 'TOWN', '奉城镇', 'Fengcheng Town', 20),
      ('ZHUANGHANG', 'TOWN', '庄行镇', 'Zhuanghang Town', 30),
      ('JINHUI', 'TOWN', '金汇镇', 'Jinhui Town', 40),
      ('SITUAN', 'TOWN', '四团镇', 'Situan Town', 50),
      ('QINGCUN', 'TOWN', '青村镇', 'Qingcun Town', 60),
      ('ZHELIN', 'TOWN', '柘林镇', 'Zhelin Town', 70),
      ('HAIWAN', 'TOWN', '海湾镇', 'Haiwan Town', 80),
      ('XIDU', 'STREET', '西渡街道', 'Xidu Subdistrict', 90),
      ('FENGPU', 'STREET', '奉浦街道', 'Fengpu Subdistrict', 100),
      ('JINHAI', 'STREET', '金海街道', 'Jinhai Subdistrict', 110),
      ('HAIWAN_TOURIST_ZONE', 'ZONE', '海湾旅游区', 'Haiwan Tourist Zone', 120)
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM places');
    await queryRunner.query('DELETE FROM tags');
    await queryRunner.query('DELETE FROM segments');
    await queryRunner.query('DELETE FROM industries');
  }
}
