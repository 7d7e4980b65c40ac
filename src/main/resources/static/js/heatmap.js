// The BPMN heatmap on our reports page: the diagram in the vendored bpmn-js viewer, each flow node
// with a heat marker (of-heat-0 … 4, computed by the server) and a badge "count · p90".
(function () {
  'use strict';
  var main = document.getElementById('heatmap');
  var container = main && main.querySelector('[data-part=diagram]');
  if (!container || !window.BpmnJS || !main.getAttribute('data-heat')) {
    return;
  }

  function minutes(ms) {
    if (ms === null || ms === undefined) {
      return '—';
    }
    var m = ms / 60000;
    return (m < 10 ? m.toFixed(1) : Math.round(m)) + ' ' + main.getAttribute('data-label-min');
  }

  function badge(node) {
    var span = document.createElement('span');
    span.className = 'orderflow-heat-badge';
    span.setAttribute('data-activity', node.activityId);
    span.textContent = node.count + ' · ' + main.getAttribute('data-label-p90') + ' ' +
      (node.approximate ? '≈' : '') + minutes(node.p90Ms);
    span.title = main.getAttribute('data-label-count') + ' ' + node.count + ', ' +
      main.getAttribute('data-label-avg') + ' ' + minutes(node.averageMs);
    return span;
  }

  var get = function (url, accept) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: accept } }).then(function (response) {
      if (!response.ok) {
        throw new Error(url + ' answered ' + response.status);
      }
      return accept === 'application/json' ? response.json() : response.text();
    });
  };

  Promise.all([get(main.getAttribute('data-diagram'), 'application/xml'), get(main.getAttribute('data-heat'), 'application/json')])
    .then(function (answers) {
      var viewer = new window.BpmnJS({ container: container });
      return viewer.importXML(answers[0]).then(function () {
        var canvas = viewer.get('canvas');
        var overlays = viewer.get('overlays');
        var registry = viewer.get('elementRegistry');
        canvas.zoom('fit-viewport');
        answers[1].nodes.forEach(function (node) {
          if (!registry.get(node.activityId)) {
            return;
          }
          canvas.addMarker(node.activityId, 'of-heat-' + node.heat);
          overlays.add(node.activityId, 'orderflow-heat', { position: { bottom: -2, left: 0 }, html: badge(node) });
        });
        main.setAttribute('data-painted', String(answers[1].nodes.length));
      });
    })
    .catch(function (error) {
      main.setAttribute('data-painted', 'failed');
      container.textContent = String(error);
    });
})();
