import type { ExportLabels } from './export-labels.js';

/** Words of exported lists in English. */
export const EXPORT_EN: ExportLabels = {
  titles: {
    hazards: 'Hazards', units: 'Units', inspections: 'Inspections', campaign_units: 'Campaign units', patrols: 'Patrols', tenant_reviews: 'Tenant reviews',
    notification_deliveries: 'Notification deliveries',
  },
  headings: {
    hazards: {
      title: 'Hazard', unit: 'Unit', town: 'Town', village: 'Village', sector: 'Sector', category: 'Category', level: 'Level',
      source: 'Source', status: 'Status', foundAt: 'Found at', reportedAt: 'Reported at', deadline: 'Deadline', daysOverdue: 'Days overdue',
      escalation: 'Escalation', assignee: 'Assignee', closedAt: 'Closed at', legalBasis: 'Legal basis', description: 'Description',
    },
    units: {
      name: 'Name', creditCode: 'Credit code', kind: 'Kind', sector: 'Sector', department: 'Department', town: 'Town',
      village: 'Village', address: 'Address', riskTags: 'Risk tags', employees: 'Employees', floorArea: 'Floor area (m²)', contact: 'Contact',
      phone: 'Phone', status: 'Status', createdAt: 'Registered at',
    },
    inspections: {
      unit: 'Unit', town: 'Town', village: 'Village', sector: 'Sector', kind: 'Kind', status: 'Status', checklist: 'Checklist',
      inspector: 'Inspector', startedAt: 'Started at', finishedAt: 'Finished at', items: 'Items', failedItems: 'Failed items', signedBy: 'Signed by',
    },
    campaign_units: {
      unit: 'Unit', kind: 'Kind', status: 'Status', town: 'Town', village: 'Village', inspected: 'Inspected',
      lastInspectedAt: 'Last inspected at', hazardsFound: 'Hazards found', hazardsOpen: 'Hazards open',
    },
    patrols: {
      unit: 'Unit', kind: 'Kind', town: 'Town', village: 'Village', riskLevel: 'Risk level', intervalDays: 'Interval (days)',
      lastVisitedOn: 'Last visited', dueOn: 'Due on', state: 'State',
    },
    tenant_reviews: {
      park: 'Park (lessor)', tenant: 'Tenant', creditCode: 'Credit code', business: 'Business', riskTags: 'Risk tags', town: 'Town',
      status: 'Status', leaseStartsOn: 'Lease starts', leaseEndsOn: 'Lease ends', safetyAgreement: 'Safety agreement', fireAcceptance: 'Fire acceptance',
      appliedBy: 'Applied by', appliedAt: 'Applied at', decidedBy: 'Decided by', decidedAt: 'Decided at', decisionReason: 'Reason',
    },
    notification_deliveries: {
      createdAt: 'Created at', channel: 'Channel', receiver: 'Receiver', title: 'Title', status: 'Status', attempts: 'Attempts', sentAt: 'Sent at',
      lastError: 'Last error',
    },
  },
  filters: {
    status: 'Status', level: 'Level', source: 'Source', category: 'Category', sector: 'Sector', regionCode: 'Region', gridId: 'Grid', unitId: 'Unit',
    assigneeId: 'Assignee', overdue: 'Overdue', reportedFrom: 'Reported from', reportedTo: 'Reported to', deadlineFrom: 'Deadline from',
    deadlineTo: 'Deadline to', q: 'Text', kind: 'Kind', tag: 'Risk tag', riskLevel: 'Risk level', parentId: 'Park', sort: 'Sort',
    campaignId: 'Campaign', inspectorId: 'Inspector', finishedFrom: 'Finished from', finishedTo: 'Finished to', state: 'State',
    townCode: 'Town', gridWorkerId: 'Grid worker', parkId: 'Park', channel: 'Channel',
  },
  words: { exportedAt: 'Exported at', exportedBy: 'Exported by', filters: 'Filters', none: 'none', yes: 'Yes', no: 'No', separator: '; ' },
  vocabulary: {
    hazardStatus: { reported: 'To verify', assigned: 'Being rectified', submitted: 'To re-inspect', closed: 'Closed', dismissed: 'Dismissed' },
    hazardLevel: { general: 'General', major: 'Major' },
    hazardSource: { inspection: 'Inspection', patrol: 'Grid patrol', self_check: 'Self-check', public: 'Public report', campaign: 'Campaign' },
    hazardCategory: { fire_safety: 'Fire equipment', fire_lane: 'Fire lanes and exits', electrical: 'Electrical', gas: 'Gas', dust_explosion: 'Dust explosion', hazardous_chemicals: 'Hazardous chemicals', structural: 'Building structure', special_equipment: 'Special equipment', confined_space: 'Confined space', construction: 'Construction', occupancy: 'Illegal living quarters', management: 'Safety management', other: 'Other' },
    sector: { industry_trade: 'Industry and trade', hazardous_chemicals: 'Hazardous chemicals', construction: 'Construction', town_gas: 'Town gas', self_built_house: 'Self-built houses', fire: 'Fire safety', group_rental: 'Group rentals', special_equipment: 'Special equipment', road_transport: 'Road transport', education: 'Education', health: 'Health', civil_affairs: 'Civil affairs', commerce: 'Commerce' },
    department: { emergency: 'Emergency Management Bureau', housing: 'Housing and Construction Bureau', fire: 'Fire and Rescue Brigade', market: 'Market Regulation Bureau', transport: 'Transport Bureau', public_security: 'Public Security Bureau', education: 'Education Bureau', health: 'Health Commission', civil_affairs: 'Civil Affairs Bureau', commerce: 'Commerce Bureau' },
    escalation: { none: 'None', town: 'Town', department: 'Department', district: 'District' },
    unitKind: { enterprise: 'Industrial or trading enterprise', hazardous_chemicals: 'Hazardous chemicals business', construction_site: 'Construction site', small_venue: 'Small venue', group_rental: 'Group rental', self_built_house: 'Self-built house in business use', gas_user: 'Gas user', crowded_place: 'Crowded place', park: 'Sub-leased factory park', school: 'School', medical: 'Medical institution', elderly_care: 'Elderly care home', logistics: 'Logistics company', gas_supplier: 'Gas supplier' },
    unitStatus: { active: 'Operating', suspended: 'Suspended', closed: 'Closed' },
    riskTag: { dust: 'Combustible dust', hazardous_chemicals: 'Hazardous chemicals', confined_space: 'Confined space', ammonia_refrigeration: 'Ammonia refrigeration', molten_metal: 'Molten metal', crowded: 'Crowded', gas_use: 'Uses gas', sublet_tenant: 'Sub-leased tenant', lithium_battery: 'Lithium batteries', special_equipment: 'Special equipment', hot_work: 'Hot work' },
    riskLevel: { red: 'Red', orange: 'Orange', yellow: 'Yellow', blue: 'Blue' },
    inspectionStatus: { in_progress: 'In progress', finished: 'Finished', cancelled: 'Cancelled' },
    inspectionKind: { supervision: 'Supervision', self_inspection: 'Self-inspection' },
    patrolState: { late: 'Late', due: 'Due', ok: 'OK' },
    tenantReviewStatus: { submitted: 'Waiting', approved: 'Approved', rejected: 'Rejected', withdrawn: 'Withdrawn' },
    channel: { wecom: 'WeCom robot', dingtalk: 'DingTalk robot', webhook: 'Webhook', email: 'E-mail', sms: 'SMS (log only)' },
    deliveryStatus: { pending: 'Pending', sent: 'Sent', failed: 'Failed' },
  },
};
