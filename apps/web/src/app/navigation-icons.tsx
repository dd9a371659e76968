import {
  AimOutlined, AlertOutlined, ApartmentOutlined, AuditOutlined, BellOutlined, CalendarOutlined, CameraOutlined, CheckSquareOutlined,
  ClusterOutlined, CustomerServiceOutlined, DashboardOutlined, EnvironmentOutlined, FileProtectOutlined, FileSearchOutlined, FileTextOutlined, FlagOutlined,
  FormOutlined, HomeOutlined, KeyOutlined, LockOutlined, MessageOutlined, ProfileOutlined, SafetyOutlined, ScheduleOutlined, SendOutlined,
  ShopOutlined, TeamOutlined, ThunderboltOutlined, ToolOutlined, UnorderedListOutlined, UploadOutlined, WarningOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { NavigationKey } from './navigation';

/** The icon beside each menu entry, also all that shows of it when the side menu is folded. */
export const NAVIGATION_ICON: Readonly<Record<NavigationKey, ComponentType>> = {
  dashboard: DashboardOutlined,
  tasks: ProfileOutlined,
  myUnit: HomeOutlined,
  hazards: WarningOutlined,
  report: FormOutlined,
  fieldReport: CameraOutlined,
  supervisions: FlagOutlined,
  publicReports: MessageOutlined,
  units: ShopOutlined,
  equipment: ToolOutlined,
  tenantReviews: ClusterOutlined,
  sectorDuties: ApartmentOutlined,
  unitImport: UploadOutlined,
  inspect: AuditOutlined,
  inspections: FileSearchOutlined,
  checklists: CheckSquareOutlined,
  campaigns: AimOutlined,
  patrols: EnvironmentOutlined,
  incidents: AlertOutlined,
  duty: CustomerServiceOutlined,
  warnings: ThunderboltOutlined,
  leadershipReports: FileTextOutlined,
  taskLists: UnorderedListOutlined,
  accounts: TeamOutlined,
  lockedAccounts: LockOutlined,
  apiKeys: KeyOutlined,
  riskPolicy: SafetyOutlined,
  calendar: CalendarOutlined,
  notificationChannels: BellOutlined,
  notificationDeliveries: SendOutlined,
  jobs: ScheduleOutlined,
  evidencePolicy: FileProtectOutlined,
};
