import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BranchesOutlined,
  ClusterOutlined,
  NodeIndexOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  FileAddOutlined,
  FundOutlined,
  GiftOutlined,
  ReadOutlined,
  FunnelPlotOutlined,
  ProjectOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

const ICONS: Readonly<Record<string, ReactNode>> = {
  '/leads': <FunnelPlotOutlined />,
  '/enterprises': <BankOutlined />,
  '/referrals': <AuditOutlined />,
  '/funds': <FundOutlined />,
  '/projects': <ProjectOutlined />,
  '/policy-qualified': <GiftOutlined />,
  '/dashboard': <DashboardOutlined />,
  '/my-referrals': <FileAddOutlined />,
  '/my-funds': <FundOutlined />,
  '/chain': <ClusterOutlined />,
  '/chain-overview': <BranchesOutlined />,
  '/supply-chain': <NodeIndexOutlined />,
  '/settings': <SettingOutlined />,
  '/settings/users': <TeamOutlined />,
  '/settings/organizations': <ApartmentOutlined />,
  '/settings/reference': <DatabaseOutlined />,
  '/settings/policies': <ReadOutlined />,
  '/settings/referral-rules': <SafetyCertificateOutlined />,
};

export function menuIcon(path: string): ReactNode {
  return ICONS[path];
}
