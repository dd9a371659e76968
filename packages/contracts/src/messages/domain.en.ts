/** English messages of sector duties and the equipment register (ADRs 0085, 0086), merged into EN. */
export const DOMAIN_EN = {
  errors: {
    'dust.unit_not_found': 'The dust unit does not exist or is outside your area',
    'dust.refused': 'You may not record the standing supervision of this unit',
    'sector_duty.manage_refused': 'Only the district safety office sets lead and co-responsible departments',
    'equipment.not_found': 'The equipment does not exist or is outside your area',
    'equipment.unit_not_found': 'The unit does not exist or is outside your area',
    'equipment.manage_refused': 'You may not register or change equipment of this unit',
    'equipment.changed_concurrently': 'The equipment was changed by someone else; reload and try again',
  },
  fieldProblems: {
    other_unit: 'must be equipment of this unit',
  },
  fields: {
    officerName: 'Safety officer',
    officerPhone: 'Officer’s phone',
    trainedOn: 'Training date',
    retrofitState: 'Dust-removal retrofit',
    retrofitDate: 'Retrofit completed on',
    retrofitPhotoId: 'Retrofit evidence photo',
    coDepartments: 'Co-responsible departments',
    registrationCode: 'Registration certificate no.',
    equipmentType: 'Equipment type',
    equipmentLocation: 'Location in the building',
    maintenanceCompany: 'Maintenance company',
    lastInspectionDate: 'Last periodic inspection',
    nextInspectionDate: 'Next periodic inspection',
    commissionedOn: 'In use since',
    equipmentId: 'Equipment',
  },
} as const;
