import type { HazardCategory } from '../../hazards/hazard.js';
import type { ChecklistItem } from '../checklist.js';
import { articleName, checkItem, cite, REGULATIONS, UNCONFIRMED } from './citations.js';

/**
 * 房屋市政工程重大事故隐患检查表 after 《房屋市政工程生产安全重大事故隐患判定标准（2022版）》（建质规〔2022〕2号）,
 * 第三条至第十三条, restated as checks in our own words; every failure is a 重大事故隐患. Clauses seen in a
 * public source (第三条第（一）项, 第六条 all five) are cited plainly; the others follow the standard's
 * usual wording and carry UNCONFIRMED until checked (docs/reference/checklist-sources.md). 第十四条
 * (其他严重违法且有现实危险的情形) is the inspector's judgement and has no item of its own.
 */
const CONFIRMED = new Set(['3-1', '6-1', '6-2', '6-3', '6-4', '6-5']);
const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七'];
const SECTIONS: Readonly<Record<number, readonly [string, HazardCategory]>> = {
  3: ['施工安全管理', 'management'],
  4: ['基坑工程', 'construction'],
  5: ['模板工程', 'construction'],
  6: ['脚手架工程', 'construction'],
  7: ['起重机械及吊装工程', 'special_equipment'],
  8: ['高处作业', 'construction'],
  9: ['施工临时用电', 'electrical'],
  10: ['有限空间作业', 'confined_space'],
  11: ['拆除工程', 'construction'],
  12: ['暗挖工程', 'construction'],
  13: ['淘汰工艺设备材料', 'construction'],
};

function site(article: number, item: number, text: string, finding: string): ChecklistItem {
  const [section, category] = SECTIONS[article] ?? ['其他', 'construction'];
  const clause = item > 0 ? `${articleName(article)}第（${NUMERALS[item] ?? String(item)}）项` : articleName(article);
  const article_ = CONFIRMED.has(`${article}-${item}`) ? clause : `${clause}${UNCONFIRMED}`;
  const id = `CM-${String(article).padStart(2, '0')}-${String(Math.max(item, 1)).padStart(2, '0')}`;
  return checkItem(id, `${articleName(article)} ${section}`, text, finding, [cite(REGULATIONS.constructionMajor, article_)], {
    category, sectors: ['construction'], level: 'major',
  });
}

export const CONSTRUCTION_ITEMS: readonly ChecklistItem[] = [
  site(3, 1, '建筑施工企业取得安全生产许可证后从事施工活动', '建筑施工企业未取得安全生产许可证擅自施工'),
  site(3, 2, '施工单位主要负责人、项目负责人、专职安全生产管理人员持安全生产考核合格证书', '施工单位主要负责人、项目负责人或专职安全员未取得安全生产考核合格证书'),
  site(3, 3, '建筑施工特种作业人员持操作资格证书上岗', '建筑施工特种作业人员无操作资格证书上岗作业'),
  site(3, 4, '危大工程编制并审核专项施工方案；超过一定规模的危大工程方案经专家论证', '危大工程未编制、审核专项施工方案，或超规模危大工程方案未经专家论证'),
  site(4, 1, '对基坑施工可能损害的毗邻建筑物、构筑物和地下管线采取专项防护措施', '未对基坑施工可能损害的毗邻建（构）筑物、地下管线采取专项防护措施'),
  site(4, 2, '基坑土方未超挖，或超挖已采取有效措施', '基坑土方超挖且未采取有效措施'),
  site(4, 3, '深基坑施工进行第三方监测', '深基坑施工未进行第三方监测'),
  site(4, 4, '基坑无坍塌预兆（支护或周边建筑变形超控制值、侧壁大量漏水流土、坑底管涌、桩间土流失孔洞超桩径），出现时及时处理',
    '基坑出现坍塌风险预兆（变形超控制值、漏水流土、管涌或桩间土流失）未及时处理'),
  site(5, 1, '模板工程地基基础承载力和变形满足设计要求', '模板工程地基基础承载力或变形不满足设计要求'),
  site(5, 2, '模板支架承受的施工荷载不超过设计值', '模板支架施工荷载超过设计值'),
  site(5, 3, '模板支架拆除及滑模、爬模爬升时混凝土强度达到设计或规范要求', '混凝土强度未达要求即拆除模板支架或滑模、爬模爬升'),
  site(6, 1, '脚手架地基基础承载力和变形满足设计要求', '脚手架地基基础承载力或变形不满足设计要求'),
  site(6, 2, '脚手架按要求设置连墙件，无整层缺失', '脚手架未设置连墙件或连墙件整层缺失'),
  site(6, 3, '附着式升降脚手架经验收合格后投入使用', '附着式升降脚手架未经验收合格即投入使用'),
  site(6, 4, '附着式升降脚手架防倾覆、防坠落、同步升降控制装置符合设计要求且有效', '附着式升降脚手架防倾覆、防坠落或同步升降控制装置不符合设计要求、失效或被拆除破坏'),
  site(6, 5, '附着式升降脚手架使用中架体悬臂高度不大于架体高度的2/5且不大于6米', '附着式升降脚手架架体悬臂高度大于架体高度的2/5或大于6米'),
  site(7, 1, '塔式起重机、施工升降机、物料提升机等经验收合格并办理使用登记后使用', '起重机械未经验收合格即使用，或未办理使用登记'),
  site(7, 2, '塔式起重机独立起升高度、附着间距、最高附着以上悬高及垂直度符合规范', '塔式起重机独立起升高度、附着间距、悬高或垂直度不符合规范'),
  site(7, 3, '施工升降机附着间距、最高附着以上悬高及垂直度符合规范', '施工升降机附着间距、悬高或垂直度不符合规范'),
  site(7, 4, '起重机械安装、拆卸、顶升加节和附着前检查结构件、顶升机构、附着装置、连接件和安全装置', '起重机械安拆、顶升加节或附着前未检查结构件、连接件和安全装置'),
  site(7, 5, '建筑起重机械安全装置齐全有效，未被违规拆除、破坏', '建筑起重机械安全装置不齐全、失效或被违规拆除、破坏'),
  site(7, 6, '施工升降机防坠安全器在检验有效期内，标准节连接螺栓齐全有效', '施工升降机防坠安全器超过检验有效期，或标准节连接螺栓缺失、失效'),
  site(7, 7, '建筑起重机械地基基础承载力和变形满足设计要求', '建筑起重机械地基基础承载力或变形不满足设计要求'),
  site(8, 1, '钢结构、网架安装用支撑结构地基满足设计要求并按设计设置防倾覆装置', '钢结构、网架安装支撑结构地基不满足设计要求或未设防倾覆装置'),
  site(8, 2, '单榀钢桁架（屋架）安装时采取防失稳措施', '单榀钢桁架（屋架）安装未采取防失稳措施'),
  site(8, 3, '悬挑式操作平台的搁置点、拉结点、支撑点设在稳定的主体结构上并可靠连接', '悬挑式操作平台搁置点、拉结点或支撑点未设在稳定主体结构上或连接不可靠'),
  site(9, 0, '隧道、人防工程及高温、导电灰尘、潮湿等特殊环境照明使用安全电压', '特殊作业环境照明未使用安全电压'),
  site(10, 0, '有限空间作业履行审批，对作业人员专项培训，执行“先通风、再检测、后作业”', '有限空间作业未审批、未专项培训或未执行“先通风、再检测、后作业”'),
  site(11, 0, '拆除施工作业顺序符合规范和施工方案', '拆除作业顺序不符合规范或施工方案'),
  site(12, 1, '暗挖作业面不带水施工，地下水控制措施有效', '暗挖作业面带水施工未采取措施，或地下水控制失效仍继续施工'),
  site(12, 2, '暗挖出现涌水、涌沙、局部坍塌或支护变形开裂并发展时及时采取措施', '暗挖出现涌水涌沙、局部坍塌或支护变形开裂持续发展未及时处置'),
  site(13, 0, '未使用危及生产安全的淘汰施工工艺、设备和材料', '使用国家或地方明令淘汰的危及生产安全的施工工艺、设备或材料'),
];
