import { assignmentApi, type Department } from '../api/assignment.api';
import { useQuery } from './use-query';

/**
 * The departments to refer to (GET /admin/departments). Only admins and vice-chairs may read
 * that list today; for everyone else this is null and the form asks for the department id.
 */
export function useDepartments(): Department[] | null | undefined {
  const [departments] = useQuery(() => assignmentApi.departments(), []);
  if (departments.status === 'loading') return undefined;
  return departments.status === 'ready' ? departments.data : null;
}
