import { CATEGORY_LABELS, type ProblemCategory } from '@shangliang/contracts/problem/category';
import { useConsoleText } from '../i18n/use-console-text';

/** A category code in the console's language. */
export function useCategoryLabel(): (code: string) => string {
  const { label } = useConsoleText();
  return (code) => label(CATEGORY_LABELS[code as ProblemCategory], code);
}
