import { assignmentApi, type Department } from '../api/assignment.api';
import { useQuery } from './use-query';

/**
 * The departments of the council to refer to (GET /departments, any staff). Null when the list
 * cannot be loaded; the form then asks for the department id.
 */
export function useDepartments(): Department[] | null | undefined {
  const [departments] = useQuery(() => assignmentApi.departments(), []);
  if (departments.status === 'loading') return undefined;
  return departments.status === 'ready' ? departments.data : null;
}
