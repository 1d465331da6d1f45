/**
 * The settings schema: types, defaults, site patterns, validation and migrations. Pure data rules,
 * no storage: the document_start prefetch (settings-read.ts) carries this and nothing heavier.
 */
import { CONTENT_SCRIPT_MATCHES } from './extension-constants';

export interface OverlaySettings {
  /** Routing header collapsed by default. */
  routingCollapsed: boolean;
  /** Colour classification markings. */
  highlightMarkings: boolean;
  /** Show TAG and marking explanations. */
  explainTags: boolean;
  permalinkStyle: 'anchor-and-fragment' | 'fragment-only' | 'site-anchors';
  /** 'page' follows the page's (or system's) colour scheme. */
  theme: 'page' | 'light' | 'dark';
  font: 'serif' | 'sans' | 'mono';
}

export interface Settings extends OverlaySettings {
  /** Master switch. */
  enabled: boolean;
  /**
   * Per-site rules: match pattern → on/off. Keys are the built-in patterns
   * (CONTENT_SCRIPT_MATCHES), user-site patterns, or one host (`*://host/*`). Absent = on.
   */
  sites: Record<string, boolean>;
  /** Sites the reader added (`*://host/*`), each backed by a granted optional host permission. */
  userSites: string[];
}

/** What `updateSettings` accepts: any subset of fields (`sites` replaces the whole map). */
export type SettingsPatch = Partial<Settings>;

export const PERMALINK_STYLES = ['anchor-and-fragment', 'fragment-only', 'site-anchors'] as const;
export const THEMES = ['page', 'light', 'dark'] as const;
export const FONTS = ['serif', 'sans', 'mono'] as const;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  sites: {},
  userSites: [],
  routingCollapsed: true,
  highlightMarkings: true,
  explainTags: true,
  permalinkStyle: 'anchor-and-fragment',
  theme: 'page',
  font: 'serif',
});

/** Current schema version (WXT keeps it in the item's metadata, `settings$.v`). */
export const SETTINGS_VERSION = 2;

/** Caps keep a hostile or runaway value from filling the 8 kB sync quota of one item. */
const MAX_SITE_RULES = 200;
const MAX_USER_SITES = 100;

// ---------------------------------------------------------------------------------------------
// Site patterns

const BUILT_IN_PATTERNS: ReadonlySet<string> = new Set(CONTENT_SCRIPT_MATCHES);
// A host as the browser normalises it: lower-case labels or an IPv4 address, optional `*.` prefix.
const HOST = /^(\*\.)?(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** The site pattern for one host: `*://example.org/*` (both schemes, every path). */
export function hostPattern(hostname: string): string {
  return `*://${hostname.toLowerCase()}/*`;
}

/** The host part of a `*://host/*` pattern, or null when the string is not one. */
export function hostOfPattern(pattern: string): string | null {
  const match = /^\*:\/\/([^/]+)\/\*$/.exec(pattern);
  const host = match?.[1];
  return host !== undefined && HOST.test(host) ? host : null;
}

/** A key the `sites` map may hold: a built-in pattern or a one-host pattern. */
export function isSitePattern(value: unknown): value is string {
  return typeof value === 'string' && (BUILT_IN_PATTERNS.has(value) || hostOfPattern(value) !== null);
}

// ---------------------------------------------------------------------------------------------
// Validation

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function booleanOr(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseSiteRules(value: unknown): Record<string, boolean> {
  if (!isRecord(value)) return {};
  const rules: Record<string, boolean> = {};
  for (const [pattern, on] of Object.entries(value).slice(0, MAX_SITE_RULES)) {
    if (isSitePattern(pattern) && typeof on === 'boolean') rules[pattern] = on;
  }
  return rules;
}

function parseUserSites(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const sites = value.filter((site): site is string => typeof site === 'string' && hostOfPattern(site) !== null);
  return [...new Set(sites)].slice(0, MAX_USER_SITES);
}

/**
 * Any stored value → valid settings. Each field is checked on its own, so one corrupt field
 * costs only that field; unknown fields are dropped. Never throws.
 */
export function parseSettings(raw: unknown): Settings {
  const value = isRecord(raw) ? raw : {};
  return {
    enabled: booleanOr(value.enabled, DEFAULT_SETTINGS.enabled),
    sites: parseSiteRules(value.sites),
    userSites: parseUserSites(value.userSites),
    routingCollapsed: booleanOr(value.routingCollapsed, DEFAULT_SETTINGS.routingCollapsed),
    highlightMarkings: booleanOr(value.highlightMarkings, DEFAULT_SETTINGS.highlightMarkings),
    explainTags: booleanOr(value.explainTags, DEFAULT_SETTINGS.explainTags),
    permalinkStyle: oneOf(PERMALINK_STYLES, value.permalinkStyle, DEFAULT_SETTINGS.permalinkStyle),
    theme: oneOf(THEMES, value.theme, DEFAULT_SETTINGS.theme),
    font: oneOf(FONTS, value.font, DEFAULT_SETTINGS.font),
  };
}

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return parseSettings(DEFAULT_SETTINGS);
}

// ---------------------------------------------------------------------------------------------
// Migrations

/**
 * v1 was the pre-release draft schema: `theme: 'auto'`, `monospace: boolean` instead of `font`,
 * and `disabledHosts: string[]` instead of the `sites` rule map; it had no `permalinkStyle`.
 * Migrations only reshape what they recognise (so running one on v2 data changes nothing);
 * validation on read cleans up the rest.
 */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: (old) => {
    if (!isRecord(old)) return old;
    const { monospace, disabledHosts, ...rest } = old;
    const sites: Record<string, boolean> = isRecord(rest.sites) ? { ...(rest.sites as Record<string, boolean>) } : {};
    if (Array.isArray(disabledHosts)) {
      for (const host of disabledHosts) if (typeof host === 'string') sites[hostPattern(host)] = false;
    }
    return {
      ...rest,
      theme: rest.theme === 'auto' ? 'page' : rest.theme,
      font: rest.font ?? (monospace === true ? 'mono' : undefined),
      sites,
    };
  },
};

/** Runs the migrations from `version` up, in memory: reading never writes (the item migrates the store). */
export function migrateSettings(value: unknown, version: number): unknown {
  let migrated = value;
  for (let next = version + 1; next <= SETTINGS_VERSION; next++) migrated = SETTINGS_MIGRATIONS[next]?.(migrated) ?? migrated;
  return migrated;
}
