import type { SECTOR_CHECKLISTS_ZH_CN } from './sector-checklists.zh-cn';

/** Sector checklists and findings (ADR 0072), in English. */
export const SECTOR_CHECKLISTS_EN: Record<keyof typeof SECTOR_CHECKLISTS_ZH_CN, string> = {
  'checklist.finding': 'Finding',
  'checklist.findingHelp': 'How the problem reads when the item fails, e.g. “dust explosion area inside a residential area”; hazards raised from the item are titled with it.',
  'checklist.create': 'New checklist',
  'checklist.createTitle': 'New district checklist',
  'checklist.createNote': 'Write a checklist from nothing: each item’s requirement, finding, legal basis, hazard level and applicability. It is saved as version 1; later edits make new versions.',
  'checklist.code': 'District code',
  'checklist.codeHelp': 'Lower-case letters, digits and dashes, e.g. wj-warehouse; not a built-in checklist’s code.',
  'checklist.saveNew': 'Save checklist',
  'enum.unitKind.gas_supplier': 'Gas supplier',
  'hazard.inspectorNote': 'Inspector’s note',
  'field.subIndustry': 'Industry sub-sector',
  'unit.subIndustryHint': 'Order No. 10 then lists the general articles and only this sub-sector’s; left empty, every industry article is listed.',
  'enum.subIndustry.metallurgy': 'Metallurgy',
  'enum.subIndustry.nonferrous': 'Non-ferrous metals',
  'enum.subIndustry.building_materials': 'Building materials',
  'enum.subIndustry.machinery': 'Machinery',
  'enum.subIndustry.light_industry': 'Light industry',
  'enum.subIndustry.textile': 'Textiles',
  'enum.subIndustry.tobacco': 'Tobacco',
  'enum.subIndustry.commerce': 'Commerce and trade',
};
