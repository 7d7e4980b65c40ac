// Draws a report's chart with Chart.js (from its webjar) from the canvas's data-chart: labels and
// datasets already in the reader's language. Line datasets (shares in %) get their own axis.
(function () {
  'use strict';
  var canvas = document.getElementById('report-chart');
  if (!canvas || !window.Chart) {
    return;
  }
  var spec = JSON.parse(canvas.getAttribute('data-chart'));
  var colours = ['#2563eb', '#f59e0b', '#16a34a', '#dc2626', '#7c3aed', '#0891b2', '#db2777', '#65a30d'];
  var hasLine = spec.datasets.some(function (d) { return d.line; });
  var datasets = spec.datasets.map(function (d, i) {
    var colour = colours[i % colours.length];
    return {
      label: d.label,
      data: d.data,
      type: d.line ? 'line' : 'bar',
      backgroundColor: colour,
      borderColor: colour,
      yAxisID: d.line ? 'share' : 'y',
      spanGaps: true
    };
  });
  var scales = { y: { beginAtZero: true } };
  if (hasLine) {
    scales.share = { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false } };
  }
  var chart = new window.Chart(canvas, {
    type: spec.type,
    data: { labels: spec.labels, datasets: datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: scales,
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } }
    }
  });
  canvas.setAttribute('data-rendered', String(chart.data.datasets.length));
})();
