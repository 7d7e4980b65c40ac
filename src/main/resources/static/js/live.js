// What the live pages (board.js, packing-board.js) share: message patterns, "waited" texts and the
// refresh loop. A page hands poll() its root element, API and a render function; every tick
// fetches the JSON, renders it and says when; a failed fetch leaves the last picture on screen,
// marks it offline and tries again at the next tick; a signed-out session goes to the sign-in page,
// which brings the user back afterwards. A phone that wakes up refreshes at once.
(function () {
  'use strict';

  function fill(pattern) {
    var args = Array.prototype.slice.call(arguments, 1);
    return pattern.replace(/\{(\d+)\}/g, function (all, i) {
      return args[i] === undefined ? all : String(args[i]);
    });
  }

  // Same steps as PageFormats.waited: minutes, then hours and minutes, then days and hours.
  function waited(labels, since, now) {
    var minutes = Math.max(0, Math.floor((now - since) / 60000));
    if (minutes < 60) {
      return fill(labels.minutes, minutes);
    }
    if (minutes < 24 * 60) {
      return fill(labels.hours, Math.floor(minutes / 60), minutes % 60);
    }
    return fill(labels.days, Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60));
  }

  // options: root (with data-api, data-login-url, data-refresh, data-zone), updated (element),
  // labels ({updated, offline}), render(json, nowMillis)
  function poll(options) {
    var root = options.root;
    var api = root.getAttribute('data-api');
    var loginUrl = root.getAttribute('data-login-url');
    var refreshMs = Math.max(3, parseInt(root.getAttribute('data-refresh'), 10) || 10) * 1000;
    var clockFormat = new Intl.DateTimeFormat('en-GB', {
      timeZone: root.getAttribute('data-zone') || 'Asia/Kolkata',
      hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23'
    });
    var timer = null;

    function schedule() {
      clearTimeout(timer);
      timer = setTimeout(refresh, refreshMs);
    }

    function shown(data) {
      var now = Date.parse(data.at);
      options.render(data, now);
      options.updated.textContent = fill(options.labels.updated, clockFormat.format(new Date(now)));
      root.classList.remove('offline');
      if (data.refreshSeconds) {
        refreshMs = Math.max(3, data.refreshSeconds) * 1000;
      }
    }

    function offline() {
      root.classList.add('offline');
      options.updated.textContent = options.labels.offline;
    }

    function refresh() {
      fetch(api, { headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store' })
        .then(function (response) {
          if (response.status === 401) {
            window.location.href = loginUrl;
            throw new Error('signed out');
          }
          if (!response.ok) {
            throw new Error('HTTP ' + response.status);
          }
          return response.json();
        })
        .then(shown)
        .catch(offline)
        .then(schedule);
    }

    document.addEventListener('visibilitychange', function () {
      clearTimeout(timer);
      if (document.visibilityState === 'visible') {
        refresh();
      }
    });
    schedule();
  }

  window.orderflowLive = { fill: fill, waited: waited, poll: poll };
})();
