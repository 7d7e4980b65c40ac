// The day's sales on the board (issue 12): orders billed today and counter sales, summed by the
// server (GET /api/bills/day-sales); shown only to those the server answers, refreshed with the board.
(function () {
  'use strict';
  var box = document.getElementById('day-sales');
  if (!box) return;
  function rupees(n) {
    return '₹' + Number(n).toLocaleString('en-IN', {minimumFractionDigits: 2, maximumFractionDigits: 2});
  }
  function load() {
    fetch(box.dataset.api, {headers: {'Accept': 'application/json'}}).then(function (response) {
      if (!response.ok) { box.hidden = true; return null; }
      return response.json();
    }).then(function (day) {
      if (!day) return;
      box.textContent = box.dataset.label.replace('{0}', rupees(day.total)).replace('{1}', rupees(day.billed))
        .replace('{2}', rupees(day.counter));
      box.hidden = false;
    }).catch(function () { /* the board says offline itself */ });
  }
  load();
  setInterval(load, Math.max(5, Number(box.dataset.refresh) || 10) * 1000);
})();
