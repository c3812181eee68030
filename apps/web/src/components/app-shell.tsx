import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { SignOutButton } from '../auth/sign-out-button.tsx';

export interface NavGroup {
  /** Shown above the group's links, for example "System Management". */
  label?: string;
  links: { to: string; label: string }[];
}

interface AppShellProps {
  /** Names the area for assistive tech and in the top bar, for example "Developer portal". */
  areaLabel: string;
  homePath: string;
  navGroups: NavGroup[];
  userName: string;
}

/**
 * The frame of a signed-in area: top bar (product, area navigation, user, Sign out) and the
 * page. Moves focus to the page after each navigation so keyboard and screen reader users
 * start reading the new page, not the old link.
 */
export function AppShell({ areaLabel, homePath, navGroups, userName }: AppShellProps) {
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle';
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top-bar">
        <div className="top-bar__inner">
          <Link to={homePath} className="brand">
            <svg className="brand__mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M4 21V9l8-6 8 6v12h-5v-6a3 3 0 0 0-6 0v6H4z" />
            </svg>
            Gatehouse
          </Link>
          <span className="top-bar__area">{areaLabel}</span>
          <nav className="top-nav" aria-label={areaLabel}>
            {navGroups.map((group, i) => (
              <div
                key={group.label ?? i}
                className="top-nav__group"
                role={group.label ? 'group' : undefined}
                aria-labelledby={group.label ? `nav-group-${i}` : undefined}
              >
                {group.label ? (
                  <span id={`nav-group-${i}`} className="top-nav__group-label">
                    {group.label}
                  </span>
                ) : null}
                <ul className="top-nav__links">
                  {group.links.map((link) => (
                    <li key={link.to}>
                      <NavLink to={link.to} className="top-nav__link">
                        {link.label}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </nav>
          <div className="top-bar__user">
            <span className="top-bar__name">
              <span className="visually-hidden">Signed in as </span>
              {userName}
            </span>
            <SignOutButton />
          </div>
        </div>
        <div className={`progress${busy ? ' progress--active' : ''}`} aria-hidden="true" />
      </header>
      <main id="main" ref={main} tabIndex={-1} className="main" aria-busy={busy || undefined}>
        <Outlet />
      </main>
    </div>
  );
}
