import type { ComponentChildren } from 'preact';
import { onLinkClick } from '../routing/router';

export function Link({ href, class: className, children, current }: { href: string; class?: string; children: ComponentChildren; current?: boolean }) {
  return (
    <a href={href} class={className} aria-current={current ? 'page' : undefined} onClick={onLinkClick(href)}>
      {children}
    </a>
  );
}
