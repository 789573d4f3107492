/** Organisation thumbnails for message extension results: initials and a background distinct in lightness as well as hue. */
export type Rgba = [number, number, number, number];

export const ORG_BADGES: Readonly<Record<string, { initials: string; background: Rgba }>> = Object.freeze({
  southwark: { initials: 'SW', background: [0, 94, 110, 255] },
  'bracknell-forest': { initials: 'BF', background: [88, 44, 131, 255] },
  kent: { initials: 'KT', background: [168, 40, 40, 255] },
  surrey: { initials: 'SY', background: [32, 32, 32, 255] },
});

/** Thumbnail path for an organisation's results: /tab/assets/org-<id>.png, or the app's own. */
export function thumbnailPath(organisation: string): string {
  return Object.hasOwn(ORG_BADGES, organisation) ? `/tab/assets/org-${organisation}.png` : '/tab/assets/app.png';
}
