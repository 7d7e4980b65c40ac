// Pinning an order's exact point (K15): a click on the map, or coordinates pasted from a map app
// ("19.2605, 72.8685"), fill the latitude and longitude fields; the marker follows the fields.
// Without a tile server (offline) the map shows the shop and the marker on a plain background.
(function () {
  'use strict';

  var root = document.getElementById('pin-point');
  if (!root) {
    return;
  }
  var lat = root.querySelector('[data-part="lat"]');
  var lng = root.querySelector('[data-part="lng"]');
  var paste = root.querySelector('[data-part="paste"]');
  var shop = [Number(root.getAttribute('data-shop-lat')), Number(root.getAttribute('data-shop-lng'))];

  paste.addEventListener('input', function () {
    var found = paste.value.match(/(-?\d{1,2}(?:\.\d+)?)\s*[,\s]\s*(-?\d{1,3}(?:\.\d+)?)/);
    if (found) {
      lat.value = Number(found[1]).toFixed(6);
      lng.value = Number(found[2]).toFixed(6);
      lat.dispatchEvent(new Event('change'));
    }
  });

  if (!window.L) {
    return;
  }
  var start = lat.value && lng.value ? [Number(lat.value), Number(lng.value)] : shop;
  var map = L.map(root.querySelector('[data-part="map"]')).setView(start, 15);
  var tiles = root.getAttribute('data-tiles');
  if (tiles) {
    L.tileLayer(tiles, { maxZoom: 19, attribution: root.getAttribute('data-attribution') || '' }).addTo(map);
  }
  L.circleMarker(shop, { radius: 8, color: '#333', fillColor: '#fff', fillOpacity: 1 }).addTo(map);
  var marker = L.circleMarker(start, { radius: 10, color: '#1565c0', fillColor: '#1565c0', fillOpacity: 0.6 }).addTo(map);

  function follow() {
    if (lat.value && lng.value) {
      marker.setLatLng([Number(lat.value), Number(lng.value)]);
    }
  }
  lat.addEventListener('change', follow);
  lng.addEventListener('change', follow);
  map.on('click', function (event) {
    lat.value = event.latlng.lat.toFixed(6);
    lng.value = event.latlng.lng.toFixed(6);
    follow();
  });
})();
