import { forwardRef } from 'react';
import { Link, type LinkProps } from 'react-router';
import { useLanguage } from './language';
import { inLanguage } from './paths';

/** A link inside the site, in the current language (`to` is a path from `paths`). */
export const LocalLink = forwardRef<HTMLAnchorElement, Omit<LinkProps, 'to'> & { to: string }>(function LocalLink({ to, ...props }, ref) {
  const { language } = useLanguage();
  return <Link ref={ref} to={inLanguage(language, to)} {...props} />;
});

/** The current language's version of a path, for `navigate`. */
export function useLocalPath(): (path: string) => string {
  const { language } = useLanguage();
  return (path) => inLanguage(language, path);
}
