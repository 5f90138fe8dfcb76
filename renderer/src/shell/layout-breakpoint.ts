// The one width at which the workspace changes layout, kept free of DOM types so the e2e tests can read it too.

/** The width, in CSS pixels, under which the side panes are drawers; the CSS follows the `app-narrow` class. */
export const DRAWER_LAYOUT_BELOW_PX = 1100;
