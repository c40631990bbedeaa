// The widget's modules that a calculator's own code (kind-*.js, loaded on
// demand) draws with. The site build does not copy them into those files:
// they take them from the widget already on the page, through this registry
// (web/tools/build-site.mjs). The key names the version, so that two
// versions of the widget on one page never lend each other their modules.
import * as dom from './dom.js';
import * as fields from './fields.js';

export const WIDGET_KIT_MODULES = { 'dom.js': dom, 'fields.js': fields };

// The version is set by the build; from source, modules are imported directly.
export const widgetKitKey = Symbol.for(`passaparola.widget-kit@${typeof WIDGET_VERSION === 'undefined' ? 'source' : WIDGET_VERSION}`);

export function lendWidgetKit() {
  globalThis[widgetKitKey] ??= WIDGET_KIT_MODULES;
}
