import type { ChecklistItem } from '../checklist.js';
import { checkItem, cite, REGULATIONS, type ItemOptions } from './citations.js';

/**
 * 燃气用户（餐饮等非居民用户）安全检查表 (reference §6.8). Sector 城镇燃气: never judged by 第10号令; its own
 * major-hazard standard (建城规〔2023〕4号) is for gas companies, so user checks here are general.
 */
const user = (id: string, section: string, text: string, finding: string, basis: ReturnType<typeof cite>, options: Partial<ItemOptions> = {}): ChecklistItem =>
  checkItem(`GAS-${id}`, section, text, finding, [basis], { category: 'gas', tags: ['gas_use'], ...options });

const APPLIANCE = '燃具与连接';
const SAFETY = '安全装置';
const CYLINDER = '液化石油气';
const USE = '使用管理';

export const GAS_USER_ITEMS: readonly ChecklistItem[] = [
  user('01', APPLIANCE, '灶具带熄火保护装置，燃具在使用年限内（灶具、热水器一般8年）', '灶具无熄火保护装置，或燃具超过使用年限', cite(REGULATIONS.gasOperation, '第3.5节（用户安全检查）')),
  user('02', APPLIANCE, '连接软管为不锈钢波纹管或金属包覆软管，无普通橡胶管，软管未穿墙、未老化', '使用普通橡胶软管，或连接软管穿墙、老化', cite(REGULATIONS.gasOperation, '第3.5节（用户安全检查）')),
  user('03', APPLIANCE, '热水器烟道通向室外，室内无直排式热水器', '室内使用直排式热水器，或热水器烟道未通向室外', cite(REGULATIONS.gasOperation, '第3.5节（用户安全检查）')),
  user('04', SAFETY, '餐饮等非居民用户安装可燃气体泄漏报警器，管道燃气用户设与报警器联锁的紧急自动切断阀', '餐饮等非居民用户未安装可燃气体泄漏报警器，或管道燃气未设联锁紧急切断阀', cite(REGULATIONS.gasOperation, '第3.5节（用户安全检查）')),
  user('05', SAFETY, '同一房间内未同时使用管道燃气和液化石油气钢瓶', '同一房间内同时使用管道燃气和液化石油气钢瓶', cite(REGULATIONS.gasRegulation, '第二十八条')),
  user('06', CYLINDER, '液化石油气钢瓶来自有资质的供应企业，在检验有效期内，未存放在地下室或半地下室', '液化石油气钢瓶来源不明、超过检验期或存放在地下室、半地下室', cite(REGULATIONS.gasRegulation, '第二十八条')),
  user('07', CYLINDER, '无加热、倒置、倒灌钢瓶等行为', '存在加热、倒置或倒灌液化石油气钢瓶的行为', cite(REGULATIONS.gasRegulation, '第二十八条')),
  user('08', USE, '无燃气泄漏（肥皂水检漏，严禁明火试漏），管道无锈蚀、未承重、未作接地引线，燃气表完好', '燃气设施漏气，或管道锈蚀、承重、用作接地引线，或燃气表损坏', cite(REGULATIONS.gasRegulation, '第二十八条')),
  user('09', USE, '未擅自安装、改装、拆除户内燃气设施和计量装置', '擅自安装、改装或拆除户内燃气设施、计量装置', cite(REGULATIONS.gasRegulation, '第二十八条')),
  user('10', USE, '用气时保持通风，用后关闭阀门', '用气时未保持通风，或用后未关闭阀门', cite(REGULATIONS.gasOperation, '第3.5节（用户安全检查）')),
];
