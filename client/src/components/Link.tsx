import type { MouseEvent, ReactNode } from "react";
import { type RoutePath, useRouter } from "../app/router";

/** Props of {@link Link}. */
export type LinkProps = {
  /** The screen to open. */
  to: RoutePath;
  children: ReactNode;
  className?: string;
  /** Opens in a new window (e.g. the room display on the projector). */
  newWindow?: boolean;
  /** Marks the link to the screen being shown (`aria-current="page"`). */
  current?: boolean;
};

/** An ordinary link that moves between screens without reloading the page. */
export function Link({ to, children, className, newWindow, current }: LinkProps) {
  const navigate = useRouter((s) => s.navigate);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (newWindow || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a
      href={to}
      className={className}
      onClick={onClick}
      aria-current={current ? "page" : undefined}
      {...(newWindow ? { target: "_blank", rel: "noopener" } : {})}
    >
      {children}
    </a>
  );
}
