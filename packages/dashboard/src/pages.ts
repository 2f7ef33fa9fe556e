// The dashboard's pages: one table from which the navigation, the router and the role check are
// derived. Each page is its own chunk, loaded when first opened.
import type { ComponentType } from 'preact';
import type { Session } from './session.js';

/** What every page component receives. */
export interface PageProps {
  session: Session;
}

/** One page of the dashboard. */
export interface PageDef {
  /** The hash route (`#/instances`). */
  id: string;
  title: string;
  /** Only users with the admin role see it. */
  admin: boolean;
  load: () => Promise<{ default: ComponentType<PageProps> }>;
}

/** Every page, in navigation order. */
export const PAGES: PageDef[] = [
  { id: 'overview', title: 'Overview', admin: false, load: () => import('./pages/overview.js') },
  { id: 'instances', title: 'Instances', admin: false, load: () => import('./pages/instances.js') },
  { id: 'images', title: 'Images', admin: false, load: () => import('./pages/images.js') },
  { id: 'volumes', title: 'Volumes', admin: false, load: () => import('./pages/volumes.js') },
  { id: 'networks', title: 'Networks', admin: false, load: () => import('./pages/networks.js') },
  { id: 'floating-ips', title: 'Floating IPs', admin: false, load: () => import('./pages/floating-ips.js') },
  { id: 'security-groups', title: 'Security groups', admin: false, load: () => import('./pages/security-groups.js') },
  { id: 'key-pairs', title: 'Key pairs', admin: false, load: () => import('./pages/key-pairs.js') },
  { id: 'projects', title: 'Projects (admin)', admin: true, load: () => import('./pages/projects.js') },
  { id: 'users', title: 'Users (admin)', admin: true, load: () => import('./pages/users.js') },
  { id: 'roles', title: 'Roles (admin)', admin: true, load: () => import('./pages/roles.js') },
  { id: 'hypervisors', title: 'Hypervisors (admin)', admin: true, load: () => import('./pages/hypervisors.js') },
  { id: 'flavors', title: 'Flavors (admin)', admin: true, load: () => import('./pages/flavors.js') },
];

/** The pages a user may open: admin pages only for admins. */
export function visiblePages(isAdmin: boolean): PageDef[] {
  return PAGES.filter((p) => isAdmin || !p.admin);
}

/** The page a hash names, among those visible (else the overview). */
export function pageFor(hash: string, isAdmin: boolean): PageDef {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  const pages = visiblePages(isAdmin);
  return pages.find((p) => p.id === id) ?? (pages[0] as PageDef);
}
