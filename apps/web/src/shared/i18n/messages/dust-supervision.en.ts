import type { DUST_SUPERVISION_ZH_CN } from './dust-supervision.zh-cn';

/** Words of the dust units' standing supervision (ADR 0086). */
export const DUST_SUPERVISION_EN: Record<keyof typeof DUST_SUPERVISION_ZH_CN, string> = {
  'dust.summaryTitle': 'Standing supervision of dust units',
  'dust.unitTitle': 'Dust standing supervision',
  'dust.edit': 'Record',
  'dust.town': 'Town',
  'dust.units': 'Dust units',
  'dust.officerRate': 'Safety officers in place',
  'dust.retrofitRate': 'Dust-removal retrofits done',
  'dust.gaps': 'Units still without an officer or a finished retrofit ({count})',
  'dust.officer': 'Safety officer',
  'dust.officerYes': 'In place',
  'dust.officerNo': 'Missing',
  'dust.officerPhone': 'Phone',
  'dust.certificateNo': 'Training certificate no.',
  'dust.trainedOn': 'Training date',
  'dust.retrofit': 'Dust-removal retrofit',
  'dust.retrofitDate': 'Completed on',
  'dust.retrofitPhoto': 'Evidence photo',
  'dust.retrofitState.not_started': 'Not started',
  'dust.retrofitState.in_progress': 'In progress',
  'dust.retrofitState.done': 'Done',
};
