import { strokeText, strokeTextWidth } from './stroke-letters.ts'

/*
 * The images of the sample dataset, drawn from SVG: placeholder portraits of a few speakers (a
 * silhouette and an initial, no real face), the session's cover and the architecture sketch of
 * one recap. `make-sample-images.ts` rasterises them and writes them beside `sample.ndjson`.
 */

/** Where an image goes: an image field of a document, or an image block of a talk's recap. */
export type ImagePlace =
  { document: string; field: 'avatar' | 'cover' } | { document: string; field: 'body'; key: string; after: string }

export interface SampleImage {
  place: ImagePlace
  /** The name the file had when it was uploaded (`originalFilename` of the asset). */
  originalFilename: string
  width: number
  height: number
  svg: string
  alt: string
  caption?: string
  crop?: { top: number; bottom: number; left: number; right: number }
  hotspot?: { x: number; y: number; width: number; height: number }
}

function portrait(
  initial: string,
  { width, height, background, shirt }: { width: number; height: number; background: string; shirt: string },
): string {
  const cx = width / 2
  const head = Math.min(width, height) * 0.2
  const headY = height * 0.4
  const shoulders = height * 0.62
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${background}"/><stop offset="1" stop-color="#1d2433"/></linearGradient></defs>
  <rect width="${width}" height="${height}" fill="url(#bg)"/>
  <circle cx="${width * 0.85}" cy="${height * 0.12}" r="${width * 0.3}" fill="#ffffff" fill-opacity="0.08"/>
  <path d="M${cx - width * 0.42} ${height} Q${cx - width * 0.4} ${shoulders} ${cx} ${shoulders} Q${cx + width * 0.4} ${shoulders} ${cx + width * 0.42} ${height} Z" fill="${shirt}"/>
  <circle cx="${cx}" cy="${headY}" r="${head}" fill="#f1d3b3"/>
  <path d="M${cx - head} ${headY - head * 0.1} Q${cx - head} ${headY - head * 1.25} ${cx} ${headY - head * 1.1} Q${cx + head} ${headY - head * 1.25} ${cx + head} ${headY - head * 0.1} Q${cx} ${headY - head * 0.7} ${cx - head} ${headY - head * 0.1} Z" fill="#3b2a20"/>
  <circle cx="${width * 0.2}" cy="${height * 0.86}" r="${width * 0.11}" fill="#ffffff"/>
  ${strokeText(initial, { x: width * 0.2, y: height * 0.86 + width * 0.055, size: width * 0.11, color: background, anchor: 'middle' })}
</svg>`
}

function cover(width: number, height: number): string {
  const cards = [0, 1, 2, 3, 4]
    .map((index) => {
      const x = 120 + index * 280
      const y = 470 + (index % 2) * 40
      return `<rect x="${x}" y="${y}" width="240" height="300" rx="24" fill="#ffffff" fill-opacity="${0.12 + index * 0.04}"/>
  <rect x="${x + 24}" y="${y + 32}" width="120" height="14" rx="7" fill="#ffffff" fill-opacity="0.7"/>
  <rect x="${x + 24}" y="${y + 62}" width="180" height="10" rx="5" fill="#ffffff" fill-opacity="0.4"/>
  <rect x="${x + 24}" y="${y + 84}" width="150" height="10" rx="5" fill="#ffffff" fill-opacity="0.4"/>`
    })
    .join('\n  ')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#4338ca"/><stop offset="0.6" stop-color="#7c3aed"/><stop offset="1" stop-color="#db2777"/></linearGradient></defs>
  <rect width="${width}" height="${height}" fill="url(#sky)"/>
  <circle cx="1380" cy="180" r="260" fill="#fde68a" fill-opacity="0.25"/>
  <circle cx="1380" cy="180" r="150" fill="#fde68a" fill-opacity="0.35"/>
  ${strokeText('WESHARE', { x: 120, y: 230, size: 110, color: '#ffffff' })}
  ${strokeText('FÉVRIER ET MARS', { x: 124, y: 340, size: 56, color: '#fde68a' })}
  ${cards}
</svg>`
}

function box(x: number, y: number, width: number, height: number, fill: string, label: string): string {
  // The label shrinks to leave a margin of 20 pixels on each side.
  const size = Math.min(26, (26 * (width - 40)) / strokeTextWidth(label, 26))
  return `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="18" fill="${fill}" stroke="#1e293b" stroke-width="4"/>
  ${strokeText(label, { x: x + width / 2, y: y + height / 2 + size / 2, size, color: '#0f172a', anchor: 'middle' })}`
}

function arrow(x1: number, y1: number, x2: number, y2: number): string {
  return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#334155" stroke-width="5" marker-end="url(#head)"/>`
}

function mimirDiagram(width: number, height: number): string {
  const prometheus = [110, 300, 490].map((y) => box(40, y, 260, 100, '#fed7aa', 'PROMETHEUS')).join('\n  ')
  const ingesters = [150, 300, 450].map((y) => box(720, y, 230, 90, '#bbf7d0', 'INGESTER')).join('\n  ')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs><marker id="head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto"><path d="M0 0 L10 5 L0 10 Z" fill="#334155"/></marker></defs>
  <rect width="${width}" height="${height}" fill="#f8fafc"/>
  ${strokeText('MÉTRIQUES', { x: 170, y: 70, size: 30, color: '#9a3412', anchor: 'middle' })}
  ${prometheus}
  ${box(380, 300, 260, 100, '#bfdbfe', 'DISTRIBUTEUR')}
  ${[160, 350, 540].map((y) => arrow(300, y, 376, 350)).join('\n  ')}
  ${ingesters}
  ${[195, 345, 495].map((y) => arrow(640, 350, 716, y)).join('\n  ')}
  <path d="M1020 250 V450 A120 34 0 0 0 1260 450 V250" fill="#e9d5ff" stroke="#1e293b" stroke-width="4"/>
  <ellipse cx="1140" cy="250" rx="120" ry="34" fill="#f3e8ff" stroke="#1e293b" stroke-width="4"/>
  ${strokeText('STOCKAGE', { x: 1140, y: 365, size: 26, color: '#0f172a', anchor: 'middle' })}
  ${strokeText('OBJET', { x: 1140, y: 410, size: 26, color: '#0f172a', anchor: 'middle' })}
  ${[195, 345, 495].map((y) => arrow(950, y, 1016, 350)).join('\n  ')}
  ${box(1020, 600, 240, 90, '#fef08a', 'REQUÊTES')}
  ${arrow(1140, 490, 1140, 596)}
  ${box(640, 600, 240, 90, '#fecaca', 'GRAFANA')}
  ${arrow(1016, 645, 884, 645)}
</svg>`
}

export const SAMPLE_IMAGES: SampleImage[] = [
  {
    place: { document: 'speaker-benoit', field: 'avatar' },
    originalFilename: 'benoit.png',
    width: 512,
    height: 512,
    svg: portrait('B', { width: 512, height: 512, background: '#0e7490', shirt: '#f59e0b' }),
    alt: "Portrait stylisé de Benoît : une silhouette sur fond bleu canard, l'initiale B dans une pastille.",
  },
  {
    place: { document: 'speaker-guillaume', field: 'avatar' },
    originalFilename: 'guillaume-portrait.png',
    width: 600,
    height: 800,
    svg: portrait('G', { width: 600, height: 800, background: '#7c2d12', shirt: '#38bdf8' }),
    alt: "Portrait stylisé de Guillaume : une silhouette sur fond brique, l'initiale G dans une pastille.",
    // The face sits in the upper half of this tall portrait: square avatars are cut around it.
    hotspot: { x: 0.5, y: 0.38, width: 0.5, height: 0.4 },
  },
  {
    place: { document: 'speaker-ismael', field: 'avatar' },
    originalFilename: 'ismael.png',
    width: 512,
    height: 512,
    svg: portrait('I', { width: 512, height: 512, background: '#4d7c0f', shirt: '#e879f9' }),
    alt: "Portrait stylisé d'Ismaël : une silhouette sur fond vert olive, l'initiale I dans une pastille.",
  },
  {
    place: { document: 'speaker-ronan', field: 'avatar' },
    originalFilename: 'ronan.png',
    width: 512,
    height: 512,
    svg: portrait('R', { width: 512, height: 512, background: '#6d28d9', shirt: '#facc15' }),
    alt: "Portrait stylisé de Ronan : une silhouette sur fond violet, l'initiale R dans une pastille.",
  },
  {
    place: { document: 'session-weshare-fevrier-mars-2023', field: 'cover' },
    originalFilename: 'couverture-weshare-fevrier-mars-2023.png',
    width: 1600,
    height: 900,
    svg: cover(1600, 900),
    alt: 'Affiche des WeShare de février et mars 2023 : le nom WeShare sur un dégradé violet et des cartes de talks alignées.',
    // The lower cards run off the bottom edge: the stored crop keeps the poster's upper part.
    crop: { top: 0, bottom: 0.08, left: 0.02, right: 0.02 },
  },
  {
    place: { document: 'talk-mimir', field: 'body', key: 'f1a9', after: 'b135' },
    originalFilename: 'architecture-mimir.png',
    width: 1300,
    height: 740,
    svg: mimirDiagram(1300, 740),
    alt:
      "Schéma de l'architecture de Mimir : trois Prometheus envoient leurs métriques au distributeur, qui les répartit " +
      'entre trois ingesters ; ceux-ci écrivent dans un stockage objet, que la brique de requêtes lit pour Grafana.',
    caption: 'Le chemin des métriques dans Mimir, de Prometheus à Grafana.',
  },
]
