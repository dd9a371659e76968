/** 复查与销号证据的提示（ADR 0087），合并进 ZH_CN / EN。 */
export const EVIDENCE_MESSAGES_ZH = {
  errors: {
    'hazard.review_evidence_required': '销号须有复查照片：请先由网格员登记复查（附照片），或在销号时上传复查照片',
    'evidence.manage_refused': '只有区安委办可以设置证据照片规则',
  },
  fieldProblems: {
    review_evidence_required: '请上传复查照片',
  },
  fields: {
    finding: '复查结论',
    generalReviewPhotos: '一般隐患销号须附复查照片',
    maxPhotoAgeHours: '照片拍摄时间最早（小时前）',
    maxPhotoDistanceMetres: '照片拍摄地点最远（米）',
  },
} as const;

export const EVIDENCE_MESSAGES_EN = {
  errors: {
    'hazard.review_evidence_required': 'Closing needs review photos: have the grid worker record a review visit with photos, or add review photos when closing',
    'evidence.manage_refused': 'Only the district office sets the evidence photo rules',
  },
  fieldProblems: {
    review_evidence_required: 'Add review photos',
  },
  fields: {
    finding: 'Review finding',
    generalReviewPhotos: 'Review photos for closing general hazards',
    maxPhotoAgeHours: 'Oldest photo (hours before upload)',
    maxPhotoDistanceMetres: 'Farthest photo (metres from the unit)',
  },
} as const;
