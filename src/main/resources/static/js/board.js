// The live board (K6): the server draws it once; this redraws the cards from /api/board every
// refreshSeconds without reloading the page. A failed fetch leaves the last board on screen, says
// so, and tries again at the next tick. Card markup must match board.html.
(function () {
  'use strict';

  var root = document.getElementById('board');
  if (!root) {
    return;
  }
  var labels = JSON.parse(document.getElementById('board-labels').textContent);
  var api = root.getAttribute('data-api');
  var orderUrl = root.getAttribute('data-order-url');
  var loginUrl = root.getAttribute('data-login-url');
  var refreshMs = Math.max(3, parseInt(root.getAttribute('data-refresh'), 10) || 10) * 1000;
  var zone = root.getAttribute('data-zone') || 'Asia/Kolkata';
  var locale = root.getAttribute('data-locale') || 'en-IN';
  var updated = root.querySelector('[data-testid="board-updated"]');
  var lateCount = root.querySelector('[data-testid="late-count"]');
  var timer = null;

  var clockFormat = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23'
  });
  var dayFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  var money = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR', minimumFractionDigits: 2 });

  function fill(pattern) {
    var args = Array.prototype.slice.call(arguments, 1);
    return pattern.replace(/\{(\d+)\}/g, function (all, i) {
      return args[i] === undefined ? all : String(args[i]);
    });
  }

  // Same steps as OrderPages.Formats.waited: minutes, then hours and minutes, then days and hours.
  function waited(since, now) {
    var minutes = Math.max(0, Math.floor((now - since) / 60000));
    if (minutes < 60) {
      return fill(labels.minutes, minutes);
    }
    if (minutes < 24 * 60) {
      return fill(labels.hours, Math.floor(minutes / 60), minutes % 60);
    }
    return fill(labels.days, Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60));
  }

  function shortDate(isoDay) {
    var parts = isoDay.split('-').map(Number);
    return dayFormat.format(new Date(Date.UTC(parts[0], parts[1] - 1, parts[2])));
  }

  function span(className, text) {
    var el = document.createElement('span');
    el.className = className;
    el.textContent = text;
    return el;
  }

  function cardElement(card, now) {
    var li = document.createElement('li');
    // the colour is the server's (green delivered, grey cancelled/returned, red late, else yellow)
    li.className = 'card colour-' + card.colour;
    li.setAttribute('data-testid', 'card-' + card.number);

    var link = document.createElement('a');
    link.className = 'number';
    link.href = orderUrl + encodeURIComponent(card.number);
    link.textContent = card.number;
    li.appendChild(link);
    li.appendChild(span('waited', waited(Date.parse(card.statusSince), now)));
    if (card.late) {
      li.appendChild(span('late-tag', labels.late));
    }
    if (card.backorder) {
      li.appendChild(span('late-tag backorder-tag', labels.backorder));
    }

    var line = span('line', '');
    line.appendChild(span('customer', card.customerFirstName || ''));
    line.appendChild(span('items', card.items === 1 ? labels.itemOne : fill(labels.itemMany, card.items)));
    line.appendChild(span('total', money.format(Number(card.total))));
    li.appendChild(line);

    if (card.deliveryDate || card.deliveryBoy) {
      var extra = span('line extra', '');
      if (card.deliveryDate) {
        extra.appendChild(span('deliver-on', fill(labels.deliverOn, shortDate(card.deliveryDate))));
      }
      if (card.deliveryBoy) {
        extra.appendChild(span('boy', fill(labels.deliveryBoy, card.deliveryBoy)));
      }
      li.appendChild(extra);
    }
    return li;
  }

  function render(board) {
    var now = Date.parse(board.at);
    root.querySelectorAll('.column[data-status]').forEach(function (column) {
      var cards = (board.columns && board.columns[column.getAttribute('data-status')]) || [];
      var list = column.querySelector('.cards');
      var fresh = document.createDocumentFragment();
      cards.forEach(function (card) {
        fresh.appendChild(cardElement(card, now));
      });
      list.replaceChildren(fresh);
      column.querySelector('[data-part="count"]').textContent = String(cards.length);
      column.classList.toggle('is-empty', cards.length === 0);
    });
    lateCount.textContent = String(board.late);
    lateCount.parentElement.classList.toggle('has-late', board.late > 0);
    updated.textContent = fill(labels.updated, clockFormat.format(new Date(now)));
    root.classList.remove('offline');
    if (board.refreshSeconds) {
      refreshMs = Math.max(3, board.refreshSeconds) * 1000;
    }
  }

  function showOffline() {
    root.classList.add('offline');
    updated.textContent = labels.offline;
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(refresh, refreshMs);
  }

  function refresh() {
    fetch(api, { headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) {
        if (response.status === 401) {
          // The session ended (timeout, signed out in another tab): the sign-in page brings the
          // user back to the board afterwards.
          window.location.href = loginUrl;
          throw new Error('signed out');
        }
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(render)
      .catch(showOffline)
      .then(schedule);
  }

  // A phone that wakes up should not show a board that is minutes old until the next tick.
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible') {
      clearTimeout(timer);
      refresh();
    } else {
      clearTimeout(timer);
    }
  });

  schedule();
})();
