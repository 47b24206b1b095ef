import { AppShell, Box, Burger, Group, Menu, NavLink, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconLogout } from '@tabler/icons-react';
import { Suspense } from 'react';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { useMe, useSession } from '../auth/session';
import { ROLE } from '../i18n/labels';
import { NotificationBell } from '../pages/notifications/notification-bell';
import { HeaderSearch } from '../pages/search/header-search';
import { PageLoader } from '../ui/page-loader';
import { NAV_ITEMS } from './navigation';

export function Layout() {
  const me = useMe();
  const { signOut } = useSession();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const items = NAV_ITEMS.filter((item) => item.visible(me));

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a href="#noi-dung" className="skip-link">
        Bỏ qua, đến nội dung chính
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Mở hoặc đóng trình đơn" />
            <Text fw={700} c="red.9" size="lg" className="app-name">
              Chỉ Đạo
            </Text>
          </Group>
          {/* min-width 0 down to the name: on a phone the name gives way (with "…"), not the screen's edge. */}
          <Group gap="xs" wrap="nowrap" miw={0}>
            <HeaderSearch />
            <NotificationBell />
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <UnstyledButton className="account-button">
                  {/* Named by its visible text (WCAG 2.5.3), with what it is for a screen reader. */}
                  <VisuallyHidden>Tài khoản: </VisuallyHidden>
                  <Group gap={6} wrap="nowrap" miw={0}>
                    <Box miw={0}>
                      <Text size="sm" fw={600} lh={1.2} truncate maw={180} title={me.displayName}>
                        {me.displayName}
                      </Text>
                      <Text size="xs" c="dimmed" lh={1.2} visibleFrom="xs">
                        {ROLE[me.role]}
                      </Text>
                    </Box>
                    <IconChevronDown size={14} aria-hidden />
                  </Group>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{me.username}</Menu.Label>
                <Menu.Item leftSection={<IconLogout size={14} aria-hidden />} onClick={() => void signOut()}>
                  Đăng xuất
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Điều hướng chính">
        <VisuallyHidden>
          <h2>Trình đơn</h2>
        </VisuallyHidden>
        {items.map((item) => (
          <NavLink
            key={item.to}
            component={RouterNavLink}
            to={item.to}
            label={item.label}
            active={location.pathname === item.to || location.pathname.startsWith(`${item.to}/`)}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="noi-dung" tabIndex={-1}>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
