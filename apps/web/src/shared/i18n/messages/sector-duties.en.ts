import type { SECTOR_DUTIES_ZH_CN } from './sector-duties.zh-cn';

/** Words of the 三管三必须 page (ADR 0085) and the hazard record. */
export const SECTOR_DUTIES_EN: Record<keyof typeof SECTOR_DUTIES_ZH_CN, string> = {
  'nav.sectorDuties': 'Sector duties',
  'sectorDuties.title': 'Lead and co-responsible departments per sector',
  'sectorDuties.intro': 'Whoever manages a sector, a line of business or production also answers for its safety: each sector has one lead department and co-responsible departments. Co-responsible departments see and follow the sector’s hazards, units and figures.',
  'sectorDuties.lead': 'Lead department',
  'sectorDuties.co': 'Co-responsible departments',
  'sectorDuties.edit': 'Change',
  'sectorDuties.editTitle': 'Change the division of work',
};
