// The live delivery map (K5): the shop, each run's stops coloured by state and each delivery boy's
// last position, redrawn from /api/delivery/map every 15 s without reloading. With no tile server
// configured (offline) Leaflet draws the markers on a plain background.
(function () {
  'use strict';

  var root = document.getElementById('live-map');
  if (!root || !window.L) {
    return;
  }
  var labels = JSON.parse(document.getElementById('map-labels').textContent);
  var shop = [Number(root.getAttribute('data-shop-lat')), Number(root.getAttribute('data-shop-lng'))];
  var map = L.map(root.querySelector('[data-part="map"]')).setView(shop, 13);
  var tiles = root.getAttribute('data-tiles');
  if (tiles) {
    L.tileLayer(tiles, { maxZoom: 19, attribution: root.getAttribute('data-attribution') || '' }).addTo(map);
  }
  L.circleMarker(shop, { radius: 9, color: '#333', fillColor: '#fff', fillOpacity: 1 }).bindTooltip(labels.shop).addTo(map);
  var layer = L.layerGroup().addTo(map);
  var list = root.querySelector('[data-part="runs"]');
  var colours = { open: '#d4a017', DELIVERED: '#2e7d32', RETURNED: '#9e9e9e', CANCELLED: '#9e9e9e' };

  function text(value) {
    return String(value == null ? '' : value);
  }

  function draw(live) {
    layer.clearLayers();
    var bounds = [shop];
    list.replaceChildren();
    if (!live.runs.length) {
      var none = document.createElement('li');
      none.textContent = labels.noRuns;
      list.appendChild(none);
    }
    live.runs.forEach(function (run) {
      var item = document.createElement('li');
      item.setAttribute('data-testid', 'map-run-' + run.number);
      item.textContent = 'Run ' + run.number + ' · ' + text(run.deliveryBoy) + ' · ' + text(run.zone)
          + (run.latitude == null ? ' · ' + labels.noPosition : '');
      list.appendChild(item);
      run.stops.forEach(function (stop) {
        if (stop.latitude == null) {
          return;
        }
        var state = stop.outcome || 'open';
        L.circleMarker([stop.latitude, stop.longitude], { radius: 7, color: colours[state], fillColor: colours[state],
          fillOpacity: 0.9 }).bindTooltip(stop.stopNo + '. ' + stop.orderNumber + ' · ' + (labels[state] || labels.open))
          .addTo(layer);
        bounds.push([stop.latitude, stop.longitude]);
      });
      if (run.latitude != null) {
        L.circleMarker([run.latitude, run.longitude], { radius: 10, color: '#1565c0', fillColor: '#1565c0', fillOpacity: 0.8 })
          .bindTooltip(text(run.deliveryBoy) + ' · ' + new Date(run.positionAt).toLocaleTimeString()).addTo(layer);
        bounds.push([run.latitude, run.longitude]);
      }
    });
    if (bounds.length > 1) {
      map.fitBounds(bounds, { padding: [30, 30], maxZoom: 16 });
    }
  }

  function refresh() {
    fetch(root.getAttribute('data-api'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (live) { if (live) { draw(live); } })
      .catch(function () { /* keep the last picture; try again at the next tick */ })
      .finally(function () { setTimeout(refresh, 15000); });
  }
  refresh();
})();
