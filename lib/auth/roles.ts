// Two roles: editors record updates and edit the catalogue; admins can also
// manage people. An admin can do everything an editor can.
import type { Role } from '@/lib/generated/prisma/enums';

export type Access = Role;

export const ROLE_LABELS: Record<Role, string> = { EDITOR: 'Editor', ADMIN: 'Admin' };

export function hasAccess(role: Role, needed: Access): boolean {
  return needed === 'EDITOR' || role === 'ADMIN';
}
