// The customer's order page: redraws the status timeline while the page is open (F8), from
// /my/orders/{n}/timeline every data-refresh-seconds; the status badge follows the last step.
(function () {
  var main = document.querySelector('[data-timeline]');
  if (!main) { return; }
  var url = main.getAttribute('data-timeline');
  var seconds = parseInt(main.getAttribute('data-refresh-seconds') || '10', 10);
  var list = main.querySelector('[data-testid="timeline"]');
  var badge = main.querySelector('[data-testid="status"]');

  function draw(steps) {
    if (!steps.length || steps.length === list.children.length) { return; }
    list.textContent = '';
    steps.forEach(function (step) {
      var li = document.createElement('li');
      li.setAttribute('data-status', step.status);
      var label = document.createElement('span');
      label.textContent = step.label;
      var time = document.createElement('time');
      time.setAttribute('datetime', step.at);
      time.textContent = step.when;
      li.appendChild(label);
      li.appendChild(time);
      list.appendChild(li);
    });
    var last = steps[steps.length - 1];
    badge.textContent = last.label;
    badge.setAttribute('data-status', last.status);
    badge.className = 'c-status s-' + last.status;
  }

  function poll() {
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(draw)
      .catch(function () { /* offline for a moment: the next poll tries again */ })
      .then(function () { setTimeout(poll, seconds * 1000); });
  }
  setTimeout(poll, seconds * 1000);
})();
