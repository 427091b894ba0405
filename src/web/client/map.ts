// The event map: an offline basemap (Natural Earth country borders shipped in world-atlas,
// no tile server) and one circle per event, coloured by type and sized by fatalities.
// Large result sets draw on a canvas so 10,000+ points stay responsive; small ones draw as SVG.

import type * as GeoJSON from 'geojson';
import L from 'leaflet';
import { feature } from 'topojson-client';
import { EVENT_TYPES } from '../../core/taxonomy.ts';
import type { MapPoints } from './api.ts';
import { radiusFor, typeColor } from './colors.ts';
import { el, fmtInt } from './dom.ts';

/** Above this many points the canvas renderer replaces per-marker SVG elements. */
const CANVAS_ABOVE = 2000;

export interface EventMap {
  show(data: MapPoints): void;
  focus(id: string | null): void;
}

/**
 * A ring that touches both sides of the 180° meridian (Wrangel Island, Fiji, the Aleutians)
 * would be drawn as a band across the whole map; moving its western points east by 360°
 * keeps it in one piece just past the date line.
 */
function unwrapAntimeridian(f: GeoJSON.Feature): GeoJSON.Feature {
  const g = f.geometry;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return f;
  const fixRing = (ring: number[][]) =>
    ring.some((p) => p[0] > 170) && ring.some((p) => p[0] < -170) ? ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]) : ring;
  const coordinates = g.type === 'Polygon' ? g.coordinates.map(fixRing) : g.coordinates.map((poly) => poly.map(fixRing));
  return { ...f, geometry: { ...g, coordinates } as GeoJSON.Geometry };
}

export function createMap(container: HTMLElement, onSelect: (id: string) => void): EventMap {
  const map = L.map(container, { worldCopyJump: true, minZoom: 1, maxZoom: 12, zoomSnap: 0.5, keyboard: true }).setView([15, 20], 2);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Borders: Natural Earth via world-atlas');
  const canvas = L.canvas({ padding: 0.3 });
  const svgRenderer = L.svg();
  const layer = L.layerGroup().addTo(map);
  const tip = L.tooltip({ direction: 'top', offset: [0, -4] });
  let markers = new Map<string, L.CircleMarker>();
  let fitted = false;
  let focused: L.CircleMarker | null = null;

  // The basemap has its own pane under the event markers, drawn on one canvas.
  map.createPane('basemap').style.zIndex = '250';
  fetch('countries.json')
    .then((r) => r.json())
    .then((topo) => {
      const countries = feature(topo, topo.objects.countries) as unknown as GeoJSON.FeatureCollection;
      countries.features = countries.features.filter((f) => f.properties?.name !== 'Antarctica').map(unwrapAntimeridian);
      // GeoJSON passes path options (the renderer too) to each country it draws.
      const options = {
        interactive: false,
        renderer: L.canvas({ pane: 'basemap' }),
        style: { color: '#8c969f', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1 },
      } as L.GeoJSONOptions;
      L.geoJSON(countries, options).addTo(map);
    })
    .catch(() => container.setAttribute('data-basemap', 'failed'));

  const legend = new L.Control({ position: 'bottomright' });
  legend.onAdd = () =>
    el('div', { class: 'legend', role: 'group', 'aria-label': 'Map legend' },
      el('strong', {}, 'Event type'),
      EVENT_TYPES.map((t) => el('div', {}, el('span', { class: 'swatch', style: `background:${typeColor(t)}`, 'aria-hidden': 'true' }), t)),
      el('div', { class: 'legend-size' }, 'Circle area grows with fatalities'),
    );
  legend.addTo(map);
  const note = el('div', { class: 'map-note', role: 'status', hidden: true });
  const noteControl = new L.Control({ position: 'topright' });
  noteControl.onAdd = () => note;
  noteControl.addTo(map);

  return {
    show(data) {
      layer.clearLayers();
      focused = null;
      markers = new Map();
      const renderer = data.points.length > CANVAS_ABOVE ? canvas : svgRenderer;
      const bounds = L.latLngBounds([]);
      // Points arrive largest toll first; drawing in that order keeps small circles on top.
      for (const [id, lat, lon, ti, fatalities, date, place] of data.points) {
        const type = data.types[ti];
        const m = L.circleMarker([lat, lon], {
          renderer,
          radius: radiusFor(fatalities),
          color: '#222',
          weight: 0.6,
          fillColor: typeColor(type),
          fillOpacity: 0.8,
          className: 'event-marker',
        });
        m.on('click', () => onSelect(id));
        const label = `${type ?? 'Event'}: ${fmtInt(fatalities)} fatalities, ${place || 'unnamed place'}, ${date}`;
        m.on('mouseover', () => tip.setLatLng([lat, lon]).setContent(el('span', {}, label)).openOn(map));
        m.on('mouseout', () => map.closeTooltip(tip));
        m.addTo(layer);
        markers.set(id, m);
        bounds.extend([lat, lon]);
      }
      container.dataset.points = String(data.points.length);
      note.hidden = !data.truncated;
      note.textContent = data.truncated ? `Showing the ${fmtInt(data.points.length)} events with the highest tolls of ${fmtInt(data.total)}; filter to see the rest.` : '';
      container.setAttribute('aria-label', `Map of ${fmtInt(data.points.length)} events${data.truncated ? ' (largest tolls shown first; more match)' : ''}. The event list beside it is the keyboard way in.`);
      if (!fitted && bounds.isValid()) {
        map.fitBounds(bounds.pad(0.2), { maxZoom: 7 });
        fitted = true;
      }
    },
    focus(id) {
      focused?.setStyle({ weight: 0.6, color: '#222' });
      const m = id ? markers.get(id) : undefined;
      focused = m ?? null;
      if (m) {
        m.setStyle({ weight: 3, color: '#000' });
        m.bringToFront();
        if (!map.getBounds().contains(m.getLatLng())) map.panTo(m.getLatLng());
      }
    },
  };
}
