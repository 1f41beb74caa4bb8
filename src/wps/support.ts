/**
 * Can this WPS browser run the bundle? WPS ships its own Chromium; old builds (and old 统信 / 麒麟
 * desktops) may lack what the engine and the pane need. The rule is the one every host uses
 * (src/app/support.ts); checked before anything else runs, so the page shows a plain message instead
 * of a blank pane. (A browser too old to even parse the bundle keeps the static message of the HTML
 * page, which says the same.)
 */
export { missingFeatures, wpsUnsupportedMessage as unsupportedMessage } from '../app/support';
