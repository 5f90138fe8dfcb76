// The native menu's wording in each interface language: the menu follows the language chosen in Settings.
import type { Theme } from '../../core/userdb/model';

/** The interface languages the menu is written in (the `locale` setting). */
export type MenuLocale = 'en' | 'vi';

/** Every label of the native menu; `&` marks the Alt access key on Windows and Linux. */
interface MenuLabels {
  file: string;
  edit: string;
  view: string;
  go: string;
  help: string;
  exportPdf: string;
  exportNotes: string;
  importNotes: string;
  print: string;
  find: string;
  theme: string;
  themes: Record<Theme, string>;
  back: string;
  forward: string;
  search: string;
  about: (appName: string) => string;
  licences: string;
}

/** The menu's wording per language. */
export const MENU_LABELS: Record<MenuLocale, MenuLabels> = {
  en: {
    file: '&File',
    edit: '&Edit',
    view: '&View',
    go: '&Go',
    help: '&Help',
    exportPdf: 'Export PDF…',
    exportNotes: 'Export Notes…',
    importNotes: 'Import Notes…',
    print: 'Print…',
    find: 'Find in Document',
    theme: 'Theme',
    themes: { system: 'System', light: 'Light', dark: 'Dark', sepia: 'Sepia' },
    back: 'Back',
    forward: 'Forward',
    search: 'Search',
    about: (appName) => `About ${appName}`,
    licences: 'Third-party Licences',
  },
  vi: {
    file: '&Tệp',
    edit: '&Sửa',
    view: '&Xem',
    go: '&Đi tới',
    help: 'T&rợ giúp',
    exportPdf: 'Xuất PDF…',
    exportNotes: 'Xuất ghi chú…',
    importNotes: 'Nhập ghi chú…',
    print: 'In…',
    find: 'Tìm trong văn bản',
    theme: 'Giao diện',
    themes: { system: 'Theo hệ thống', light: 'Sáng', dark: 'Tối', sepia: 'Nâu đọc sách' },
    back: 'Lùi lại',
    forward: 'Tiến tới',
    search: 'Tìm kiếm',
    about: (appName) => `Giới thiệu ${appName}`,
    licences: 'Giấy phép bên thứ ba',
  },
};

/** The menu language a `settings:get` / `settings:update` answer names, or null for any other answer. */
export function menuLocaleOf(channel: string, result: unknown): MenuLocale | null {
  if (channel !== 'settings:get' && channel !== 'settings:update') return null;
  if (typeof result !== 'object' || result === null || !('ok' in result) || result.ok !== true) return null;
  const value = 'value' in result ? result.value : null;
  const locale = typeof value === 'object' && value !== null && 'locale' in value ? value.locale : null;
  return locale === 'en' || locale === 'vi' ? locale : null;
}
